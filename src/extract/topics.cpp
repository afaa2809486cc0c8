// Topics extraction (SPEC §3.3): the taxonomy's terms (data/topics.tsv) matched in the title and
// body, longest term first, leaving out terms that only occur inside a name ("Ministry of Trade,
// Industry and Energy" is not a release about energy).
#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "extract/shared_data.h"
#include "extract/span_index.h"
#include "extract/stages.h"
#include "extract/wordscan.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

struct TermToken {
  std::string text;  // lower-cased unless exact
  bool exact = false;
  bool prefix = false;
};

struct Term {
  std::vector<std::string> topics;  // usually one; "services and investment" names two
  std::string surface;
  std::vector<TermToken> tokens;
  bool bare_head = false;  // counts only unmodified: "airport infrastructure" is the airport's
  bool pact = false;       // may name a trade pact's area instead ("the China-ASEAN free trade zone")
};

// Words that join the parts of a name ("Ministry of Trade, Industry and Energy").
bool name_joiner(std::string_view w) { return w == "of" || w == "and" || w == "for" || w == "&" || w == "on"; }

// A byte's place among the buckets' letters: 'a'..'z' 0..25, any other byte 26. Read from a
// table: the bucket is worked out at every word of every text.
constexpr std::array<uint8_t, 256> kLetterIndex = [] {
  std::array<uint8_t, 256> t{};
  for (size_t c = 0; c < t.size(); ++c) t[c] = static_cast<uint8_t>(c >= 'a' && c <= 'z' ? c - 'a' : 26);
  return t;
}();

// Bucket of a word by its first two letters, so a position is checked against a few terms only.
size_t bucket(std::string_view lower) {
  const size_t first = lower.empty() ? 26 : kLetterIndex[static_cast<unsigned char>(lower[0])];
  const size_t second = lower.size() > 1 ? kLetterIndex[static_cast<unsigned char>(lower[1])] : 26;
  return first * 27 + second;
}

class TopicsStage final : public Stage {
 public:
  const char* name() const override { return "topics"; }

  static Result<StagePtr> make(const std::string& data_dir) {
    auto st = std::make_unique<TopicsStage>();
    std::array<std::vector<Candidate>, kBuckets> buckets;
    auto rows = text::read_tsv(data_dir, "topics.tsv");
    if (!rows) return Error{rows.error()};
    for (const auto& r : *rows) {
      if (r.size() < 2 || r[1].empty()) return Error{data_dir + "/topics.tsv: expected topic, term: " + r[0]};
      Term t;
      for (size_t b = 0; b <= r[0].size();) {
        size_t c = r[0].find(',', b);
        if (c == std::string::npos) c = r[0].size();
        if (c > b) t.topics.push_back(r[0].substr(b, c - b));
        b = c + 1;
      }
      t.surface = r[1];
      if (r.size() > 2 && r[2] == "bare") t.bare_head = true;
      else if (r.size() > 2 && r[2] == "pact") t.pact = true;
      else if (r.size() > 2 && !r[2].empty()) return Error{data_dir + "/topics.tsv: unknown flag " + r[2]};
      std::string text = r[1];
      bool prefix = false;
      if (text.back() == '*') {
        prefix = true;
        text.pop_back();
      }
      WordScan s(text);
      for (size_t i = 0; i < s.size(); ++i) {
        TermToken tt;
        std::string_view raw = s.raw(i);
        tt.exact = std::any_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        tt.text = std::string(tt.exact ? raw : s.lower(i));
        t.tokens.push_back(std::move(tt));
      }
      if (t.tokens.empty()) continue;
      t.tokens.back().prefix = prefix;
      buckets[bucket(s.lower(0))].push_back(Candidate::of(t, st->terms_.size()));
      st->terms_.push_back(std::move(t));
    }
    // Each bucket split by the length of the word a candidate can start at, in the terms' order
    // (the first of two terms ending at one place wins): a word meets only the candidates of its
    // own first two letters and length, a prefix term every length from its own on.
    st->starts_.assign(kBuckets * kLengths + 1, 0);
    for (size_t b = 0; b < kBuckets; ++b)
      for (size_t len = 0; len < kLengths; ++len) {
        st->starts_[b * kLengths + len] = static_cast<uint32_t>(st->flat_.size());
        for (const Candidate& c : buckets[b])
          if (c.prefix ? length_bit(c.len) <= len : length_bit(c.len) == len) st->flat_.push_back(c);
      }
    st->starts_[kBuckets * kLengths] = static_cast<uint32_t>(st->flat_.size());
    auto forms = shared_rows(data_dir, "org_forms.tsv");
    if (!forms) return Error{forms.error()};
    for (const auto& r : **forms) {
      if (r.size() < 2 || r[0].find(' ') != std::string::npos) continue;
      if (r[1] == "both" || r[1] == "head_of" || r[1] == "tail" || r[1] == "firm") st->org_forms_.insert(r[0]);
      if (r[1] == "tail" || r[1] == "firm") st->tail_forms_.insert(r[0]);
    }
    // Office titles name a post the same way ("Trade, Industry and Energy Minister").
    auto titles = shared_rows(data_dir, "titles.tsv");
    if (!titles) return Error{titles.error()};
    for (const auto& r : **titles) {
      if (r.size() < 2 || r[0].find(' ') != std::string::npos) continue;
      if (r[1] == "head" || r[1] == "plural") st->org_forms_.insert(r[0]);
    }
    for (const auto& w : st->org_forms_) st->org_form_filter_.add(w);
    auto cues = text::read_tsv(data_dir, "topic_pact_cues.tsv");
    if (!cues) return Error{cues.error()};
    for (const auto& r : *cues) {
      if (r.size() < 2 || (r[0] != "before" && r[0] != "after"))
        return Error{data_dir + "/topic_pact_cues.tsv: expected before|after, word: " + r[0]};
      (r[0] == "before" ? st->pact_before_ : st->pact_after_).insert(r[1]);
    }
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override {
    const SpanIndex orgs(doc.x.organizations);
    std::vector<std::string> found;
    auto add = [&](const Term& t, Span span) {
      for (const auto& topic : t.topics) {
        if (doc.explain) doc.trace("topics", topic, "term \"" + t.surface + "\"", span);
        if (std::find(found.begin(), found.end(), topic) == found.end()) found.push_back(topic);
      }
    };
    for (bool title : {true, false}) {
      const WordScan& s = doc.scan(title);
      for (size_t i = 0; i < s.size();) {
        size_t end = 0;
        const Term* best = nullptr;
        if (s[i].kind != Token::Punct) {
          const std::string_view raw = s.raw(i), low = s.lower(i);
          // Most words have no term of their first two letters and length to start.
          const size_t key = bucket(low) * kLengths + length_bit(low.size());
          for (uint32_t k = starts_[key]; k < starts_[key + 1]; ++k) {
            const Candidate& c = flat_[k];
            if (!c.may_start(c.exact ? raw : low)) continue;
            size_t e = match(s, i, terms_[c.term]);
            if (e > end) {
              end = e;
              best = &terms_[c.term];
            }
          }
        }
        if (!best) {
          ++i;
          continue;
        }
        Span span{s[i].begin, s[end - 1].end, title};
        if (!in_name(s, i, end, title, orgs) && !(best->bare_head && modified(s, i)) && !negated(s, i) &&
            !verb_particle(s, end) && !(best->pact && names_pact(doc, s, i, end, title)))
          add(*best, span);
        i = end;
      }
    }
    doc.x.topics = std::move(found);
  }

 private:
  // "non-oil trade", "non-tariff": a term joined to "non-" names what the text leaves out.
  static bool negated(const WordScan& s, size_t i) {
    if (i < 2 || s[i - 1].kind != Token::Punct || s.raw(i - 1) != "-") return false;
    return s[i - 1].end == s[i].begin && s[i - 2].end == s[i - 1].begin && s.lower(i - 2) == "non";
  }
  // "a China-ASEAN free trade zone", "talks on a free trade zone", "free trade zone between Ukraine
  // and the EU": a term flagged "pact" at [i, end) that names the area of a trade pact between
  // parties, by its cues (topic_pact_cues.tsv) or by parties joined by a dash right before it.
  bool names_pact(const Doc& doc, const WordScan& s, size_t i, size_t end, bool title) const {
    if (s.is_word(end) && pact_after_.count(s.lower(end))) return true;
    if (i >= 3 && s[i - 1].upper && s.is_word(i - 1) && s.is_dash(i - 2) && s.glued(i - 1) && s.glued(i - 2) &&
        s.is_word(i - 3) && s[i - 3].upper) {
      const uint32_t at = s[i - 1].begin;
      auto party = [&](const std::vector<CodeMention>& list) {
        for (const auto& m : list)
          for (const auto& sp : m.spans)
            if (sp.in_title == title && sp.begin <= at && at < sp.end) return true;
        return false;
      };
      if (party(doc.x.countries) || party(doc.x.blocs)) return true;
    }
    // A few words back within the clause: a dash glued between names does not end it.
    size_t words = 0;
    for (size_t k = i; k > 0 && words < 4;) {
      --k;
      if (!s.is_word(k)) {
        if (s.is_dash(k) && s.glued(k)) continue;
        break;
      }
      ++words;
      if (pact_before_.count(s.lower(k))) return true;
    }
    return false;
  }
  // "the defense budget beef-up": a word joined to "-up" is a verb's noun, not the term's.
  static bool verb_particle(const WordScan& s, size_t end) {
    return end + 1 < s.size() && s.glued(end) && s.glued(end + 1) && s.raw(end) == "-" && s.lower(end + 1) == "up";
  }
  // A term in a bucket with what its first token needs of a word: most words of the text share
  // their first two letters with some term and are turned away here, without reading the term.
  struct Candidate {
    uint32_t term = 0;
    uint32_t len = 0;              // of the first token's text
    bool prefix = false;           // the first token is the term's last and ends in '*'
    bool exact = false;            // compared with the raw word, not its lower-cased form
    std::array<char, 4> head{};    // the first token's first (up to) four bytes
    static Candidate of(const Term& t, size_t index) {
      const TermToken& first = t.tokens.front();
      Candidate c;
      c.term = static_cast<uint32_t>(index);
      c.len = static_cast<uint32_t>(first.text.size());
      c.prefix = first.prefix;
      c.exact = first.exact;
      std::memcpy(c.head.data(), first.text.data(), std::min<size_t>(4, first.text.size()));
      return c;
    }
    bool may_start(std::string_view w) const {
      if (prefix ? w.size() < len : w.size() != len) return false;
      // Four bytes or more, as most first tokens have: one compare of four bytes loaded at once.
      // Fewer: a byte loop (a memcmp call cost more than the compare).
      if (len >= 4) {
        uint32_t a, b;
        std::memcpy(&a, w.data(), 4);
        std::memcpy(&b, head.data(), 4);
        return a == b;
      }
      for (size_t k = 0; k < len; ++k)
        if (w[k] != head[k]) return false;
      return true;
    }
  };
  std::vector<Term> terms_;
  static constexpr size_t kBuckets = 27 * 27, kLengths = 64;
  // The candidates of bucket b and word length n (63: that or longer) are flat_[starts_[key]] up
  // to flat_[starts_[key + 1]], key = b * kLengths + length_bit(n).
  std::vector<uint32_t> starts_;
  std::vector<Candidate> flat_;
  static size_t length_bit(size_t n) { return n < 63 ? n : 63; }
  WordSet org_forms_;  // single words that make a name an organization's
  WordFilter org_form_filter_;  // of org_forms_
  WordSet tail_forms_;  // of org_forms_, those that end a name ("Services", "Corporation")
  WordSet pact_before_, pact_after_;  // topic_pact_cues.tsv

  // Words that may stand before a noun without narrowing it: determiners, prepositions,
  // conjunctions and quantities ("the infrastructure", "in infrastructure", "and infrastructure").
  static bool free_before(std::string_view w) {
    for (std::string_view f : {"the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "that",
                               "those", "of", "in", "on", "for", "to", "into", "with", "by", "from", "at", "as",
                               "and", "or", "nor", "but", "such", "including", "include", "includes", "like",
                               "new", "more", "other", "all", "both", "each", "every", "any", "some", "key",
                               "major", "public", "core", "critical", "large-scale", "national", "regional"})
      if (w == f) return true;
    return false;
  }

  // The lower-case noun at i is narrowed by the word before it into another domain's facilities
  // ("airport infrastructure", "R&D infrastructure", "charging-infrastructure", "related
  // infrastructure"); a verb before it ("expanding infrastructure") leaves it the subject.
  static bool modified(const WordScan& s, size_t i) {
    if (s[i].upper || i == 0) return false;
    if (s.is_dash(i - 1) && s.glued(i) && s.glued(i - 1) && i >= 2 && s.is_word(i - 2)) return true;
    if (!s.is_word(i - 1)) return false;
    if (s[i - 1].upper) return true;  // "AI infrastructure"
    const std::string_view w = s.lower(i - 1);
    if (free_before(w)) return false;
    return !(w.size() > 4 && w.substr(w.size() - 3) == "ing");  // "building infrastructure"
  }

  // Index past term t matched at token i, or 0.
  static size_t match(const WordScan& s, size_t i, const Term& t) {
    size_t j = i;
    for (const auto& tt : t.tokens) {
      if (j >= s.size()) return 0;
      std::string_view w = tt.exact ? s.raw(j) : s.lower(j);
      if (tt.prefix ? w.substr(0, tt.text.size()) != tt.text : w != tt.text) return 0;
      ++j;
    }
    return j;
  }

  // The match [b, e) lies inside an organization's name or an office title: an organization
  // found by the organizations stage, or (in the body) a run of capitalized words holding an
  // organization form word or a title (data/org_forms.tsv, data/titles.tsv: "Ministry of Trade,
  // Industry and Energy", "Korea Aerospace Industries", "Minister for Trade and Investment").
  // Names of agreements, events and programmes still count: they name what is discussed.
  bool in_name(const WordScan& s, size_t b, size_t e, bool title, const SpanIndex& orgs) const {
    if (orgs.covers(s[b].begin, s[e - 1].end, title)) return true;
    if (!s[b].upper) return false;
    // A title capitalizes every word: look only at the nearest words there.
    const size_t reach = title ? 3 : s.size();
    auto cap_word = [&](size_t k) {
      if (k >= s.size()) return false;
      if (s.is_word(k)) {
        if (s[k].upper) return true;
        auto w = s.lower(k);  // the suffix of "1st" in "1st Vice Minister"
        return s.glued(k) && s.is_number(k - 1) && (w == "st" || w == "nd" || w == "rd" || w == "th");
      }
      return s.is_number(k) && s.is_word(k + 1) && s.glued(k + 1);
    };
    auto joiner = [&](size_t k) {
      if (k >= s.size()) return false;
      if (s.is_word(k)) return name_joiner(s.lower(k));
      auto r = s.raw(k);
      return r == "," || r == "&" || s.is_dash(k);
    };
    // A word that ends a name ("Services", "Corporation") makes one only of the words before it,
    // and not across a comma, which in a run of capitalized words sets off the items of a list
    // ("areas such as Trade in Goods, Trade in Services, Investment, Competition Policies").
    bool form = false, tail_in_term = false, named_before = false, comma = false;
    size_t words = 0;
    enum class Side { term, left, right };
    auto visit = [&](size_t k, Side side) {
      ++words;
      if (!org_form_filter_.may_contain(s.raw(k)) || !org_forms_.count(s.raw(k))) return;
      if (!tail_forms_.count(s.raw(k))) form = true;
      else if (side == Side::term) tail_in_term = true;
      else if (side == Side::right && !comma) form = true;
    };
    for (size_t k = b; k < e; ++k)
      if (cap_word(k)) visit(k, Side::term);
    // Leftwards over capitalized words and the joiners between them.
    size_t steps = 0;
    for (size_t k = b; k > 0 && steps++ < reach;) {
      if (cap_word(k - 1)) {
        named_before |= !comma;
        visit(--k, Side::left);
      } else if (k > 1 && joiner(k - 1) && cap_word(k - 2)) {
        comma |= s.raw(k - 1) == ",";
        named_before |= !comma;
        k -= 2;
        visit(k, Side::left);
      } else {
        break;
      }
    }
    if (tail_in_term && named_before) form = true;
    comma = false;
    steps = 0;
    for (size_t k = e; k < s.size() && steps++ < reach;) {
      if (cap_word(k)) {
        visit(k++, Side::right);
      } else if (joiner(k) && cap_word(k + 1)) {
        comma |= s.raw(k) == ",";
        visit(k + 1, Side::right);
        k += 2;
      } else {
        break;
      }
    }
    return form && words >= 2;
  }
};

}  // namespace

Result<StagePtr> make_topics_stage(const std::string& data_dir) { return TopicsStage::make(data_dir); }

}  // namespace tw::extract
