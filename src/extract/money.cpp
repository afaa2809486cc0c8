// Money extraction: an amount with a currency written before it ("USD 13.7 billion", "$120 mln",
// "£8.6bn", "KRW five trillion") or after it ("10 trillion won", "100 million euros").
// Currency codes and names come from iso-codes; signs and common words from data/currencies.tsv.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "extract/numbers.h"
#include "extract/shared_data.h"
#include "extract/stages.h"
#include "extract/wordscan.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

struct Form {
  std::string text;   // as written (case-sensitive forms) or lower-cased
  std::string code;
  bool exact = false;  // must match case exactly (codes and signs)
  std::string local;   // a unit several countries name alike ("$", "rupees"): the release's country decides it
};

// Forms indexed by the lower-cased first token, longest first.
struct FormTable {
  WordMap<std::vector<Form>> by_first;
  WordFilter filter;  // of by_first: a form is looked for at every token
};

void add_form(FormTable& t, Form f) {
  WordScan s(f.text);
  if (s.size() == 0) return;
  std::string key(s.lower(0));
  if (!f.exact) {
    std::transform(f.text.begin(), f.text.end(), f.text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  }
  t.filter.add(key);
  auto& v = t.by_first[key];
  for (auto& g : v)
    if (g.text == f.text) {
      g = std::move(f);  // a data-file entry overrides an iso-codes name
      return;
    }
  v.push_back(std::move(f));
  std::stable_sort(v.begin(), v.end(), [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
}

// The longest form of table t at token i: sets *form and returns the index past it, or 0.
size_t match_form(const WordScan& s, size_t i, const FormTable& t, const Form** form) {
  if (i >= s.size() || !t.filter.may_contain(s.lower(i))) return 0;
  auto it = t.by_first.find(s.lower(i));
  if (it == t.by_first.end()) return 0;
  for (const auto& f : it->second) {
    size_t e = 0;
    if (f.exact) {
      std::string_view rest = s.text().substr(s[i].begin);
      if (rest.substr(0, f.text.size()) != f.text) continue;
      const uint32_t end = s[i].begin + static_cast<uint32_t>(f.text.size());
      size_t j = i;
      while (j < s.size() && s[j].end <= end) ++j;
      if (j == i || s[j - 1].end != end) continue;
      e = j;
    } else {
      e = match_phrase(s, i, f.text);
    }
    if (e) {
      *form = &f;
      return e;
    }
  }
  return 0;
}

bool year_like(const WordScan& s, const Amount& a) {
  if (a.scaled || a.words || a.end != a.begin + 1) return false;
  const Token& t = s[a.begin];
  return !t.decimal && !t.grouped && t.end - t.begin == 4 && t.value >= 1900 && t.value <= 2100;
}

class MoneyStage final : public Stage {
 public:
  const char* name() const override { return "money"; }

  static Result<StagePtr> make(const std::string& data_dir) {
    auto st = std::make_unique<MoneyStage>();
    auto nw = NumberWords::load(data_dir);
    if (!nw) return Error{nw.error()};
    st->numbers_ = std::move(nw).value();

    auto iso = text::read_iso_codes("iso_4217.json");
    if (!iso) return Error{iso.error()};
    nlohmann::json j = nlohmann::json::parse(*iso, nullptr, false);
    if (j.is_discarded() || !j.contains("4217")) return Error{"iso_4217.json: unexpected format"};
    for (const auto& c : j["4217"]) {
      std::string code = c.value("alpha_3", "");
      std::string name = c.value("name", "");
      if (code.size() != 3) continue;
      add_form(st->before_, {code, code, true, {}});
      add_form(st->after_, {code, code, true, {}});
      if (!name.empty() && name.find('(') == std::string::npos) {
        add_form(st->after_, {name, code, false, {}});
        add_form(st->after_, {name + "s", code, false, {}});
      }
    }
    auto rows = text::read_tsv(data_dir, "currencies.tsv");
    if (!rows) return Error{rows.error()};
    for (const auto& r : *rows) {
      if (r.size() < 3) return Error{data_dir + "/currencies.tsv: expected form, code, where: " + r[0]};
      std::string local = r.size() >= 4 ? r[3] : std::string();
      if (r[2] == "before") add_form(st->before_, {r[0], r[1], true, std::move(local)});
      else if (r[2] == "after") add_form(st->after_, {r[0], r[1], false, std::move(local)});
      else return Error{data_dir + "/currencies.tsv: 'where' must be before or after: " + r[2]};
    }
    auto scales = text::read_tsv(data_dir, "money_scales.tsv");
    if (!scales) return Error{scales.error()};
    for (const auto& r : *scales) {
      if (r.size() >= 3 && (r[0] == "own" || r[0] == "before")) {
        (r[0] == "own" ? st->own_scales_ : st->before_scales_).emplace_back(r[1], std::strtod(r[2].c_str(), nullptr));
      } else if (r.size() >= 2 && r[0] == "figures") {
        st->figure_words_.push_back(r[1]);
      } else {
        return Error{data_dir + "/money_scales.tsv: expected own or before, words, scale; or figures, word"};
      }
    }
    auto local = text::read_tsv(data_dir, "local_currencies.tsv");
    if (!local) return Error{local.error()};
    for (const auto& r : *local) {
      if (r.size() < 3) return Error{data_dir + "/local_currencies.tsv: expected unit, country, code: " + r[0]};
      st->local_[r[0] + " " + r[1]] = r[2];
    }
    auto cities = shared_rows(data_dir, "event_cities.tsv");
    if (!cities) return Error{cities.error()};
    for (const auto& r : *cities.value())
      if (r.size() >= 2 && !r[1].empty()) {
        std::string city = r[0];
        for (char& c : city) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        st->cities_.emplace(std::move(city), r[1]);
      }
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override {
    const std::string home = home_country(doc);
    for (bool title : {true, false}) {
      const WordScan& s = doc.scan(title);
      for (size_t i = 0; i < s.size();) {
        // A word that begins no currency form before an amount and is no number word begins
        // no money: scan's first tests, asked here without the call.
        if (s.is_word(i) && !before_.filter.may_contain(s.lower(i)) && !numbers_.may_be_word(s.lower(i))) {
          ++i;
          continue;
        }
        size_t end = scan(s, i, home, title, doc);
        i = end > i ? end : i + 1;
      }
    }
  }

 private:
  NumberWords numbers_;
  // money_scales.tsv: the words that state the scale of bare amounts, in the amounts' own sentence
  // ("in billions") or the one before it ("in billions of"), with the scale; and the words that make
  // that sentence one about the figures.
  std::vector<std::pair<std::string, double>> own_scales_, before_scales_;
  std::vector<std::string> figure_words_;
  FormTable before_, after_;
  std::unordered_map<std::string, std::string> local_;  // "unit country" → ISO 4217
  std::unordered_map<std::string, std::string> cities_;  // event_cities.tsv, lower case: "manila" → PH

  // The country of the city that opens the body's dateline ("MANILA - ", "Manila, 20 May 2026 – "),
  // or "".
  std::string dateline_country(const Doc& doc) const {
    const size_t end = doc.dateline_end();
    if (end == 0) return {};
    std::string_view head = std::string_view(doc.body).substr(0, end);
    head = head.substr(0, head.find_first_of(",(-:\xE2"));
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    std::string city(head);
    for (char& c : city) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto it = cities_.find(city);
    return it == cities_.end() ? std::string() : it->second;
  }

  // The country the release is mostly about, whose own dollar, rupee or peso a bare "$", "Rs" or
  // "pesos" is ("" when no one country leads). Among countries named equally often, the one whose
  // figures the release gives ("Hong Kong's total exports … $368.5 billion", beside one mention
  // each of its markets) is the one it is about, when it is the only one so written.
  static std::string home_country(const Doc& doc) {
    const auto& countries = doc.x.countries;
    size_t most = 0;
    for (const auto& c : countries) most = std::max(most, c.spans.size());
    const CodeMention* top = nullptr;
    const CodeMention* owner = nullptr;
    size_t tops = 0, owners = 0;
    for (const auto& c : countries) {
      if (c.spans.size() != most) continue;
      top = &c;
      ++tops;
      for (const auto& sp : c.spans) {
        const std::string_view text = sp.in_title ? doc.title : doc.body;
        const std::string_view after = text.substr(std::min<size_t>(sp.end, text.size()), 4);
        if (after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s")) {
          owner = &c;
          ++owners;
          break;
        }
      }
    }
    if (tops > 1) top = owners == 1 ? owner : nullptr;
    return top ? top->code : std::string();
  }

  // The unit's currency of a government: its own when it has one ("dollar CA" → CAD).
  std::string local_of(const std::string& unit, const std::string& country) const {
    if (country.empty()) return {};
    auto it = local_.find(unit + " " + country);
    return it == local_.end() ? std::string() : it->second;
  }

  // The currency form f names: a shared unit ("$", "Rs") is written for the government that
  // publishes the release, its own when it has one ("Global Affairs Canada … trade with Japan
  // reached $36.5 billion": CAD), else the form's usual code ("United States Trade Representative
  // … Canada's tariffs on $30 billion of American goods", "HANOI (VNA) - … two-way trade with
  // Canada reached $11.5 billion": USD), whichever country the release names most. With no
  // reporter known, and in news agency copy ("OTTAWA, March 12 (Reuters) - "), the country the
  // release is mostly about decides when it has such a unit, else the form's usual code (a "$" in
  // a release about China is no yuan).
  // A form whose code is "-" names only a country's own unit: "" (no money) where it is none. Where
  // the leading country has no such unit, one the release names does when it is the only one
  // named whose unit it is ("Nigeria and Ghana … worth about N500 billion": the naira, though
  // Ghana is named more often; "The Philippines and Japan … P180 billion": the peso).
  std::string currency(const Form& f, const std::string& home, const Doc& doc) const {
    if (f.local.empty()) return f.code;
    const std::string fallback = f.code == "-" ? std::string() : f.code;
    // Agency copy that names no country at all ("ISLAMABAD, June 10 (APP): The federal government
    // has allocated Rs 50 arab …") is written for the government its dateline gives.
    const std::string& writer =
        doc.reporter.empty() || (doc.agency_credit() && !doc.x.countries.empty()) ? home : doc.reporter;
    std::string own = local_of(f.local, writer);
    if (own.empty() && f.code == "-") {
      for (const auto& c : doc.x.countries) {
        std::string named = local_of(f.local, c.code);
        if (named.empty()) continue;
        if (!own.empty() && own != named) return {};
        own = std::move(named);
      }
    }
    // "MANILA - The Board of Investments approved projects worth P3.2 billion": a text that names
    // no country whose unit it is, under a dateline of one, is written there.
    if (own.empty() && f.code == "-") own = local_of(f.local, dateline_country(doc));
    return own.empty() ? fallback : own;
  }

  void emit(const WordScan& s, size_t b, size_t e, double amount, const Form& f, const std::string& home,
            bool title, Doc& doc) const {
    Money m;
    m.currency = currency(f, home, doc);
    if (m.currency.empty()) return;
    m.span = {s[b].begin, s[e - 1].end, title};
    m.text = std::string(s.text().substr(m.span.begin, m.span.end - m.span.begin));
    m.amount = amount;
    if (doc.explain) doc.trace("money", m.currency + " " + std::to_string(static_cast<long long>(amount)),
              "currency \"" + f.text + "\"", m.span);
    doc.x.money.push_back(std::move(m));
  }

  // "The September figures show surpluses, in billions of dollars, with the Netherlands ($5.2)":
  // the scale a table-like sentence states once for the bare amounts after it. So does the
  // sentence right before, when it states the scale of the figures ("The figures below are in
  // billions of dollars. The deficit with the European Union was $18.2, …"). 1 when neither, up
  // to `at`, states one.
  double stated_scale(std::string_view text, size_t at) const {
    const size_t from = at > 320 ? at - 320 : 0;
    std::string before(text.substr(from, at - from));
    for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const size_t stop = before.rfind(". ");
    std::string_view own = stop == std::string::npos ? std::string_view(before) : std::string_view(before).substr(stop + 2);
    const bool own_whole = own.size() <= 160;
    if (!own_whole) own.remove_prefix(own.size() - 160);
    for (const auto& [words, scale] : own_scales_)
      if (own.find(words) != std::string_view::npos) return scale;
    if (stop == std::string::npos || !own_whole) return 1;
    std::string_view prev = std::string_view(before).substr(0, stop);
    if (const size_t p = prev.rfind(". "); p != std::string_view::npos) prev.remove_prefix(p + 2);
    else if (from > 0) return 1;  // the sentence before runs on past the window: too far back
    // Only a sentence about the figures themselves: "In billions of dollars. The ticket costs
    // $5.20." states no scale for the price.
    bool figures = false;
    for (std::string_view w : figure_words_) figures |= prev.find(w) != std::string_view::npos;
    if (!figures) return 1;
    for (const auto& [words, scale] : before_scales_)
      if (prev.find(words) != std::string_view::npos) return scale;
    return 1;
  }

  // Reads money at token i; returns the index past it (or i when there is none).
  size_t scan(const WordScan& s, size_t i, const std::string& home, bool title, Doc& doc) const {
    const Form* f = nullptr;
    if (size_t e = match_form(s, i, before_, &f)) {
      // A sign of one letter ("R13.3 billion", the rand) is a sign only written against the
      // digits: "grade R 5" is not money.
      const bool letter = f->text.size() == 1 && std::isalpha(static_cast<unsigned char>(f->text[0]));
      if (letter && !s.glued(e)) return i;
      auto a = numbers_.amount_at(s, e);
      if (!a) return i;
      // "US$ 158,19 per tonne": after a currency, a comma before one or two digits is a decimal
      // comma, as it cannot group thousands.
      if (!a->scaled)
        if (auto d = numbers_.decimal_comma_at(s, e); d && s.raw(d->end - 1).size() <= 2) a = d;
      // Nor is a letter before a bare number of one or two digits, the name of a group, model or
      // road ("the P5 members", "N95 masks"), where "P200 per kilo" and "R13.3 billion" are money.
      if (letter && !a->scaled && a->end == e + 1 && s.raw(e).size() <= 2) return i;
      // A range: "$30-40 billion", "USD 30 to 40 billion"; the scale of the second end applies to both.
      size_t k = a->end;
      if (!a->scaled && (s.is_dash(k) || s.is(k, "to"))) {
        size_t k2 = k + 1;
        const Form* f2 = nullptr;
        if (size_t e2 = match_form(s, k2, before_, &f2); e2 && f2->code == f->code) k2 = e2;
        auto b = numbers_.amount_at(s, k2);
        if (b && b->scaled) {
          emit(s, i, b->end, b->words ? a->value : scaled_value(a->value, b->scale), *f, home, title, doc);
          emit(s, i, b->end, b->value, *f, home, title, doc);
          return b->end;
        }
      }
      size_t end = a->end;
      // "$5 billion dollars": the currency word repeated after the amount belongs to it.
      const Form* g = nullptr;
      if (size_t e2 = match_form(s, end, after_, &g); e2 && g->code == f->code) end = e2;
      emit(s, i, end, a->scaled ? a->value : a->value * stated_scale(s.text(), s[i].begin), *f, home, title, doc);
      return end;
    }
    if (!s.is_number(i) && !s.is_word(i)) return i;
    auto a = numbers_.amount_at(s, i);
    if (!a || year_like(s, *a)) return i;
    // "158,19 euros": a decimal comma right before the currency.
    if (!a->scaled)
      if (auto d = numbers_.decimal_comma_at(s, i); d && s.raw(d->end - 1).size() <= 2 && match_form(s, d->end, after_, &f))
        a = d;
    if (size_t e = match_form(s, a->end, after_, &f)) {
      emit(s, i, e, a->value, *f, home, title, doc);
      return e;
    }
    // "its 20 trillion-won submarine project", "a 5 billion-euro fund": an amount with its
    // currency hyphenated before the noun it modifies.
    if (a->scaled && s.is_dash(a->end) && s.glued(a->end) && s.glued(a->end + 1))
      if (size_t e = match_form(s, a->end + 1, after_, &f)) {
        emit(s, i, e, a->value, *f, home, title, doc);
        return e;
      }
    return a->end;
  }
};

}  // namespace

Result<StagePtr> make_money_stage(const std::string& data_dir) { return MoneyStage::make(data_dir); }

}  // namespace tw::extract
