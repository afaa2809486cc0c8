// tw_gen: writes N synthetic press releases in the feed format (SPEC §1) for scale benchmarks.
// Releases recombine sentences of the sample feed; the variable parts of each sentence (dates,
// weekdays, years, ordinals, numbers, countries, people) become slots filled at random, so the
// text reads like the real feed but every release differs. Deterministic for a given seed.
//
//   tw_gen -n 100000 --seed 1 -o /tmp/corpus-100k.txt
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_set>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "bench_common.h"
#include "text/sentences.h"
#include "tradewatch/feed.h"


namespace {

// Slot markers: \x01 followed by the slot's kind. Raw input never contains \x01 (normalization
// turns control characters into spaces).
enum Slot : char {
  kPerson = 'P',
  kWeekdayDate = 'W',  // "Thursday, December 4"
  kMonthDay = 'D',     // "December 4"
  kMonthYear = 'M',    // "December 2025"
  kMonth = 'm',        // "December"
  kYear = 'Y',
  kOrdinal = 'O',      // "5th"
  kNumber = 'N',       // digits with the original shape: 1 digit, 2 digits, decimals…
  kCountry = 'C',
};

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                  "Thursday", "Friday", "Saturday"};

// Name parts for generated people: a mix of Korean and Western names, as in the feed.
constexpr std::array<const char*, 20> kKoreanSurnames = {"Kim", "Lee",  "Park", "Choi",  "Jung", "Kang", "Cho",
                                                         "Yoon", "Jang", "Lim", "Han",  "Oh",   "Seo",  "Shin",
                                                         "Kwon", "Hwang", "Ahn", "Song", "Yoo",  "Hong"};
constexpr std::array<const char*, 20> kKoreanGiven1 = {"Min", "Ji",  "Seo",   "Hyun", "Jung", "Woo", "Dae",
                                                       "Sung", "Young", "Hee", "Jae", "Kyung", "Soo", "Ho",
                                                       "Jin", "Eun", "Hye", "Gyu", "Tae", "Han"};
constexpr std::array<const char*, 16> kKoreanGiven2 = {"soo", "ho",  "jin", "woo", "young", "hee", "min", "joon",
                                                       "seok", "kyu", "ja", "bin", "hyun", "sik", "won", "gu"};
constexpr std::array<const char*, 16> kWesternFirst = {"Thomas", "Maria", "James",  "Anna",   "David", "Sophie",
                                                       "Michael", "Laura", "Peter", "Elena", "John",  "Claire",
                                                       "Ahmed",  "Yuki",  "Carlos", "Ingrid"};
constexpr std::array<const char*, 16> kWesternLast = {"Martin", "Schmidt", "Dubois", "Rossi",  "Smith", "Tanaka",
                                                      "Nguyen", "Garcia",  "Novak",  "Silva",  "Brown", "Fischer",
                                                      "Haddad", "Sato",    "Lopez",  "Larsen"};

// splitmix64: fast, and the same sequence on every platform (unlike std:: distributions).
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t below(uint64_t n) { return n ? next() % n : 0; }
  bool chance(double p) { return (next() >> 11) * (1.0 / 9007199254740992.0) < p; }
  template <typename C>
  const auto& pick(const C& c) { return c[below(c.size())]; }
};

std::string alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(w);
  }
  return out;
}

class Templates {
 public:
  Templates(std::vector<std::string> countries) : countries_(std::move(countries)) {
    std::vector<std::string> months(kMonths.begin(), kMonths.end());
    std::vector<std::string> days(kWeekdays.begin(), kWeekdays.end());
    const std::string m = "(?:" + alternation(months) + ")";
    person_ = std::make_unique<RE2>(
        "\\b((?:Prime Minister|Vice Minister|Deputy Minister|Minister|President|Ambassador|Director General|"
        "Director|Secretary|Commissioner|Chairman|Chairperson|Chair|CEO|Governor|Mayor|chaired by|led by) )"
        "([A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)");
    weekday_date_ = std::make_unique<RE2>("\\b(?:" + alternation(days) + "), " + m + " \\d{1,2}\\b");
    month_day_ = std::make_unique<RE2>("\\b" + m + " \\d{1,2}\\b");
    month_year_ = std::make_unique<RE2>("\\b" + m + " (?:19|20)\\d\\d\\b");
    month_ = std::make_unique<RE2>("\\b" + m + "\\b");
    year_ = std::make_unique<RE2>("\\b(?:19|20)\\d\\d\\b");
    ordinal_ = std::make_unique<RE2>("\\b\\d+(?:st|nd|rd|th)\\b");
    number_ = std::make_unique<RE2>("\\b\\d[\\d,]*(?:\\.\\d+)?");
    std::vector<std::string> names = countries_;
    for (const char* s : {"Korea", "U.S.", "UK", "U.K.", "the United States"}) names.push_back(s);
    country_ = std::make_unique<RE2>("(?:^|\\b)(?:" + alternation(names) + ")(?:\\b|$)");
  }

  // Turns a sentence into a template: the variable parts become slot markers.
  std::string make(std::string s) const {
    RE2::GlobalReplace(&s, *person_, "\\1\x01P");
    RE2::GlobalReplace(&s, *weekday_date_, "\x01W");
    RE2::GlobalReplace(&s, *month_year_, "\x01M");
    RE2::GlobalReplace(&s, *month_day_, "\x01" "D");
    RE2::GlobalReplace(&s, *month_, "\x01m");
    RE2::GlobalReplace(&s, *year_, "\x01Y");
    RE2::GlobalReplace(&s, *ordinal_, "\x01O");
    // A number keeps its shape: the marker is followed by one digit-class char per original char.
    std::string out;
    size_t pos = 0;
    while (pos <= s.size()) {
      re2::StringPiece m;
      if (!number_->Match(s, pos, s.size(), RE2::UNANCHORED, &m, 1)) break;
      size_t b = static_cast<size_t>(m.data() - s.data());
      out.append(s, pos, b - pos);
      out += "\x01N";
      out += '\x02';
      for (char c : m) out += (c >= '0' && c <= '9') ? '9' : c;  // shape, e.g. 99.9 or 9,999
      out += '\x03';
      pos = b + m.size();
    }
    out.append(s, std::min(pos, s.size()), std::string::npos);
    RE2::GlobalReplace(&out, *country_, "\x01" "C");
    return out;
  }

  const std::vector<std::string>& countries() const { return countries_; }

 private:
  std::vector<std::string> countries_;
  std::unique_ptr<RE2> person_, weekday_date_, month_day_, month_year_, month_, year_, ordinal_, number_, country_;
};

int weekday(int y, int m, int d) {  // 0 = Sunday (Sakamoto)
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int days_in(int y, int m) {
  static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return n[m - 1];
}

std::string ordinal(int n) {
  const char* suf = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suf = "st";
    else if (n % 10 == 2) suf = "nd";
    else if (n % 10 == 3) suf = "rd";
  }
  return std::to_string(n) + suf;
}

struct Published {
  int y, m, d;
};

// Fills a template's slots. Dates stay near the publication date, as in real releases.
void fill(std::string_view tpl, const Published& pub, const Templates& t, Rng& rng, std::string& out) {
  for (size_t i = 0; i < tpl.size(); ++i) {
    char c = tpl[i];
    if (c != '\x01' || i + 1 >= tpl.size()) {
      out += c;
      continue;
    }
    const char kind = tpl[++i];
    int y = pub.y, m = pub.m;
    if (rng.chance(0.3)) {  // an event in a neighbouring month
      m += static_cast<int>(rng.below(5)) - 2;
      if (m < 1) m += 12, --y;
      if (m > 12) m -= 12, ++y;
    }
    const int d = 1 + static_cast<int>(rng.below(days_in(y, m)));
    switch (kind) {
      case kPerson:
        if (rng.chance(0.7))
          out += fmt::format("{} {}-{}", rng.pick(kKoreanSurnames), rng.pick(kKoreanGiven1), rng.pick(kKoreanGiven2));
        else
          out += fmt::format("{} {}", rng.pick(kWesternFirst), rng.pick(kWesternLast));
        break;
      case kWeekdayDate:
        out += fmt::format("{}, {} {}", kWeekdays[weekday(y, m, d)], kMonths[m - 1], d);
        break;
      case kMonthDay:
        out += fmt::format("{} {}", kMonths[m - 1], d);
        break;
      case kMonthYear:
        out += fmt::format("{} {}", kMonths[m - 1], y - static_cast<int>(rng.below(2)));
        break;
      case kMonth:
        out += kMonths[m - 1];
        break;
      case kYear:
        out += std::to_string(pub.y + static_cast<int>(rng.below(4)) - 2);
        break;
      case kOrdinal:
        out += ordinal(1 + static_cast<int>(rng.below(rng.chance(0.8) ? 12 : 60)));
        break;
      case kNumber: {
        // \x02 shape \x03: same digit count and punctuation, a leading digit that is not 0.
        size_t end = tpl.find('\x03', i + 1);
        bool first = true;
        for (size_t k = i + 2; k < end; ++k) {
          if (tpl[k] == '9') {
            out += static_cast<char>('0' + (first ? 1 + rng.below(9) : rng.below(10)));
            first = false;
          } else {
            out += tpl[k];
            if (tpl[k] == '.') first = false;
          }
        }
        i = end;
        break;
      }
      case kCountry:
        out += rng.pick(t.countries());
        break;
      default:
        out += kind;
    }
  }
}

std::vector<std::string> load_countries(const std::string& iso_path) {
  std::vector<std::string> out;
  std::ifstream in(iso_path);
  if (!in) return {"Japan", "China", "Germany", "France", "Canada", "Australia", "India", "Brazil", "Mexico", "Viet Nam"};
  auto j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded()) return {"Japan", "China", "Germany"};
  for (const auto& c : j["3166-1"]) {
    std::string name = c.value("common_name", c.value("name", ""));
    // Names with commas or brackets ("Korea, Republic of") do not read as running text.
    // Nor do the many small territories ("Heard Island and McDonald Islands"); keep the states.
    if (name.empty() || name.find_first_of(",()") != std::string::npos) continue;
    if (name.find("Island") != std::string::npos || name.find(" and ") != std::string::npos) continue;
    out.push_back(name);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tw_gen: synthetic press releases in the feed format, recombined from the sample feed"};
  uint64_t count = 10000, seed = 1;
  std::string output = "-";
  std::string samples = std::string(TW_SOURCE_DIR) + "/samples/seeds";
  std::string iso = "/usr/share/iso-codes/json/iso_3166-1.json";
  double truncated = 0.03;
  app.add_option("-n,--releases", count, "Number of releases to write")->default_val(count);
  app.add_option("--seed", seed, "Random seed: the same seed gives the same bytes")->default_val(seed);
  app.add_option("-o,--output", output, "Output file ('-' = standard output)")->default_val(output);
  app.add_option("--samples", samples, "Folder of sample feed files to recombine")->default_val(samples);
  app.add_option("--iso", iso, "iso-codes 3166-1 JSON (country names)")->default_val(iso);
  app.add_option("--truncated", truncated, "Share of bodies cut off mid-word")->default_val(truncated);
  CLI11_PARSE(app, argc, argv);

  // Sample releases → title and sentence templates.
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(samples))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<tw::Release> releases;
  std::unordered_set<std::string> ids;
  for (const auto& f : files) {
    (void)tw::read_feed(
        f.string(), [&](tw::Release&& r) { if (ids.insert(r.id).second) releases.push_back(std::move(r)); },
        [](const tw::ReadError&) {});
  }
  if (releases.empty()) {
    fmt::print(stderr, "tw_gen: no sample releases under {}\n", samples);
    return 1;
  }
  Templates t(load_countries(iso));
  std::vector<std::string> titles, sentences, categories;
  std::vector<size_t> sentence_counts;
  for (const auto& r : releases) {
    titles.push_back(t.make(r.title));
    if (r.category) categories.push_back(*r.category);
    auto spans = tw::text::split_sentences(r.body, tw::bench::sentence_rules());
    size_t kept = 0;
    for (size_t i = 0; i < spans.size(); ++i) {
      if (r.truncated && i + 1 == spans.size()) continue;  // a cut-off sentence is no template
      sentences.push_back(t.make(std::string(r.body.substr(spans[i].begin, spans[i].end - spans[i].begin))));
      ++kept;
    }
    if (kept) sentence_counts.push_back(kept);
  }
  // Short sentences make plausible titles too ("Korea and Japan Hold Talks on Steel").
  for (const auto& s : sentences)
    if (s.size() > 40 && s.size() < 110 && s.back() == '.') titles.push_back(s.substr(0, s.size() - 1));
  if (categories.empty()) categories.push_back("Press Releases");

  std::FILE* out = output == "-" ? stdout : std::fopen(output.c_str(), "wb");
  if (!out) {
    fmt::print(stderr, "tw_gen: cannot write {}\n", output);
    return 1;
  }
  Rng rng{seed * 0x2545F4914F6CDD1Dull + 1};
  std::unordered_set<uint64_t> used;  // id hashes: every generated release is distinct
  used.reserve(count * 2);
  std::string buf, title, body;
  buf.reserve(1 << 21);
  uint64_t bytes = 0;
  for (uint64_t n = 0; n < count; ++n) {
    Published pub{};
    std::string date;
    for (int attempt = 0;; ++attempt) {
      pub.y = 2005 + static_cast<int>(rng.below(22));
      pub.m = 1 + static_cast<int>(rng.below(12));
      pub.d = 1 + static_cast<int>(rng.below(days_in(pub.y, pub.m)));
      date = fmt::format("{:04}-{:02}-{:02}", pub.y, pub.m, pub.d);
      title.clear();
      fill(rng.pick(titles), pub, t, rng, title);
      const auto id = tw::release_id(title, date);
      if (used.insert(std::hash<std::string>{}(id)).second) break;
      if (attempt > 50) {  // tiny sample sets: make the title unique outright
        title += fmt::format(" ({})", n);
        used.insert(std::hash<std::string>{}(tw::release_id(title, date)));
        break;
      }
    }
    body.clear();
    const size_t k = std::max<size_t>(2, rng.pick(sentence_counts) + rng.below(5) - 2);
    for (size_t i = 0; i < k; ++i) {
      if (i) body += ' ';
      fill(rng.pick(sentences), pub, t, rng, body);
    }
    if (rng.chance(truncated) && body.size() > 200) {
      // Cut mid-word, at an ASCII letter so the UTF-8 stays valid.
      size_t cut = body.size() - 1 - rng.below(body.size() / 4);
      while (cut > 100 && !std::isalpha(static_cast<unsigned char>(body[cut]))) --cut;
      body.resize(cut);
    }
    buf += "-\n";
    if (rng.chance(0.7)) {
      buf += rng.pick(categories);
      buf += '\n';
    }
    buf += title;
    buf += '\n';
    buf += body;
    buf += " date";
    buf += date;
    buf += '\n';
    if (buf.size() > (1 << 20)) {
      bytes += std::fwrite(buf.data(), 1, buf.size(), out);
      buf.clear();
    }
  }
  bytes += std::fwrite(buf.data(), 1, buf.size(), out);
  if (out != stdout) std::fclose(out);
  fmt::print(stderr, "tw_gen: {} releases, {} bytes, from {} titles and {} sentence templates\n", count, bytes,
             titles.size(), sentences.size());
  return 0;
}
