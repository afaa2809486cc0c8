// Runs the whole extractor on the wire-style documents in tests/cases/wire/ (news agencies and
// governments the gold feeds do not cover) and checks the items a reader of each text expects.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "extract/wire_fixture.h"
#include "tradewatch/extractor.h"

namespace {

struct Expect {
  const char* file;
  std::vector<std::string> countries, dates, people;
  std::vector<std::pair<double, std::string>> money;
  std::vector<double> percents;
};

const std::vector<Expect>& cases() {
  static const std::vector<Expect> v = {
      {"01_korea_exports.txt",
       {"KR", "US", "CN"},
       {"2025-12-01", "2025-11", "2025-11-30"},
       {"Kim Jung-kwan"},
       {{61.3e9, "USD"}, {1.5e12, "KRW"}, {1.1e9, "USD"}},
       {8.4, 1.2, 3.1}},
      {"02_ap_eu_tariffs.txt",
       {"CN", "DE", "HU", "FR", "ES"},
       {"2024-07-02", "2024-07-05", "2023"},
       {"Maros Sefcovic"},
       {{11.5e9, "EUR"}},
       {35.3}},
      {"03_mofcom.txt", {"US", "CN"}, {"2024-12-05", "2023", "2024-08-01"}, {"He Yadong"}, {{664.4e9, "USD"}}, {}},
      {"04_pib_india.txt",
       {"IN", "CH", "NO", "IS", "LI"},
       {"2025-10-01"},
       {"Piyush Goyal"},
       {{100e9, "USD"}, {1.92e9, "USD"}},
       {}},
      {"05_dfat_australia.txt",
       {"AU", "AE"},
       {"2024-11-06", "2023"},
       {"Don Farrell", "Anthony Albanese", "Thani bin Ahmed Al Zeyoudi"},
       {{10.3e9, "AUD"}},
       {99}},
      {"06_mti_singapore.txt",
       {"SG", "NZ"},
       {"2025-03-18", "2024"},
       {"Gan Kim Yong", "Todd McClay"},
       {{4.2e9, "SGD"}},
       {4.5}},
      {"07_wto_news.txt", {"JP"}, {"2024-12-11", "2023", "2026"}, {"Ngozi Okonjo-Iweala"}, {}, {15.7, 1.9}},
      {"08_yonhap_kyodo.txt",
       {"JP", "GB", "NL", "CA"},
       {"2024-12-03", "2024-11", "2023"},
       {"Yoji Muto", "Jonathan Reynolds"},
       {{2.1e12, "JPY"}},
       {25, 3.2}},
  };
  return v;
}

template <class V, class F>
bool any(const V& v, F f) {
  return std::any_of(v.begin(), v.end(), f);
}

TEST(WireCases, KeyItemsFromUnseenVoices) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  for (const Expect& c : cases()) {
    SCOPED_TRACE(c.file);
    const tw::Record rec = tw::testing::extract_wire_case(*ex.value(), c.file);
    const tw::Extraction& x = rec.x;
    for (const auto& code : c.countries)
      EXPECT_TRUE(any(x.countries, [&](const auto& m) { return m.code == code; })) << "country " << code;
    if (std::string(c.file).rfind("08", 0) == 0) {
      // The CPTPP named once in full is one agreement, not one per agreement noun in its name.
      EXPECT_EQ(std::count_if(x.agreements.begin(), x.agreements.end(),
                              [](const auto& a) { return a.name.find("Trans-Pacific") != std::string::npos; }),
                1);
    }
    if (std::string(c.file).rfind("03", 0) == 0) {
      // "to safeguard the legitimate rights" is a verb; China's export curbs are China's measure.
      EXPECT_FALSE(any(x.measures, [](const auto& m) { return m.kind == "safeguard"; }));
      EXPECT_TRUE(any(x.measures, [](const auto& m) { return m.jurisdiction == "CN" && m.kind == "export_control"; }));
    }
    if (std::string(c.file).rfind("08", 0) == 0) {
      // "Washington slapped … tariffs on steel imports from the Netherlands and Canada": Canada is
      // a target, not the imposer.
      EXPECT_FALSE(any(x.measures, [](const auto& m) { return m.jurisdiction == "CA" || m.jurisdiction == "NL"; }));
    }
    if (std::string(c.file).rfind("02", 0) == 0) {
      // The story is the EU's decision on Chinese cars; China's own words are no stance on its probe.
      ASSERT_FALSE(x.events.empty());
      EXPECT_EQ(x.events[0].partners, std::vector<std::string>{"CN"});
      EXPECT_TRUE(any(x.measures, [](const auto& m) { return m.jurisdiction == "EU" && m.kind == "trade_remedy"; }));
      EXPECT_TRUE(any(x.measures, [](const auto& m) {
        return m.jurisdiction == "CN" && m.kind == "anti_dumping" && m.stance == "neutral";
      }));
    }
    if (std::string(c.file).rfind("01", 0) == 0) {
      // ", leaving a trade surplus of $9.5 billion": the fall of imports is not the surplus's change.
      EXPECT_TRUE(any(x.indicators, [](const auto& i) { return i.metric == "trade_balance" && !i.change_pct; }));
    }
    // A city alone does not name its country: Brussels, Geneva, Tokyo datelines add nothing.
    if (std::string(c.file).rfind("02", 0) == 0) {
      EXPECT_FALSE(any(x.countries, [](const auto& m) { return m.code == "BE"; }));
    }
    for (const auto& d : c.dates)
      EXPECT_TRUE(any(x.dates, [&](const auto& m) { return m.value == d; })) << "date " << d;
    for (const auto& p : c.people)
      EXPECT_TRUE(any(x.people, [&](const auto& m) { return m.name == p; })) << "person " << p;
    for (const auto& [amount, cur] : c.money)
      EXPECT_TRUE(any(x.money, [&](const auto& m) {
        return m.currency == cur && std::fabs(m.amount - amount) < 1e-6 * amount;
      })) << "money " << amount << " " << cur;
    for (double p : c.percents)
      EXPECT_TRUE(any(x.percents, [&](const auto& m) { return std::fabs(m.value - p) < 1e-9; })) << "percent " << p;
  }
}

// "a year earlier" and durations are not dates; honorifics are not part of names.
TEST(WireCases, NotItems) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  tw::Release r;
  r.title = "Exports rise";
  r.body = "SEOUL, Dec 1 (Reuters) - Exports rose 8.4% from a year earlier over four months, Shri Piyush Goyal said.";
  r.published = "2025-12-01";
  const tw::Record rec = ex.value()->extract(std::move(r));
  EXPECT_EQ(rec.x.dates.size(), 1u);
  EXPECT_FALSE(any(rec.x.people, [](const auto& m) { return m.name.rfind("Shri", 0) == 0; }));
  EXPECT_TRUE(rec.x.countries.empty());  // Seoul alone names no country
}

}  // namespace
