// Runs the whole extractor on wire copy naming many bodies of governments the gold feeds do not
// cover (tests/cases/wire/220_… onward) and checks the organizations a careful reader lists
// (GUIDELINES: name as first written in full, the acronym the text gives, the body's country),
// each body once.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/wire_fixture.h"
#include "tradewatch/extractor.h"

namespace {

struct OrgX {
  std::string name, acronym, country;  // empty country: not checked
};

struct OrgCase {
  const char* file;
  std::vector<std::string> countries;
  std::vector<OrgX> orgs;
  std::vector<std::string> not_orgs;  // names no organization may carry
  size_t count = 0;                   // 0: not checked
};

const std::vector<OrgCase>& cases() {
  static const std::vector<OrgCase> v = {
      // "the Japanese Chamber of Trade and Industry, Malaysia (Jactim) and the Malaysian Consortium
      // of Mid-Tier Companies (MCMTC)": an acronym after the country where the body sits, and a
      // consortium; acronyms written as words (Miti, Mida, Matrade, Sirim).
      {"220_bernama_malaysia_chambers_jactim.txt",
       {"MY", "JP", "US"},
       {{"Japanese Chamber of Trade and Industry", "Jactim", ""},
        {"Malaysian Consortium of Mid-Tier Companies", "MCMTC", "MY"},
        {"American Malaysian Chamber of Commerce", "Amcham", "US"},
        {"Federation of Malaysian Manufacturers", "FMM", "MY"},
        {"Ministry of International Trade and Industry", "Miti", ""},
        {"Malaysian Investment Development Authority", "Mida", "MY"},
        {"Malaysia External Trade Development Corporation", "Matrade", "MY"},
        {"Standard and Industrial Research Institute of Malaysia", "Sirim", "MY"}},
       {"MCMTC", "Jactim"},
       8},
      // "the Ministry of Commerce and the Trade Development Authority are making concerted efforts"
      // after "The Trade Development Authority of Pakistan (TDAP)": one body, its country left out.
      {"221_tdap_pakistan_name_without_country.txt",
       {"PK"},
       {{"Trade Development Authority of Pakistan", "TDAP", "PK"},
        {"Pakistan Hosiery Manufacturers Association", "PHMA", "PK"},
        {"Pakistan Carpet Manufacturers and Exporters Association", "PCMEA", "PK"},
        {"Ministry of Commerce", "", ""}},
       {"Trade Development Authority"},
       4},
      // "the United Nations Economic Commission for Africa (ECA)": the parent's name is part of the
      // commission's, and the United Nations is not named on its own.
      {"222_uneca_kenya_un_parent_name.txt",
       {"KE"},
       {{"United Nations Economic Commission for Africa", "ECA", ""},
        {"Ministry of Industrialization, Trade and Enterprise Development", "", "KE"}},
       {"United Nations", "Economic Commission for Africa"}},
      // "Economía and the Mexican Business Council meet …" over "the Mexican Business Council for
      // Foreign Trade, Investment and Technology (COMCE)": the headline's short name is the body's.
      {"291_economia_title_short_name.txt",
       {"MX", "US"},
       {{"Mexican Business Council for Foreign Trade, Investment and Technology", "COMCE", "MX"},
        {"Secretariat of Economy", "SE", ""},
        {"U.S. Chamber of Commerce", "", "US"}},
       {"Mexican Business Council"},
       3},
  };
  return v;
}

TEST(WireOrganizations, BodiesOfUnseenGovernments) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  for (const OrgCase& c : cases()) {
    SCOPED_TRACE(c.file);
    const tw::Record rec = tw::testing::extract_wire_case(*ex.value(), c.file);
    const tw::Extraction& x = rec.x;
    for (const auto& code : c.countries)
      EXPECT_TRUE(std::any_of(x.countries.begin(), x.countries.end(), [&](const auto& m) { return m.code == code; }))
          << "country " << code;
    for (const OrgX& want : c.orgs) {
      auto it = std::find_if(x.organizations.begin(), x.organizations.end(),
                             [&](const tw::Organization& o) { return o.name == want.name; });
      ASSERT_NE(it, x.organizations.end()) << "organization " << want.name;
      EXPECT_EQ(it->acronym, want.acronym) << want.name;
      if (!want.country.empty()) {
        EXPECT_EQ(it->country, want.country) << want.name;
      }
    }
    for (const auto& name : c.not_orgs)
      EXPECT_FALSE(std::any_of(x.organizations.begin(), x.organizations.end(),
                               [&](const tw::Organization& o) { return o.name == name; }))
          << "not an organization of its own: " << name;
    if (c.count) {
      EXPECT_EQ(x.organizations.size(), c.count);
    }
  }
}

}  // namespace
