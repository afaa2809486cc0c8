// `tradewatch show ID`: one release in full with its mentions, and every fact with the
// sentence it was extracted from.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "text/sentences.h"
#include "tradewatch/extractor.h"
#include "tradewatch/json.h"

namespace tw::cli {
namespace {

// The sentence around a span, from the title or the body it points into.
class Sentences {
 public:
  Sentences(const Release& r, const text::SentenceRules& rules)
      : title_(r.title), body_(r.body), split_(text::split_sentences(r.body, rules)) {}

  std::string around(const Span& s) const {
    if (s.in_title) return std::string(title_);
    if (s.begin > body_.size()) return {};
    Span sent = text::sentence_at(split_, s.begin, static_cast<uint32_t>(body_.size()));
    return std::string(body_.substr(sent.begin, sent.end - sent.begin));
  }

 private:
  std::string_view title_, body_;
  std::vector<Span> split_;
};

std::string join(const std::vector<std::string>& v, std::string_view sep = ", ") {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// "a, b (c)" without empty parts.
std::string parts(std::initializer_list<std::string_view> items, std::string_view sep = ", ") {
  std::string out;
  for (auto s : items) {
    if (s.empty()) continue;
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string fmt_num(double v) { return fmt::format("{}", v); }

void print_wrapped(std::string_view text, size_t width, std::string_view indent) {
  size_t col = 0;
  std::string line;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    size_t w = display_width(word);
    if (col && col + 1 + w > width) {
      fmt::print("{}{}\n", indent, line);
      line.clear();
      col = 0;
    }
    if (col) {
      line += ' ';
      ++col;
    }
    line += word;
    col += w;
    pos = end + 1;
  }
  if (!line.empty()) fmt::print("{}{}\n", indent, line);
}

void print_fact(std::string_view head, const std::string& sentence) {
  fmt::print("  {}\n", head);
  if (!sentence.empty()) print_wrapped("“" + sentence + "”", 96, "      ");
}

void print_human(const Record& rec, const text::SentenceRules& rules) {
  const Release& r = rec.release;
  const Extraction& x = rec.x;
  Sentences sent(r, rules);
  const bool tty = stdout_is_terminal();
  fmt::print("{}\n", tty ? fmt::format("\033[1m{}\033[0m", r.title) : r.title);
  fmt::print("{}  published {}  category {}  story {}{}\n", r.id, r.published, r.category ? *r.category : "(none)",
             rec.story.empty() ? "(none)" : rec.story, r.truncated ? "  [truncated]" : "");
  if (!r.url.empty()) fmt::print("{}\n", r.url);
  fmt::print("\n");
  print_wrapped(r.body, 100, "");
  fmt::print("\n");

  auto codes = [](const std::vector<CodeMention>& v) {
    std::vector<std::string> out;
    for (const auto& c : v) out.push_back(fmt::format("{} ({})", c.code, c.spans.size()));
    return join(out);
  };
  if (!x.countries.empty()) fmt::print("Countries:     {}\n", codes(x.countries));
  if (!x.blocs.empty()) fmt::print("Blocs/regions: {}\n", codes(x.blocs));
  if (!x.topics.empty()) fmt::print("Topics:        {}\n", join(x.topics));
  if (!x.organizations.empty()) {
    fmt::print("Organizations:\n");
    for (const auto& o : x.organizations)
      fmt::print("  {}{}\n", o.name, o.acronym.empty() && o.country.empty() ? "" : " (" + parts({o.acronym, o.country}) + ")");
  }
  if (!x.people.empty()) {
    fmt::print("People:\n");
    for (const auto& p : x.people) {
      std::string extra = parts({p.title, p.organization, p.country});
      fmt::print("  {}{}{}\n", p.name, extra.empty() ? "" : " — " + extra,
                 p.aliases.empty() ? "" : " (also " + join(p.aliases) + ")");
    }
  }
  if (!x.dates.empty()) {
    std::vector<std::string> v;
    for (const auto& d : x.dates) v.push_back(fmt::format("{} → {}", d.text, d.value));
    fmt::print("Dates:         {}\n", join(v, "; "));
  }
  if (!x.money.empty()) {
    std::vector<std::string> v;
    for (const auto& m : x.money) v.push_back(fmt::format("{} → {} {}", m.text, fmt_num(m.amount), m.currency));
    fmt::print("Money:         {}\n", join(v, "; "));
  }
  if (!x.percents.empty()) {
    std::vector<std::string> v;
    for (const auto& p : x.percents) v.push_back(p.text);
    fmt::print("Percents:      {}\n", join(v, "; "));
  }
  if (!x.events.empty()) {
    fmt::print("\nEvents:\n");
    for (const auto& e : x.events) {
      std::string when = e.start.empty() ? "" : (e.end.empty() || e.end == e.start ? e.start : e.start + " to " + e.end);
      std::string head = parts({"[" + e.type + "]", e.name, when, parts({e.venue, e.city, e.country})}, "  ");
      if (!e.partners.empty()) head += "  partners: " + join(e.partners);
      if (!e.participants.empty()) head += "  participants: " + join(e.participants);
      print_fact(head, sent.around(e.span));
    }
  }
  if (!x.agreements.empty()) {
    fmt::print("\nAgreements:\n");
    for (const auto& a : x.agreements)
      print_fact(parts({"[" + a.kind + "]", a.name, a.status, join(a.parties), a.date}, "  "), sent.around(a.span));
  }
  if (!x.measures.empty()) {
    fmt::print("\nMeasures:\n");
    for (const auto& m : x.measures)
      print_fact(parts({"[" + m.kind + "]", m.jurisdiction, m.sector, m.stance.empty() ? "" : "stance " + m.stance,
                        m.announced},
                       "  "),
                 sent.around(m.span));
  }
  if (!x.indicators.empty()) {
    fmt::print("\nIndicators:\n");
    for (const auto& i : x.indicators) {
      std::string value = i.value ? fmt_num(*i.value) + (i.unit.empty() ? "" : " " + i.unit) : "";
      std::string change = i.change_pct ? fmt::format("{:+}%", *i.change_pct) : "";
      print_fact(parts({"[" + i.metric + "]", i.subject, parts({i.country, i.partner}, "→"), i.period, value, change}, "  "),
                 sent.around(i.span));
    }
  }
}

}  // namespace

void register_show(CLI::App& app, Globals& g) {
  struct Opts {
    std::string id;
    bool json = false;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("show", "Show one release in full: text, mentions, and facts with their sentences");
  cmd->description(
      "Prints one stored release: its text, the entities it mentions, and every extracted fact\n"
      "together with the sentence it came from. With --json, the SPEC record with a \"sentence\"\n"
      "added to each event, agreement, measure and indicator.\n\n"
      "Example:\n  tradewatch show r-3f9a0c2b1d4e5f60");
  cmd->add_option("id", opts->id, "Release id (r-…), as printed by search")->required();
  cmd->add_flag("--json", opts->json, "Print the record as one JSON object");
  cmd->callback([opts, &g] {
    auto store = open_store(g, true);
    auto rec = store->get(opts->id);
    if (!rec) fail(kDatabase, rec.error());
    if (!rec->has_value()) fail(kNotFound, fmt::format("no release with id {}", opts->id));
    const Record& r = **rec;
    // A fact is shown with its sentence, split by the words of the data folder as extraction does.
    auto rules = text::SentenceRules::load(default_data_dir());
    if (!rules) fail(kData, fmt::format("cannot load data: {}\n  (set TRADEWATCH_DATA to the data/ folder)", rules.error()));
    if (!opts->json) {
      print_human(r, *rules);
      return;
    }
    auto j = to_json(r);
    Sentences sent(r.release, *rules);
    auto add = [&](const char* key, const auto& items) {
      for (size_t i = 0; i < items.size() && i < j[key].size(); ++i) j[key][i]["sentence"] = sent.around(items[i].span);
    };
    add("events", r.x.events);
    add("agreements", r.x.agreements);
    add("measures", r.x.measures);
    add("indicators", r.x.indicators);
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  });
}

}  // namespace tw::cli
