#include <gtest/gtest.h>

#include "extract/facts_fixture.h"

namespace tw {
namespace {

using testing::FactDoc;
using V = std::vector<std::string>;

TEST(Agreements, NegotiatedCepaWithSortedParties) {
  FactDoc d("Korea–Serbia Hold First Official CEPA Negotiations",
            "The Ministry of Trade, Industry and Resources (MOTIR) announced that the first official round of "
            "negotiations for a Comprehensive Economic Partnership Agreement (CEPA) between Korea and Serbia will be "
            "held in Seoul from Monday, December 1, to Thursday, December 4.",
            {2025, 12, 1});
  d.country("KR", "Korea").country("RS", "Serbia");
  d.date("Monday, December 1, to Thursday, December 4", "2025-12-01/2025-12-04");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);  // "(CEPA)" is the same agreement
  EXPECT_EQ(d.x.agreements[0].kind, "cepa");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"KR", "RS"}));
  EXPECT_EQ(d.x.agreements[0].status, "negotiating");
  EXPECT_EQ(d.x.agreements[0].date, "2025-12-01");
}

// Two agreement nouns in one name ("Agreement … Partnership") are one agreement, with the full name.
TEST(Agreements, OneNameWithTwoAgreementNouns) {
  FactDoc d("Britain joins trade pact",
            "The ministers discussed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), "
            "which Britain joined last month. They also signed the Economic Partnership Agreement with Britain.",
            {2024, 12, 3});
  d.country("GB", "Britain").country("GB", "Britain", 1).bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  d.date("last month", "2024-11");
  d.run(extract::make_agreements_stage);
  int cptpp = 0;
  for (const auto& a : d.x.agreements) cptpp += a.name.find("Trans-Pacific") != std::string::npos;
  EXPECT_EQ(cptpp, 1);
  bool whole = false;
  for (const auto& a : d.x.agreements)
    whole |= a.name.rfind("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", 0) == 0;
  EXPECT_TRUE(whole);
}

TEST(Agreements, UpgradeWithTwoPartnersIsTwoAgreements) {
  FactDoc d("Korea Launches Modular Trade Agreement Initiative",
            "The Ministry of Trade, Industry and Resources (MOTIR) noted that traditional FTAs are no longer "
            "sufficient. The ministry plans to apply the approach first to next year’s FTA upgrade negotiations with "
            "Singapore and ASEAN.",
            {2025, 12, 11});
  d.country("SG", "Singapore").bloc("ASEAN", "ASEAN");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 2u);  // the generic "traditional FTAs" is none
  EXPECT_EQ(d.x.agreements[0].parties, (V{"KR", "SG"}));
  EXPECT_EQ(d.x.agreements[1].parties, (V{"ASEAN", "KR"}));
  EXPECT_EQ(d.x.agreements[0].status, "upgrade_negotiating");
}

TEST(Agreements, NamedFtaInForceAndGenericWordsIgnored) {
  FactDoc d("Korea and Norway Discuss Ways to Build a Practical Partnership",
            "MOTIR and Norway reviewed the implementation of the Korea–Norway FTA. The two sides agreed to build a "
            "practical partnership and expand trade agreements.",
            {2025, 12, 17});
  d.country("NO", "Norway").country("KR", "Korea").country("NO", "Norway", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"KR", "NO"}));
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
}

TEST(Agreements, DomesticMouAndMultilateralAgreement) {
  FactDoc d("Ministries Join Forces",
            "The Ministry of Trade, Industry and Resources (MOTIR) announced the signing of a Memorandum of "
            "Understanding (MOU) on AI. Members of the WTO concluded the Investment Facilitation for Development "
            "(IFD) Agreement.",
            {2025, 12, 3});
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 2u);
  EXPECT_EQ(d.x.agreements[0].kind, "mou");
  EXPECT_EQ(d.x.agreements[0].parties, V{"KR"});
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[1].kind, "agreement");
  EXPECT_TRUE(d.x.agreements[1].parties.empty());
  EXPECT_EQ(d.x.agreements[1].status, "concluded");
}

}  // namespace
}  // namespace tw
