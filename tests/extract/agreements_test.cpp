#include <gtest/gtest.h>

#include "extract/facts_fixture.h"
#include "extract/wire_fixture.h"
#include "tradewatch/extractor.h"

namespace tw {
namespace {

using testing::FactDoc;
using V = std::vector<std::string>;

// The record the whole extractor makes of a release: for rules that read what other stages find
// (the publisher, people's titles).
Record whole_extraction(std::string title, std::string body, std::string published) {
  return tw::testing::extract_whole(std::move(title), std::move(body), std::move(published));
}

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

// "Australia's Comprehensive Economic Partnership Agreement with the United Arab Emirates": one side
// in the name, the other right after "with", whoever publishes the release.
TEST(Agreements, PartyAfterWithJoinsTheOneInTheName) {
  FactDoc d("CEPA enters into force",
            "Australia's Comprehensive Economic Partnership Agreement with the United Arab Emirates entered into "
            "force on 1 October 2025. Australia welcomed it.",
            {2025, 10, 1});
  d.country("AU", "Australia").country("AE", "United Arab Emirates").country("AU", "Australia", 1);
  d.date("1 October 2025", "2025-10-01");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AE", "AU"}));
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
}

// "concluded their first round talks of the TTIP": the round ended, the talks go on; concluding the
// last round concludes them.
TEST(Agreements, ConcludedRoundLeavesTheTalksUnderWay) {
  for (const bool last : {false, true}) {
    const std::string body = std::string("WASHINGTON - The U.S. and EU trade negotiators concluded their ") +
                             (last ? "last" : "first") +
                             " round talks of the Transatlantic Trade and Investment Partnership on Friday.";
    FactDoc d("US, EU conclude round of partnership talks", body, {2013, 7, 13});
    d.country("US", "U.S.").bloc("EU", "EU");
    d.date("Friday", "2013-07-12");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << last;
    EXPECT_EQ(d.x.agreements[0].status, last ? "concluded" : "negotiating") << last;
  }
}

// Two agreement nouns in one name ("Agreement … Partnership") are one agreement, with the full name.
// A political agreement or an agreement in principle on a named pact concludes it; the pact only
// discussed states no status and is no fact.
TEST(Agreements, PoliticalAgreementConcludesThePact) {
  FactDoc d("EU and Chile agree",
            "BRUSSELS - The EU and Chile reached a political agreement on the EU-Chile Advanced Framework "
            "Agreement on Friday.",
            {2022, 12, 10});
  d.bloc("EU", "EU").country("CL", "Chile").bloc("EU", "EU", 1).country("CL", "Chile", 1);
  d.date("Friday", "2022-12-09");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
  EXPECT_EQ(d.x.agreements[0].parties, (std::vector<std::string>{"CL", "EU"}));
  FactDoc n("EU and Chile meet",
            "BRUSSELS - The EU and Chile discussed the EU-Chile Advanced Framework Agreement on Friday.",
            {2022, 12, 10});
  n.bloc("EU", "EU").country("CL", "Chile").bloc("EU", "EU", 1).country("CL", "Chile", 1);
  n.date("Friday", "2022-12-09");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

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

// An agreement the release only mentions, with no status stated, is not an agreement of record;
// a later mention that states one makes it one.
TEST(Agreements, MentionWithoutStatusIsNoneUntilAMentionStatesOne) {
  FactDoc none("Minister speaks with Chile's Minister of Foreign Affairs",
               "The ministers discussed working with partners in the Canada-Chile Free Trade Agreement to expand "
               "the benefits of trade. They spoke about the importance of the Pacific Alliance Agreement.",
               {2022, 3, 1});
  none.country("CA", "Canada").country("CL", "Chile");
  none.run(extract::make_agreements_stage);
  EXPECT_TRUE(none.x.agreements.empty());

  FactDoc later("Minister meets Mexico's Secretary",
                "The ministers stressed their shared commitment to integration through the USMCA. The Ambassador "
                "stressed the full implementation of the USMCA labor chapter.",
                {2022, 3, 1});
  later.country("MX", "Mexico", 0, true);
  later.run(extract::make_agreements_stage);
  ASSERT_EQ(later.x.agreements.size(), 1u);
  EXPECT_EQ(later.x.agreements[0].parties, (V{"CA", "MX", "US"}));
  EXPECT_EQ(later.x.agreements[0].status, "in_force");
}

// A next sentence that refers back to the agreement ("the agreement", "the FTA") states its status;
// one that does not refer back says nothing about it.
TEST(Agreements, NextSentenceReferringBackStatesTheStatus) {
  FactDoc back("Korea and India discuss trade",
               "The two sides said that improving the Korea–India Comprehensive Economic Partnership Agreement is "
               "necessary. They agreed to resume negotiations to upgrade the agreement soon.",
               {2025, 12, 5});
  back.country("KR", "Korea").country("IN", "India");
  back.run(extract::make_agreements_stage);
  ASSERT_EQ(back.x.agreements.size(), 1u);
  EXPECT_EQ(back.x.agreements[0].kind, "cepa");
  EXPECT_EQ(back.x.agreements[0].status, "upgrade_negotiating");

  FactDoc other("Korea and India discuss trade",
                "The two sides said that improving the Korea–India Comprehensive Economic Partnership Agreement is "
                "necessary. They agreed to resume negotiations on a shipbuilding fund soon.",
                {2025, 12, 5});
  other.country("KR", "Korea").country("IN", "India");
  other.run(extract::make_agreements_stage);
  EXPECT_TRUE(other.x.agreements.empty());
}

// A status word belongs to the agreement it stands nearest; agreements joined by "and" share it.
TEST(Agreements, StatusWordNearerAnotherAgreementIsNotTheirs) {
  FactDoc d("Joint Statement of the United States – Ecuador Trade Council",
            "The United States hosted the Council. "
            "The ministers stressed the relationship between Ecuador and the United States, including the "
            "implementation of the Protocol on Customs Administration under the Council, as well as their "
            "commitment to regional collaboration in the Americas Partnership for Growth.",
            {2024, 4, 29});
  d.country("US", "United States", 0, true).country("EC", "Ecuador", 0, true);
  d.country("US", "United States").country("EC", "Ecuador").country("US", "United States", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].name.rfind("Protocol on Customs Administration", 0), 0u);
  EXPECT_EQ(d.x.agreements[0].status, "in_force");

  FactDoc joined("WTO ministers meet",
                 "Members of the WTO discussed the Fisheries Subsidies Agreement and the Environmental Goods Agreement "
                 "under negotiation.",
                 {2025, 12, 10});
  joined.run(extract::make_agreements_stage);
  ASSERT_EQ(joined.x.agreements.size(), 2u);
  EXPECT_EQ(joined.x.agreements[0].status, "negotiating");
  EXPECT_EQ(joined.x.agreements[1].status, "negotiating");
}

// The upgrade under negotiation and the agreement in force it upgrades are two records; two
// mentions of the same upgrade are one.
TEST(Agreements, UpgradeAndTheAgreementInForceAreTwo) {
  FactDoc d("Negotiations on an enhanced UK-Norway FTA",
            "The third round of negotiations on an enhanced UK-Norway Free Trade Agreement took place in Oslo. "
            "The talks cover services not covered in the existing UK-Norway FTA. Negotiations on the enhanced "
            "UK-Norway FTA will continue.",
            {2025, 3, 25});
  d.country("GB", "UK").country("NO", "Norway").country("GB", "UK", 1).country("NO", "Norway", 1);
  d.country("GB", "UK", 2).country("NO", "Norway", 2);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 2u);
  EXPECT_EQ(d.x.agreements[0].status, "upgrade_negotiating");
  EXPECT_EQ(d.x.agreements[1].status, "in_force");
  EXPECT_EQ(d.x.agreements[1].parties, (V{"GB", "NO"}));
}

// "signed a document titled “…”": the quoted title names the agreement and its parties; a
// document only published is no agreement.
TEST(Agreements, SignedDocumentTitledIsAnAgreementWithTheParitesItsTitleNames) {
  FactDoc d("Korea and Vietnam hold trade ministers' meeting",
            "Following the meeting, the two sides signed a document titled \u201cKey Cooperation Matters between "
            "Korea\u2019s Ministry of Trade and Vietnam\u2019s Ministry of Industry and Trade.\u201d",
            {2025, 12, 15});
  d.country("KR", "Korea").country("VN", "Vietnam");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "agreement");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"KR", "VN"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[0].name.rfind("Key Cooperation Matters", 0), 0u);

  FactDoc pub("Korea publishes trade strategy",
              "The ministry published a document titled \u201cTrade Strategy for Korea and Vietnam.\u201d",
              {2025, 12, 15});
  pub.country("KR", "Korea").country("VN", "Vietnam");
  pub.run(extract::make_agreements_stage);
  EXPECT_TRUE(pub.x.agreements.empty());
}

// An MOU the two sides work under is between the reporter and the release's counterpart; one
// signed among the reporter's own ministries is the reporter's alone.
TEST(Agreements, MouOfTheTwoSidesHasTheCounterpartAsParty) {
  FactDoc d("Korea and Vietnam discuss follow-up measures",
            "The Ministry of Trade, Industry and Resources said its Minister met Vietnam's Minister in Hanoi. The two sides agreed to expand "
            "service trade based on the Memorandum of Understanding (MOU) signed at the recent summit.",
            {2025, 12, 15});
  d.country("VN", "Vietnam", 0, true).country("KR", "Korea", 0, true).country("VN", "Vietnam");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "mou");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"KR", "VN"}));
}

// A declaration the two sides release is between the release's two governments; one adopted by
// a summit's leaders names no parties.
TEST(Agreements, DeclarationOfTheTwoSidesHasBothGovernments) {
  FactDoc d("Korea and Chile sign revised FTA",
            "The Ministry of Trade, Industry and Resources said Korea and Chile signed the upgraded Korea–Chile "
            "FTA in Santiago. The two sides also released a Joint Declaration on Green Growth.",
            {2024, 12, 13});
  d.country("KR", "Korea", 0, true).country("CL", "Chile", 0, true).country("KR", "Korea").country("CL", "Chile");
  d.country("KR", "Korea", 1).country("CL", "Chile", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 2u);
  EXPECT_EQ(d.x.agreements[1].kind, "declaration");
  EXPECT_EQ(d.x.agreements[1].parties, (V{"CL", "KR"}));
  EXPECT_EQ(d.x.agreements[1].status, "signed");

  FactDoc summit("Leaders adopt AI declaration",
                 "The Ministry of Trade, Industry and Resources said Korea hosted the AI summit. Leaders adopted "
                 "and signed the Seoul Declaration on Safe AI.",
                 {2024, 5, 22});
  summit.country("KR", "Korea");
  summit.run(extract::make_agreements_stage);
  ASSERT_EQ(summit.x.agreements.size(), 1u);
  EXPECT_TRUE(summit.x.agreements[0].parties.empty());
}

// A launch word that governs the talks makes them launched; one that only dates them in an aside
// does not.
TEST(Agreements, LaunchOfNegotiationsIsLaunched) {
  FactDoc d("Korea and Peru agree to launch CEPA negotiations",
            "The two ministers agreed to launch negotiations on a Korea–Peru Comprehensive Economic Partnership "
            "Agreement.",
            {2025, 6, 1});
  d.country("KR", "Korea").country("PE", "Peru");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "launched");

  FactDoc aside("Korea and Peru hold CEPA talks",
                "The Korea–Peru Comprehensive Economic Partnership Agreement negotiations, launched in 2019, "
                "continued in Lima.",
                {2025, 6, 1});
  aside.country("KR", "Korea").country("PE", "Peru");
  aside.run(extract::make_agreements_stage);
  ASSERT_EQ(aside.x.agreements.size(), 1u);
  EXPECT_EQ(aside.x.agreements[0].status, "negotiating");
}

// "Enhanced" in a partnership's name is no upgrade; in a release whose title names one
// counterpart, a partnership no sentence assigns is the two governments', unless it is named for
// a region.
TEST(Agreements, EnhancedPartnershipOfTheTitlesCounterpart) {
  FactDoc d("UK to host annual Taiwan talks",
            "The Department for Business and Trade said the talks will take place in London. The Minister spoke to "
            "the Trade Representative to endorse the start of official-level talks on an Enhanced Trade "
            "Partnership (ETP).",
            {2023, 7, 26});
  d.country("TW", "Taiwan", 0, true).country("GB", "UK", 0, true);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "partnership");
  EXPECT_EQ(d.x.agreements[0].status, "launched");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"GB", "TW"}));

  FactDoc region("Readout of the Trade Representative's Meeting With Peru's Minister",
                 "The Trade Representative recognized the launch of the Americas Partnership for Economic "
                 "Prosperity.",
                 {2024, 5, 17});
  region.country("PE", "Peru", 0, true);
  region.run(extract::make_agreements_stage);
  ASSERT_EQ(region.x.agreements.size(), 1u);
  EXPECT_TRUE(region.x.agreements[0].parties.empty());
}

// "The four EFTA states, Switzerland, … signed a free trade agreement with Chile": the bloc, its
// members named as a body, is the party, not the member that publishes. A member that signs alone
// is the party itself.
TEST(Agreements, BlocMembersSigningAsABodyMakeTheBlocTheParty) {
  FactDoc d("Parmelin signs modernised free trade agreement with Chile",
            "GENEVA - The four EFTA states, Switzerland, Iceland, Liechtenstein and Norway, signed a modernised "
            "free trade agreement with Chile on Monday. Swiss exports to Chile will enter duty-free, Switzerland "
            "said.",
            {2024, 6, 24});
  d.country("CL", "Chile", 0, true);
  d.bloc("EFTA", "EFTA").country("CH", "Switzerland").country("IS", "Iceland").country("LI", "Liechtenstein");
  d.country("NO", "Norway").country("CL", "Chile").country("CH", "Swiss").country("CL", "Chile", 1);
  d.country("CH", "Switzerland", 1);
  d.date("Monday", "2024-06-24");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "upgrade_concluded");  // the modernised agreement
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "EFTA"}));

  FactDoc n("Parmelin signs free trade agreement with Chile",
            "GENEVA - Switzerland, a member of EFTA, signed a free trade agreement with Chile on Monday. Swiss "
            "exports to Chile will enter duty-free, Switzerland said.",
            {2024, 6, 24});
  n.country("CL", "Chile", 0, true);
  n.country("CH", "Switzerland").bloc("EFTA", "EFTA").country("CL", "Chile").country("CH", "Swiss");
  n.country("CL", "Chile", 1).country("CH", "Switzerland", 1);
  n.date("Monday", "2024-06-24");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"CH", "CL"}));
}

// "aiming to conclude FTA talks this year": an aim, the talks still under way; talks that
// "concluded" are concluded.
TEST(Agreements, AimToConcludeIsStillNegotiating) {
  for (const bool aim : {true, false}) {
    SCOPED_TRACE(aim);
    FactDoc d("PH targets FTA deal with Chile",
              std::string("The Philippines ") + (aim ? "is aiming to conclude" : "concluded") +
                  " free trade agreement (FTA) talks with Chile this year, the Trade Secretary said.",
              {2026, 3, 11});
    d.country("CL", "Chile", 0, true).country("PH", "Philippines").country("CL", "Chile");
    d.date("this year", "2026");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u);
    EXPECT_EQ(d.x.agreements[0].status, aim ? "negotiating" : "concluded");
    EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "PH"}));
  }
}

// "signed … a protocol and an MoU": the status word is the MoU's too, coordinated by "and an";
// the one foreign government among the signers is the other party. Signers of one government
// sign its own MoU.
TEST(Agreements, MouCoordinatedWithAProtocolHasTheForeignSignerAsParty) {
  FactDoc d("Türkiye, UK expand partnership in trade",
            "Turkish Trade Minister Omer Bolat and Kemi Badenoch of the UK signed on Friday a JETCO protocol and an "
            "MoU for collaboration in third countries. Türkiye's trade with the UK reached $19 billion.",
            {2024, 1, 5});
  d.country("TR", "Türkiye", 0, true).country("GB", "UK", 0, true).country("TR", "Turkish").country("GB", "UK");
  d.country("TR", "Türkiye").country("GB", "UK", 1);
  d.date("Friday", "2024-01-05");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "mou");
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[0].parties.size(), 2u);

  FactDoc n("Korea signs MOU",
            "The Ministry of Trade, Industry and Energy and KOTRA signed an MOU on export support. Korea will "
            "help exporters.",
            {2024, 1, 5});
  n.country("KR", "Korea");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"KR"}));
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;
using V = std::vector<std::string>;

// "between X and Y" with two governments other than the publisher names all the parties; a pair
// joined as the subject ("Mercosur and the United Arab Emirates concluded …") does too.
TEST(Agreements, PartiesBetweenTwoOthersAndSubjectPair) {
  FactDoc d("Free Trade Agreement enters into force",
            "The Free Trade Agreement between the EFTA States and Thailand entered into force today for Thailand "
            "and Switzerland, the Ministry of Development, Industry, Trade and Services said. Mercosur and the "
            "United Arab Emirates concluded the "
            "negotiations of a Comprehensive Economic Partnership Agreement (CEPA), the Ministry of Development, "
            "Industry, Trade and Services announced.",
            {2026, 10, 1});
  d.bloc("EFTA", "EFTA").country("TH", "Thailand").country("TH", "Thailand", 1).country("CH", "Switzerland");
  d.bloc("MERCOSUR", "Mercosur").country("AE", "United Arab Emirates");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 2u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EFTA", "TH"}));
  EXPECT_EQ(d.x.agreements[1].kind, "cepa");
  EXPECT_EQ(d.x.agreements[1].status, "concluded");
  EXPECT_EQ(d.x.agreements[1].parties, (V{"AE", "MERCOSUR"}));
}

// "The Mercosur trade bloc and the European Free Trade Association signed …": a bloc named with
// the common noun of what it is still opens the subject pair, whoever reports it; a country with a
// common noun ("Brazil's government and EFTA") is no bloc named so.
TEST(Agreements, SubjectPairOfABlocNamedWithItsNoun) {
  FactDoc d("Mercosur and EFTA sign free trade agreement",
            "The Mercosur trade bloc and the European Free Trade Association (EFTA) signed a free trade agreement "
            "in Rio de Janeiro on Tuesday, Brazil's foreign ministry said.",
            {2025, 9, 16});
  d.bloc("MERCOSUR", "Mercosur").bloc("EFTA", "European Free Trade Association").bloc("EFTA", "EFTA");
  d.country("BR", "Brazil");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EFTA", "MERCOSUR"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");

  FactDoc n("Trade pact",
            "The Chile trade bloc and the European Free Trade Association (EFTA) signed a free trade agreement "
            "in Rio de Janeiro on Tuesday, Brazil's foreign ministry said.",
            {2025, 9, 16});
  n.country("CL", "Chile").bloc("EFTA", "European Free Trade Association").bloc("EFTA", "EFTA");
  n.country("BR", "Brazil");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

// Negative: two governments that are not joined as the subject ("… said Chile, after talks with
// Peru") do not make an agreement of record; one counterpart besides the publisher still does.
TEST(Agreements, NoSubjectPairNoParties) {
  FactDoc d("Talks",
            "Officials from Chile reviewed the FTA negotiations, after talks with Peru on market access. Korea and "
            "Chile concluded the negotiations of an FTA, the Ministry of Trade, Industry and Resources said.",
            {2025, 10, 1});
  d.country("CL", "Chile").country("PE", "Peru").country("KR", "Korea").country("CL", "Chile", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "KR"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
}

// Status phrases of other governments and the wire: talks completed or wrapped up with their last
// round conclude an agreement; an "early conclusion" sought, or a first round ended, does not.
TEST(Agreements, CompletedAndWrappedUpTalksConclude) {
  FactDoc d("Talks",
            "The European Union and New Zealand completed negotiations on Thursday for a free trade agreement. "
            "Pakistan and Chile wrapped up their last round of talks on the Pakistan–Chile Free Trade Agreement. "
            "Peru and Chile wrapped up the first round of talks on the Peru–Chile Free Trade Agreement. "
            "India seeks an early conclusion of the India–Canada Free Trade Agreement.",
            {2025, 10, 1});
  d.bloc("EU", "European Union").country("NZ", "New Zealand").country("PK", "Pakistan").country("CL", "Chile");
  d.country("PK", "Pakistan", 1).country("CL", "Chile", 1).country("PE", "Peru").country("CL", "Chile", 2);
  d.country("PE", "Peru", 1).country("CL", "Chile", 3).country("IN", "India").country("IN", "India", 1);
  d.country("CA", "Canada");
  d.run(extract::make_agreements_stage);
  auto status_of = [&](const V& parties) -> std::string {
    for (const auto& a : d.x.agreements)
      if (a.parties == parties) return a.status;
    return "(none)";
  };
  EXPECT_EQ(status_of({"EU", "NZ"}), "concluded");
  EXPECT_EQ(status_of({"CL", "PK"}), "concluded");
  EXPECT_EQ(status_of({"CL", "PE"}), "negotiating");
  EXPECT_EQ(status_of({"CA", "IN"}), "negotiating");
}

// "will go into force on October 1" states the agreement in force; "among A, B and C" names all
// three parties, the publisher's own country too.
TEST(Agreements, GoIntoForceAndPartiesAmongSeveral) {
  FactDoc d("FTA",
            "The Singapore–Turkey FTA will go into force on October 1. The negotiations on a Free Trade "
            "Agreement (FTA) among Japan, China and the Republic of Korea were held in Tokyo.",
            {2025, 8, 22});
  d.country("SG", "Singapore").country("TR", "Turkey").country("JP", "Japan").country("CN", "China");
  d.country("KR", "Republic of Korea");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 2u);
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
  EXPECT_EQ(d.x.agreements[1].parties, (V{"CN", "JP", "KR"}));
  EXPECT_EQ(d.x.agreements[1].status, "negotiating");
}

// "…, signed on … and ratified by …, entered into force today": stages in an aside after the name
// are background, the clause's own verb states the status and its date. Without the aside
// ("signed the agreement, which will enter into force") the signing is the news.
TEST(Agreements, EarlierStageInAnAsideIsBackground) {
  FactDoc d("India-EFTA TEPA enters into force",
            "The India-EFTA Trade and Economic Partnership Agreement (TEPA), signed on 10 March 2024 in New Delhi "
            "and ratified by all EFTA States, entered into force today, the Ministry said.",
            {2025, 10, 1});
  d.country("IN", "India").bloc("EFTA", "EFTA").bloc("EFTA", "EFTA", 1);
  d.date("10 March 2024", "2024-03-10").date("today", "2025-10-01");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
  EXPECT_EQ(d.x.agreements[0].date, "2025-10-01");

  FactDoc n("Korea and Chile sign FTA",
            "Korea and Chile signed the Free Trade Agreement on 10 March 2024, which will enter into force next "
            "year.",
            {2024, 3, 10});
  n.country("KR", "Korea").country("CL", "Chile");
  n.date("10 March 2024", "2024-03-10").date("next year", "2025");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].status, "signed");
}

// A comma inside a list of parties does not end it ("among China, Japan and Korea"), nor does the
// other side of a two-sided list ("…, on the one hand, and …"); an aside after a comma does
// ("Vietnam, a partner of Japan").
TEST(Agreements, PartyListsWithCommas) {
  FactDoc d("FTA",
            "The leaders announced the launch of FTA negotiations among China, Japan and Korea. The Free Trade "
            "Agreement between Argentina, Brazil, Paraguay, and Uruguay, on the one hand, and the bloc comprising "
            "Iceland, the Principality of Liechtenstein, the Kingdom of Norway, and the Swiss Confederation, was "
            "signed today. The Free Trade Agreement between Chile and Vietnam, a key partner of Japan, was "
            "signed today.",
            {2025, 9, 16});
  d.country("CN", "China").country("JP", "Japan").country("KR", "Korea");
  d.country("AR", "Argentina").country("BR", "Brazil").country("PY", "Paraguay").country("UY", "Uruguay");
  d.country("IS", "Iceland").country("LI", "Liechtenstein").country("NO", "Norway").country("CH", "Swiss");
  d.country("CL", "Chile").country("VN", "Vietnam").country("JP", "Japan", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 3u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CN", "JP", "KR"}));

  FactDoc b("FTA",
            "The Partnership Agreement between Canada, Colombia and Peru, on the one hand, and the EFTA States, on "
            "the other, entered into force, Switzerland said.",
            {2025, 9, 16});
  b.country("CA", "Canada").country("CO", "Colombia").country("PE", "Peru").bloc("EFTA", "EFTA");
  b.country("CH", "Switzerland");
  b.run(extract::make_agreements_stage);
  ASSERT_EQ(b.x.agreements.size(), 1u);
  EXPECT_EQ(b.x.agreements[0].parties, (V{"CA", "CO", "EFTA", "PE"}));
  EXPECT_EQ(d.x.agreements[1].parties, (V{"AR", "BR", "CH", "IS", "LI", "NO", "PY", "UY"}));
  EXPECT_EQ(d.x.agreements[1].status, "signed");
  EXPECT_EQ(d.x.agreements[2].parties, (V{"CL", "VN"}));
}

// A subject pair may carry an aside between dashes or in parentheses that lists a member's
// countries ("EFTA – Iceland, …, Norway and Switzerland – and Colombia signed …"): the pair is still
// the parties. Countries not joined as the subject ("Chile, Peru and Japan signed …") are not.
TEST(Agreements, SubjectPairWithAnAside) {
  FactDoc d("FTA signed",
            "Ministers from the Member States of the European Free Trade Association (EFTA) \u2013 Iceland, "
            "Liechtenstein, Norway and Switzerland \u2013 and Colombia signed a Free Trade Agreement today in Geneva.",
            {2008, 11, 25});
  d.bloc("EFTA", "European Free Trade Association").bloc("EFTA", "EFTA").country("IS", "Iceland");
  d.country("LI", "Liechtenstein").country("NO", "Norway").country("CH", "Switzerland").country("CO", "Colombia");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CO", "EFTA"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");

  FactDoc n("FTA signed", "Chile, Peru and Japan signed a Free Trade Agreement today in Geneva.", {2008, 11, 25});
  n.country("CL", "Chile").country("PE", "Peru").country("JP", "Japan");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty()) << n.x.agreements.front().name << " " << n.x.agreements.front().parties.size() << n.x.agreements.front().status;
}

// "a free trade agreement (FTA) that Singapore and Turkey have ratified": the short form in
// parentheses restates the agreement (it takes no status word from it), and the pair opening the
// relative clause are the parties. A clause that does not open with the pair names none.
TEST(Agreements, RelativeClausePairAndRestatedShortForm) {
  FactDoc d("FTA",
            "A bilateral free trade agreement (FTA) that Singapore and Turkey have ratified will go into force on "
            "Oct 1, Japan said. Japan welcomed it.",
            {2017, 8, 22});
  d.country("SG", "Singapore").country("TR", "Turkey").country("JP", "Japan").country("JP", "Japan", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"SG", "TR"}));
  EXPECT_FALSE(d.x.agreements[0].status.empty());

  FactDoc n("FTA",
            "A bilateral free trade agreement (FTA) that covers Singapore and Turkey will go into force on Oct 1, "
            "Japan said. Japan welcomed it.",
            {2017, 8, 22});
  n.country("SG", "Singapore").country("TR", "Turkey").country("JP", "Japan").country("JP", "Japan", 1);
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty()) << n.x.agreements.front().name << " " << n.x.agreements.front().parties.size() << n.x.agreements.front().status;
}

}  // namespace

// Plain-text dashes set off an aside too ("The EFTA States - Iceland, … - and Thailand signed",
// also after a dateline's dash),
// and a bloc's members named by a common noun ("the EFTA States") are the bloc. "agreed to
// upgrade their free trade agreement" states an upgrade under way. A noun other than a members'
// word between the two ("EFTA ministers and Thailand") is no pair.
TEST(Agreements, PlainDashAsideBlocMembersAndAgreedUpgrade) {
  FactDoc d("FTA signed",
            "The EFTA States - Iceland, Liechtenstein, Norway and Switzerland - and Thailand signed a free trade "
            "agreement on 23 January 2025.",
            {2025, 1, 23});
  d.bloc("EFTA", "EFTA").country("IS", "Iceland").country("LI", "Liechtenstein").country("NO", "Norway");
  d.country("CH", "Switzerland").country("TH", "Thailand");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EFTA", "TH"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");

  FactDoc w("FTA signed",
            "DAVOS - The EFTA States - Iceland, Liechtenstein, Norway and Switzerland - and Thailand signed a free "
            "trade agreement on 23 January 2025.",
            {2025, 1, 23});
  w.bloc("EFTA", "EFTA").country("IS", "Iceland").country("LI", "Liechtenstein").country("NO", "Norway");
  w.country("CH", "Switzerland").country("TH", "Thailand");
  w.run(extract::make_agreements_stage);
  ASSERT_EQ(w.x.agreements.size(), 1u);
  EXPECT_EQ(w.x.agreements[0].parties, (V{"EFTA", "TH"}));

  FactDoc u("FTA upgrade", "South Korea and Chile agreed to upgrade their free trade agreement on Friday.", {2024, 11, 15});
  u.country("KR", "South Korea").country("CL", "Chile");
  u.run(extract::make_agreements_stage);
  ASSERT_EQ(u.x.agreements.size(), 1u);
  EXPECT_EQ(u.x.agreements[0].parties, (V{"CL", "KR"}));
  EXPECT_EQ(u.x.agreements[0].status, "upgrade_negotiating");

  FactDoc n("FTA signed",
            "The EFTA ministers - Iceland, Liechtenstein, Norway and Switzerland - and Thailand signed a free trade "
            "agreement on 23 January 2025.",
            {2025, 1, 23});
  n.bloc("EFTA", "EFTA").country("IS", "Iceland").country("LI", "Liechtenstein").country("NO", "Norway");
  n.country("CH", "Switzerland").country("TH", "Thailand");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty()) << n.x.agreements.front().name << " " << n.x.agreements.front().parties.size() << n.x.agreements.front().status;
}


// "… signed a Comprehensive Economic Partnership Agreement (CEPA), the first free trade agreement
// between Israel and an Arab country": a generic free trade agreement of the CEPA's parties
// describes it; a generic one of other parties stays an agreement of its own.
TEST(Agreements, GenericFtaOfANamedCepasPartiesDescribesIt) {
  FactDoc d("CEPA signed",
            "The United Arab Emirates and Israel signed a Comprehensive Economic Partnership Agreement (CEPA) on "
            "Tuesday, the first free trade agreement between Israel and an Arab country.",
            {2022, 5, 31});
  d.country("AE", "United Arab Emirates").country("IL", "Israel").country("IL", "Israel", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "cepa");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AE", "IL"}));

  FactDoc n("CEPA signed",
            "The United Arab Emirates and Israel signed a Comprehensive Economic Partnership Agreement (CEPA) on "
            "Tuesday. Israel and Jordan signed a free trade agreement on Wednesday.",
            {2022, 5, 31});
  n.country("AE", "United Arab Emirates").country("IL", "Israel").country("IL", "Israel", 1).country("JO", "Jordan");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 2u);
  EXPECT_EQ(n.x.agreements[1].kind, "fta");
  EXPECT_EQ(n.x.agreements[1].parties, (V{"IL", "JO"}));
}

// A known short name ("AfCFTA") lists all its parties: the publisher is none of them unless the
// list says so; an agreement named for one country is that country's with the publisher.
// Those an agreement "entered into force for" are its parties; a "for" that opens no list of
// countries ("for exporters in …") names none, and such an agreement is left out as before.
TEST(Agreements, EnteredIntoForceForListsItsParties) {
  FactDoc d("Pacific trade pact takes effect",
            "The Pacific Agreement on Closer Economic Relations Plus entered into force on Sunday for Australia, "
            "New Zealand, Samoa and Tonga. Fiji has not joined it.",
            {2020, 12, 14});
  d.country("AU", "Australia").country("NZ", "New Zealand").country("WS", "Samoa").country("TO", "Tonga");
  d.country("FJ", "Fiji");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AU", "NZ", "TO", "WS"}));
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
}

TEST(Agreements, EnteredIntoForceForOthersThanCountriesListsNoParties) {
  FactDoc n("Pacific trade pact takes effect",
            "The Pacific Agreement on Closer Economic Relations Plus entered into force on Sunday for exporters in "
            "Australia, New Zealand and Samoa.",
            {2020, 12, 14});
  n.country("AU", "Australia").country("NZ", "New Zealand").country("WS", "Samoa");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty()) << n.x.agreements.front().name;
}

TEST(Agreements, KnownNameListsAllItsParties) {
  FactDoc d("Trading begins",
            "Ghana hosted the launch. Trading under the African Continental Free Trade Area (AfCFTA) began on "
            "Friday, Ghana said.",
            {2021, 1, 1});
  d.country("GH", "Ghana").country("GH", "Ghana", 1).bloc("AFRICA", "African");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AFRICAN_UNION"}));

  FactDoc n("FTA in force", "Korea said on Friday. The Korea-Chile FTA entered into force on Friday, Korea said.",
            {2004, 4, 2});
  n.country("KR", "Korea").country("KR", "Korea", 1).country("CL", "Chile").country("KR", "Korea", 2);
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"CL", "KR"}));
}

// "Comprehensive and Progressive Agreement for Trans-Pacific Partnership": two agreement nouns of
// one full name are one agreement; two names stay two.
TEST(Agreements, TwoNounsOfOneEqualNameAreOneAgreement) {
  FactDoc d("Pacific Rim countries sign trade pact",
            "Trade ministers from Chile and Japan signed the Comprehensive and Progressive Agreement for "
            "Trans-Pacific Partnership on Thursday.",
            {2018, 3, 8});
  d.country("CL", "Chile").country("JP", "Japan");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "signed");

  FactDoc n("Pacific Rim countries sign trade pacts",
            "Trade ministers from Chile and Japan signed the Digital Economy Partnership and the Economic "
            "Partnership Agreement on Thursday.",
            {2018, 3, 8});
  n.country("CL", "Chile").country("JP", "Japan");
  n.run(extract::make_agreements_stage);
  EXPECT_EQ(n.x.agreements.size(), 2u);
}

// "signed a free trade agreement with A, B and C": one pact with all, and its signer; "FTA
// negotiations with A and B", with no article, stay an agreement per partner.
TEST(Agreements, OnePactWithSeveralPartnersListsThemAll) {
  FactDoc d("Korea signs FTA",
            "South Korea on Wednesday signed a free trade agreement with Panama, Honduras and Costa Rica.",
            {2018, 2, 21});
  d.country("KR", "South Korea").country("PA", "Panama").country("HN", "Honduras").country("CR", "Costa Rica");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CR", "HN", "KR", "PA"}));

  FactDoc n("Korea talks",
            "South Korea on Wednesday launched FTA negotiations with Panama, Honduras and Costa Rica.",
            {2018, 2, 21});
  n.country("KR", "South Korea").country("PA", "Panama").country("HN", "Honduras").country("CR", "Costa Rica");
  n.run(extract::make_agreements_stage);
  EXPECT_GE(n.x.agreements.size(), 2u);
}

// "concluded free trade negotiations": talks named for the pact they negotiate are that pact, with
// the pair that concluded them; talks "between Canada and the Pacific Alliance" (a side with no
// code) are no pact of Canada and the country of the city they meet in.
TEST(Agreements, FreeTradeNegotiationsAreThePactTheyNegotiate) {
  FactDoc d("Thailand and EFTA conclude FTA talks",
            "GENEVA - Thailand and the European Free Trade Association (EFTA) concluded free trade negotiations "
            "on Tuesday after more than two years of talks. The agreement would be signed in early 2025.",
            {2024, 11, 26});
  d.country("TH", "Thailand").bloc("EFTA", "European Free Trade Association").bloc("EFTA", "EFTA");
  d.date("Tuesday", "2024-11-26").date("2025", "2025");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EFTA", "TH"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
  EXPECT_EQ(d.x.agreements[0].date, "2024-11-26");

  FactDoc n("Canada welcomes first round of free trade negotiations with the Pacific Alliance",
            "Global Affairs Canada. The Minister of International Trade welcomes the first round of free trade "
            "negotiations between Canada and the Pacific Alliance, taking place from October 23 to 27 in Cali, "
            "Colombia.",
            {2017, 10, 22});
  n.country("CA", "Canada").country("CA", "Canada", 1).country("CO", "Colombia");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty()) << n.x.agreements[0].kind << " " << n.x.agreements[0].parties.size();
}

// "The governments of Saudi Arabia and Pakistan signed a memorandum of understanding": the pair
// that signs is the MOU's parties; two bodies of one country sign an MOU of that country alone.
TEST(Agreements, MouSignedByAPairHasBothAsParties) {
  FactDoc d("Saudi Arabia, Pakistan sign MoU on SME cooperation",
            "RIYADH - The governments of Saudi Arabia and Pakistan signed a memorandum of understanding (MoU) on "
            "Monday to enhance cooperation among small and medium-sized enterprises.",
            {2024, 2, 6});
  d.country("SA", "Saudi Arabia").country("PK", "Pakistan").country("SA", "Saudi Arabia", 0, true)
      .country("PK", "Pakistan", 0, true);
  d.date("Monday", "2024-02-05");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "mou");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"PK", "SA"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");

  FactDoc n("Korean agencies join forces",
            "The Korea Trade-Investment Promotion Agency and the Korea Trade Insurance Corporation signed a "
            "memorandum of understanding on Monday.",
            {2024, 2, 6});
  n.country("KR", "Korea").country("KR", "Korea", 1);
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"KR"}));
}

// "talks on a free trade area between Ukraine and the European Union": the area is the FTA that
// makes it; inside a known name ("African Continental Free Trade Area") it is that one agreement.
TEST(Agreements, FreeTradeAreaBetweenTwoSidesIsTheirFta) {
  FactDoc d("Ukraine, EU start talks on free trade zone",
            "KYIV - Talks on a free trade area between Ukraine and the European Union formally began in Kyiv "
            "on Monday.",
            {2008, 2, 19});
  d.country("UA", "Ukraine").bloc("EU", "European Union");
  d.date("Monday", "2008-02-18");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EU", "UA"}));
  EXPECT_EQ(d.x.agreements[0].status, "negotiating");

  FactDoc n("AfCFTA enters into force",
            "ADDIS ABABA - The agreement establishing the African Continental Free Trade Area (AfCFTA) entered "
            "into force on Thursday, 30 days after the 22nd instrument of ratification was deposited with the "
            "African Union Commission. The agreement was signed by 44 African Union member states in Kigali, "
            "Rwanda on March 21, 2018.",
            {2019, 5, 30});
  n.country("RW", "Rwanda").bloc("AFRICAN_UNION", "African Union").bloc("AFRICAN_UNION", "African Union", 1);
  n.date("Thursday", "2019-05-30");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"AFRICAN_UNION"}));
}

}  // namespace tw

namespace tw {
namespace {

// "agreed to work toward a free trade agreement" proposes one; an FTA only mentioned, with no
// status cue, is no fact.
TEST(Agreements, WorkTowardProposesTheAgreement) {
  testing::FactDoc d("Mongolia, Russia to seek free trade deal",
                     "Mongolia and Russia have agreed to work toward a free trade agreement (FTA) to expand bilateral "
                     "economic cooperation.",
                     {2018, 5, 29});
  d.country("MN", "Mongolia").country("RU", "Russia");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (std::vector<std::string>{"MN", "RU"}));
  EXPECT_EQ(d.x.agreements[0].status, "proposed");
  testing::FactDoc e("Ministers meet", "Mongolia and Russia discussed a free trade agreement (FTA) over lunch.",
                     {2018, 5, 29});
  e.country("MN", "Mongolia").country("RU", "Russia");
  e.run(extract::make_agreements_stage);
  EXPECT_TRUE(e.x.agreements.empty());
  // Working toward a goal under a signed MOU leaves the MOU signed.
  testing::FactDoc f("Korea, China discuss services",
                     "Korea and China met. Recognizing that trade has focused on goods, they agreed to work toward "
                     "expanding service trade based on the \u201cMemorandum of Understanding (MOU) on Strengthening "
                     "Service Trade Cooperation\u201d signed on the margins of the recent summit.",
                     {2025, 12, 1});
  f.country("KR", "Korea").country("CN", "China");
  f.run(extract::make_agreements_stage);
  ASSERT_EQ(f.x.agreements.size(), 1u);
  EXPECT_EQ(f.x.agreements[0].status, "signed");
}

// Initialling authenticates the negotiated text: the agreement is concluded. "Initial", the adjective
// of a first round, states nothing.
TEST(Agreements, InitialledTextConcludesTheAgreement) {
  FactDoc d("Canada and Ecuador initial free trade agreement",
            "OTTAWA - Canada and Ecuador have initialled the text of the Canada-Ecuador Free Trade Agreement, "
            "the minister said on Tuesday.",
            {2024, 10, 9});
  d.country("CA", "Canada").country("EC", "Ecuador").country("CA", "Canada", 1).country("EC", "Ecuador", 1);
  d.date("Tuesday", "2024-10-08");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CA", "EC"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
  EXPECT_EQ(d.x.agreements[0].date, "2024-10-08");
  FactDoc n("Canada and Ecuador review free trade agreement",
            "OTTAWA - Canada and Ecuador reviewed the initial text of the Canada-Ecuador Free Trade Agreement, "
            "the minister said on Tuesday.",
            {2024, 10, 9});
  n.country("CA", "Canada").country("EC", "Ecuador").country("CA", "Canada", 1).country("EC", "Ecuador", 1);
  n.date("Tuesday", "2024-10-08");
  n.run(extract::make_agreements_stage);
  for (const auto& a : n.x.agreements) EXPECT_NE(a.status, "concluded");
}

// Becoming a member of a bloc's agreement is an accession, which binds as ratifying does; being a
// member of a body near the agreement states nothing of it.
TEST(Agreements, BecomingAMemberOfTheAgreementRatifiesIt) {
  FactDoc d("Britain joins trade pact",
            "LONDON - Britain formally became a member of the Comprehensive and Progressive Agreement for "
            "Trans-Pacific Partnership (CPTPP) on Sunday, the department said.",
            {2024, 12, 16});
  d.country("GB", "Britain").bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  d.date("Sunday", "2024-12-15");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  EXPECT_EQ(d.x.agreements[0].date, "2024-12-15");
  FactDoc n("Britain and trade pact",
            "LONDON - Britain, a member of the G7, discussed the Comprehensive and Progressive Agreement for "
            "Trans-Pacific Partnership (CPTPP) on Sunday, the department said.",
            {2024, 12, 16});
  n.country("GB", "Britain").bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  n.date("Sunday", "2024-12-15");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

// Two governments' signed "joint declaration" is an instrument of its own, named by the common noun;
// one that records another agreement's step, or a summit's closing text, is none.
TEST(Agreements, SignedJointDeclarationIsAnInstrument) {
  FactDoc d("Indonesia and Australia sign joint declaration",
            "JAKARTA - The trade ministers of Indonesia and Australia signed a joint declaration on strengthening "
            "trade and investment cooperation in Jakarta on Tuesday.",
            {2023, 7, 5});
  d.country("ID", "Indonesia").country("AU", "Australia");
  d.date("Tuesday", "2023-07-04");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "declaration");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AU", "ID"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[0].date, "2023-07-04");
  FactDoc n("Korea and the UK conclude upgrade",
            "SEOUL - The trade ministers of Korea and the UK signed a joint declaration confirming the conclusion of "
            "the Korea-UK Free Trade Agreement upgrade negotiations on Monday.",
            {2025, 12, 16});
  n.country("KR", "Korea").country("GB", "UK").country("KR", "Korea", 1).country("GB", "UK", 1);
  n.date("Monday", "2025-12-15");
  n.run(extract::make_agreements_stage);
  for (const auto& a : n.x.agreements) EXPECT_NE(a.kind, "declaration") << a.name;
  FactDoc m("Leaders end summit",
            "GYEONGJU - Leaders of Korea and Japan wrapped up their summit on Saturday with a joint declaration "
            "underscoring economic cooperation.",
            {2025, 11, 1});
  m.country("KR", "Korea").country("JP", "Japan");
  m.date("Saturday", "2025-11-01");
  m.run(extract::make_agreements_stage);
  EXPECT_TRUE(m.x.agreements.empty());
}

// Applying to join a bloc's agreement ("Sri Lanka applied to become a full member of RCEP") makes the
// applicant a party beside the bloc, its membership proposed; a member's legislature approving the
// agreement ("Chile's Senate approved the CPTPP") ratifies it for that member.
TEST(Agreements, ApplyingToJoinAndALegislaturesApprovalNameTheMember) {
  FactDoc d("Sri Lanka applies to join RCEP",
            "COLOMBO - Sri Lanka applied to become a full member of the RCEP, the foreign ministry said on Monday.",
            {2024, 6, 25});
  d.country("LK", "Sri Lanka").bloc("RCEP", "RCEP");
  d.date("Monday", "2024-06-24");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"LK", "RCEP"}));
  EXPECT_EQ(d.x.agreements[0].status, "proposed");
  FactDoc u("UK applies to join CPTPP",
            "LONDON - The United Kingdom formally applied to join the CPTPP on Monday.", {2021, 2, 1});
  u.country("GB", "United Kingdom").bloc("CPTPP", "CPTPP");
  u.date("Monday", "2021-02-01");
  u.run(extract::make_agreements_stage);
  ASSERT_EQ(u.x.agreements.size(), 1u);
  EXPECT_EQ(u.x.agreements[0].parties, (V{"CPTPP", "GB"}));
  EXPECT_EQ(u.x.agreements[0].status, "proposed");
  FactDoc c("Chile's Senate approves CPTPP",
            "SANTIAGO - Chile's Senate approved the CPTPP on Tuesday.", {2022, 10, 12});
  c.country("CL", "Chile's").bloc("CPTPP", "CPTPP");
  c.date("Tuesday", "2022-10-11");
  c.run(extract::make_agreements_stage);
  ASSERT_EQ(c.x.agreements.size(), 1u);
  EXPECT_EQ(c.x.agreements[0].parties, (V{"CL", "CPTPP"}));
  EXPECT_EQ(c.x.agreements[0].status, "ratified");
  // A parliament's consent ratifies too, before an entry into force told ahead.
  FactDoc e("European Parliament backs EU-New Zealand trade deal",
            "The European Parliament gave its consent to the EU-New Zealand Free Trade Agreement on Wednesday. "
            "The agreement is expected to enter into force next year.",
            {2023, 11, 22});
  e.bloc("EU", "EU").country("NZ", "New Zealand");
  e.date("Wednesday", "2023-11-22");
  e.run(extract::make_agreements_stage);
  ASSERT_EQ(e.x.agreements.size(), 1u);
  EXPECT_EQ(e.x.agreements[0].status, "ratified");
}

// A sentence about an agreement standing in force (its joint committee, a joint review of it) tells
// its status but does not date it: the day is the occasion's. Its entry into force is dated.
TEST(Agreements, AStandingAgreementIsNotDatedByItsJointCommittee) {
  auto dated = [](const std::string& body) {
    FactDoc d("Korea and Chile meet", body, {2025, 6, 10});
    d.country("KR", "Korea").country("CL", "Chile");
    d.date("Monday", "2025-06-09");
    d.run(extract::make_agreements_stage);
    EXPECT_EQ(d.x.agreements.size(), 1u) << body;
    return d.x.agreements.empty() ? std::string("none") : d.x.agreements[0].status + "@" + d.x.agreements[0].date;
  };
  EXPECT_EQ(dated("SEOUL - Korea and Chile held the Korea-Chile FTA Joint Committee in Seoul on Monday."), "in_force@");
  EXPECT_EQ(dated("SEOUL - Korea and Chile held a joint review of the Korea-Chile FTA in Seoul on Monday."), "in_force@");
  EXPECT_EQ(dated("SEOUL - The Korea-Chile FTA entered into force on Monday."), "in_force@2025-06-09");
}

// A country that joins a bloc's agreement is a party beside the bloc ("who joins what"), whether the
// accession word leads into the name or a relative clause follows it; a country merely named in a
// sentence about the bloc's agreement is none.
TEST(Agreements, AccedingCountryIsAPartyBesideTheBloc) {
  FactDoc d("UK signs treaty to join CPTPP",
            "AUCKLAND - Britain signed a treaty on Sunday to join the Comprehensive and Progressive Agreement for "
            "Trans-Pacific Partnership (CPTPP), becoming the first new member since the bloc was formed.",
            {2023, 7, 16});
  d.country("GB", "Britain").bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  d.date("Sunday", "2023-07-16");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CPTPP", "GB"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  FactDoc r("Japan, Britain meet",
            "TOKYO - The ministers also discussed the Comprehensive and Progressive Agreement for Trans-Pacific "
            "Partnership (CPTPP), which Britain joined last month.",
            {2025, 1, 10});
  r.country("GB", "Britain").bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  r.run(extract::make_agreements_stage);
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (V{"CPTPP", "GB"}));
  FactDoc n("Japan hosts CPTPP meeting",
            "TOKYO - Japan signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) "
            "in 2018 and will host a meeting to discuss new members on Sunday.",
            {2025, 1, 10});
  n.country("JP", "Japan").bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"CPTPP"}));
}

// "PH-EFTA FTA": a name that joins the bloc by a dash to a side the text does not resolve is the
// bloc's agreement the release already has, not the bloc's own; a bloc's own agreement named
// without such a side ("ASEAN Free Trade Area") stays one of its own.
TEST(Agreements, HalfResolvedNameIsTheBlocsEarlierAgreement) {
  FactDoc d("Philippines deposits ratification of FTA with EFTA",
            "MANILA - The Philippines deposited its instrument of ratification of the Free Trade Agreement between "
            "the Philippines and EFTA on Thursday. The PH-EFTA FTA shall enter into force on 1 July 2018.",
            {2018, 3, 23});
  d.country("PH", "Philippines").country("PH", "Philippines", 1).bloc("EFTA", "EFTA").bloc("EFTA", "EFTA", 1);
  d.date("Thursday", "2018-03-22").date("1 July 2018", "2018-07-01");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EFTA", "PH"}));
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  FactDoc n("ASEAN and Australia sign FTA",
            "JAKARTA - Ministers signed the Free Trade Agreement between ASEAN and Australia on Thursday. The ASEAN "
            "Free Trade Area entered into force in 1993.",
            {2009, 2, 27});
  n.bloc("ASEAN", "ASEAN").country("AU", "Australia").bloc("ASEAN", "ASEAN", 1);
  n.date("Thursday", "2009-02-26").date("1993", "1993");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 2u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"ASEAN", "AU"}));
  EXPECT_EQ(n.x.agreements[1].parties, (V{"ASEAN"}));
}

// "signed the Second Protocol to Amend the Agreement Establishing the … Free Trade Area": the
// agreement the protocol amends is upgraded by the signing; the agreement itself signed is signed,
// and a protocol only discussed states no step.
TEST(Agreements, AmendingProtocolUpgradesTheAgreement) {
  const std::string name = "Agreement Establishing the ASEAN-Australia-New Zealand Free Trade Area";
  auto run = [&](const std::string& verb, const std::string& what) {
    FactDoc d("ASEAN, Australia and New Zealand ministers meet",
              "SEMARANG - Economic ministers of ASEAN, Australia and New Zealand " + verb + " the " + what + name +
                  " on Monday.",
              {2023, 8, 22});
    d.bloc("ASEAN", "ASEAN").country("AU", "Australia").country("NZ", "New Zealand");
    d.bloc("ASEAN", "ASEAN", 1).country("AU", "Australia", 1).country("NZ", "New Zealand", 1);
    d.date("Monday", "2023-08-21");
    d.run(extract::make_agreements_stage);
    return d.x.agreements;
  };
  auto up = run("signed", "Second Protocol to Amend the ");
  ASSERT_EQ(up.size(), 1u);
  EXPECT_EQ(up[0].kind, "fta");
  EXPECT_EQ(up[0].parties, (V{"ASEAN", "AU", "NZ"}));
  EXPECT_EQ(up[0].status, "upgrade_concluded");
  EXPECT_EQ(up[0].date, "2023-08-21");
  auto signed_ = run("signed", "");
  ASSERT_EQ(signed_.size(), 1u);
  EXPECT_EQ(signed_[0].status, "signed");
  EXPECT_TRUE(run("discussed", "Second Protocol to Amend the ").empty());
}


// "concluded consultations on the FTA", "concluded the meeting of the FTA Joint Committee": a meeting
// ended, not the talks of the agreement; "concluded negotiations on" still concludes it.
TEST(Agreements, ConcludingAMeetingConcludesNoAgreement) {
  for (const bool talks : {false, true}) {
    FactDoc d("Australia and Korea review FTA",
              std::string("The two sides concluded ") + (talks ? "negotiations" : "consultations") +
                  " on the Korea-Australia Free Trade Agreement in Seoul.",
              {2025, 4, 2});
    d.country("KR", "Korea").country("AU", "Australia");
    d.run(extract::make_agreements_stage);
    for (const auto& a : d.x.agreements) EXPECT_EQ(a.status == "concluded", talks) << a.status;
    if (talks) {
      ASSERT_EQ(d.x.agreements.size(), 1u);
    }
  }
}
// "Trade Agreement" ending a longer capitalized name needs no parties in it: the signers are; a
// common "trade agreement" still needs them in its name, or a pair that signs it as the
// sentence's subject ("The UK and India signed a trade agreement"), which makes it an agreement of
// theirs whose kind no words name.
TEST(Agreements, CapitalizedTradeAgreementNameNeedsNoPartiesInIt) {
  auto run = [](const std::string& body) {
    FactDoc d("UK and India sign trade deal", body, {2025, 7, 24});
    d.country("GB", "UK").country("IN", "India").date("Thursday", "2025-07-24");
    d.run(extract::make_agreements_stage);
    return d.x.agreements;
  };
  auto named = run("The UK and India signed the Comprehensive Economic and Trade Agreement (CETA) on Thursday.");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].kind, "fta");
  EXPECT_EQ(named[0].parties, (V{"GB", "IN"}));
  EXPECT_EQ(named[0].status, "signed");
  auto common = run("The UK and India signed a trade agreement on Thursday.");
  ASSERT_EQ(common.size(), 1u);
  EXPECT_EQ(common[0].kind, "agreement");
  EXPECT_EQ(common[0].parties, (V{"GB", "IN"}));
  EXPECT_EQ(common[0].status, "signed");
  EXPECT_EQ(common[0].date, "2025-07-24");
  EXPECT_TRUE(run("The UK and India signed it on Thursday. Trade Agreement texts are public.").empty());
  EXPECT_TRUE(run("The UK and India want a trade agreement, officials said on Thursday.").empty());
  EXPECT_TRUE(run("The UK signed a trade agreement on Thursday, India said.").empty());
  for (const auto& a : run("The UK and India signed a trade agreement with Japan on Thursday."))
    EXPECT_NE(a.parties, (V{"GB", "IN"}));
}

}  // namespace
// A digital trade or digital economy agreement is an agreement, no free trade agreement; the FTA
// the same sentence names stays one.
TEST(Agreements, DigitalTradeAgreementIsNoFta) {
  FactDoc d("EU and Singapore sign digital trade agreement",
            "Minister Gan Kim Yong and Commissioner Sefcovic signed the EU-Singapore Digital Trade Agreement in "
            "Singapore on 7 May 2025, while the EU-Singapore Free Trade Agreement remains in force.",
            {2025, 5, 7});
  d.bloc("EU", "EU").bloc("EU", "EU", 1).country("SG", "Singapore").country("SG", "Singapore", 1)
      .country("SG", "Singapore", 2);
  d.date("7 May 2025", "2025-05-07");
  d.run(extract::make_agreements_stage);
  bool digital = false, fta = false;
  for (const auto& a : d.x.agreements) {
    if (a.name.find("Digital") != std::string::npos) {
      digital = true;
      EXPECT_EQ(a.kind, "agreement");
    } else if (a.name.find("Free Trade") != std::string::npos) {
      fta = true;
      EXPECT_EQ(a.kind, "fta");
    }
  }
  EXPECT_TRUE(digital);
  EXPECT_TRUE(fta);
}

// "concluded an Agreement on Reciprocal Trade": the noun that takes its "on" along is named by the
// capitalized words after it. One "under" which something is done is background, no step told.
TEST(Agreements, AgreementOnANamedSubject) {
  FactDoc d("US and Japan",
            "WASHINGTON - The United States and Japan concluded an Agreement on Reciprocal Trade on Tuesday. Members "
            "use flexibilities under the Agreement on Trade-Related Aspects of Intellectual Property Rights.",
            {2025, 7, 24});
  d.country("US", "United States").country("JP", "Japan");
  d.date("Tuesday", "2025-07-22");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].name, "Agreement on Reciprocal Trade");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"JP", "US"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
}

// "… at the Fourth Korea-Chile FTA Joint Committee held in Seoul, and agreed to hold the next joint
// committee in 2026": the year of the next meeting does not date the agreement's step; a date with
// no "next" between still does.
TEST(Agreements, TheNextMeetingsDateDoesNotDateTheAgreement) {
  for (const bool next : {true, false}) {
    FactDoc d("Korea and Chile hold FTA Joint Committee",
              std::string("The ministry held talks with Chile at the Korea-Chile FTA Joint Committee in Seoul, and ") +
                  (next ? "agreed to hold the next joint committee in 2026." : "agreed to implement it fully in 2026."),
              {2024, 10, 13});
    d.country("KR", "Korea").country("CL", "Chile").country("CL", "Chile", 1);
    d.date("2026", "2026");
    d.run(extract::make_agreements_stage);
    ASSERT_FALSE(d.x.agreements.empty()) << next;
    EXPECT_EQ(d.x.agreements[0].date, next ? "" : "2026") << next;
  }
}

}  // namespace tw

namespace tw {
namespace {

// "The EU–Mercosur deal was signed", "the Mercosur-European Union agreement": a common noun after
// two parties joined by a dash is named by them; one party, or two not joined so, name none.
TEST(Agreements, CommonNounNamedByTwoPartiesJoinedByADash) {
  FactDoc d("EU and Mercosur sign deal",
            "The EU\xE2\x80\x93Mercosur deal was signed on Saturday. The Brazil agreement was signed too. Brazil "
            "and Mexico signed an agreement.",
            {2025, 12, 20});
  d.bloc("EU", "EU").bloc("MERCOSUR", "Mercosur").country("BR", "Brazil").country("BR", "Brazil", 1);
  d.country("MX", "Mexico");
  d.date("Saturday", "2025-12-20");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].name, "EU\xE2\x80\x93Mercosur deal");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EU", "MERCOSUR"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "the conclusion, on July 2, in Buenos Aires, of the negotiations of the Free Trade Agreement": a
// date and place set off by commas between the conclusion and the talks leave them concluded;
// "the conclusion of the first round" does not conclude the talks.
TEST(Agreements, ConclusionOfTheTalksAcrossAnAside) {
  for (const bool aside : {true, false}) {
    const std::string body =
        std::string("Brazil welcomes the conclusion, on July 2, in Buenos Aires, of the ") +
        (aside ? "negotiations" : "first round of negotiations") + " of the Free Trade Agreement between Mercosur and EFTA.";
    FactDoc d("Mercosur and EFTA", body, {2025, 7, 3});
    d.country("BR", "Brazil").bloc("MERCOSUR", "Mercosur").bloc("EFTA", "EFTA");
    d.date("July 2", "2025-07-02");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << aside;
    EXPECT_EQ(d.x.agreements[0].status, aside ? "concluded" : "negotiating") << aside;
  }
}

// "… said on Friday, after a free trade agreement with the bloc took effect in January": the date
// the status word leads into dates the step, not the saying nearer the name.
TEST(Agreements, DateTheStatusWordLeadsIntoDatesTheStep) {
  FactDoc d("Exports to EU rise",
            "HANOI - Vietnam's exports to the European Union rose 12 percent in the first quarter, the trade ministry said on "
            "Friday, after a free trade agreement with the bloc took effect in January.",
            {2026, 5, 22});
  d.country("VN", "Vietnam").bloc("EU", "European Union");
  d.date("Friday", "2026-05-22").date("January", "2026-01");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
  EXPECT_EQ(d.x.agreements[0].date, "2026-01");
}

// "South Korea formally joined the Digital Economy Partnership Agreement on Tuesday": a pact the
// country joins by name is one it ratifies, with the joiner a party; one only discussed is none.
TEST(Agreements, JoiningAPactMakesTheJoinerAParty) {
  FactDoc d("Korea joins pact",
            "SEOUL - South Korea formally joined the Digital Economy Partnership Agreement on Tuesday.",
            {2026, 5, 6});
  d.country("KR", "Korea", 0, true).country("KR", "South Korea").date("Tuesday", "2026-05-05");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"KR"}));
  EXPECT_EQ(d.x.agreements[0].date, "2026-05-05");

  FactDoc n("Korea studies pact", "SEOUL - South Korea studied the Digital Economy Partnership Agreement on Tuesday.",
            {2026, 5, 6});
  n.country("KR", "Korea", 0, true).country("KR", "South Korea").date("Tuesday", "2026-05-05");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

// "the Digital Economy Partnership Agreement (DEPA), a pact signed by Chile, New Zealand and
// Singapore in 2020": those a signing right after the name lists are its parties, beside one that
// joins it; the year of that signing does not date the joining.
TEST(Agreements, SignersListedAfterTheNameAreParties) {
  FactDoc d("Costa Rica joins DEPA",
            "SAN JOSE - Costa Rica formally joined the Digital Economy Partnership Agreement (DEPA), a pact signed by "
            "Chile, New Zealand and Singapore in 2020, on Wednesday.",
            {2026, 5, 14});
  d.country("CR", "Costa Rica", 0, true).country("CR", "Costa Rica").country("CL", "Chile")
      .country("NZ", "New Zealand").country("SG", "Singapore");
  d.date("2020", "2020").date("Wednesday", "2026-05-13");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "CR", "NZ", "SG"}));
  EXPECT_EQ(d.x.agreements[0].date, "2026-05-13");

  FactDoc s("DEPA signed",
            "WELLINGTON - The Digital Economy Partnership Agreement was signed by Chile, New Zealand and Singapore on "
            "Friday.",
            {2020, 6, 12});
  s.country("CL", "Chile").country("NZ", "New Zealand").country("SG", "Singapore").date("Friday", "2020-06-12");
  s.run(extract::make_agreements_stage);
  ASSERT_EQ(s.x.agreements.size(), 1u);
  EXPECT_EQ(s.x.agreements[0].parties, (V{"CL", "NZ", "SG"}));
  EXPECT_EQ(s.x.agreements[0].status, "signed");
}

// "signed the protocol for Costa Rica's accession to the Digital Economy Partnership Agreement":
// a protocol for a country's accession signs the pact it joins, with the joiner and the signers
// before it as parties.
TEST(Agreements, ProtocolForAnAccessionSignsThePact) {
  FactDoc d("Accession signed",
            "SANTIAGO - Chile and Singapore signed on Thursday the protocol for Costa Rica's accession to the Digital "
            "Economy Partnership Agreement.",
            {2026, 3, 7});
  d.country("CL", "Chile").country("SG", "Singapore").country("CR", "Costa Rica").date("Thursday", "2026-03-05");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "CR", "SG"}));
}

// "signed on Friday the modernization of their Free Trade Agreement, in force since 2004": the
// entry into force an aside after the name recalls is background; the signing of the upgrade is
// the step.
TEST(Agreements, InForceAsideYieldsToTheClauseStep) {
  FactDoc d("Chile and Korea sign modernized FTA",
            "SANTIAGO - Chile and South Korea signed on Friday the modernization of their Free Trade Agreement, in "
            "force since 2004, at a ceremony in Seoul.",
            {2026, 3, 17});
  d.country("CL", "Chile").country("KR", "Korea", 0, true).country("KR", "South Korea");
  d.date("Friday", "2026-03-13").date("2004", "2004");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "upgrade_concluded");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "KR"}));
  EXPECT_EQ(d.x.agreements[0].date, "2026-03-13");

  // Another agreement named between the verb and the name takes the verb's step.
  FactDoc o("Korea and the UK upgrade FTA",
            "Korea and the UK first concluded the Korea-UK FTA in 2021, on terms identical to the Korea-EU FTA, which "
            "entered into force in 2011.",
            {2025, 12, 15});
  o.country("KR", "Korea").country("GB", "UK").country("KR", "Korea", 1).country("GB", "UK", 1)
      .country("KR", "Korea", 2).bloc("EU", "EU");
  o.date("2021", "2021").date("2011", "2011");
  o.run(extract::make_agreements_stage);
  bool eu = false;
  for (const auto& a : o.x.agreements)
    if (a.parties == V{"EU", "KR"}) {
      eu = true;
      EXPECT_EQ(a.status, "in_force");
      EXPECT_EQ(a.date, "2011");
    }
  EXPECT_TRUE(eu);
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "confirming the conclusion of the Korea–Malaysia Free Trade Agreement negotiations": the
// agreement's name between the conclusion and its talks leaves them concluded (an upgrade's talks,
// the upgrade concluded); a conclusion still worked toward, or of a first round, does not.
TEST(Agreements, ConclusionOfTheTalksAroundTheName) {
  struct Case {
    const char* body;
    const char* status;
  } cases[] = {
      {"The ministers confirmed the conclusion of the Korea\xE2\x80\x93Malaysia Free Trade Agreement negotiations.",
       "concluded"},
      {"The ministers confirmed the conclusion of the Korea\xE2\x80\x93Malaysia Free Trade Agreement (FTA) upgrade "
       "negotiations.",
       "upgrade_concluded"},
      {"The ministers agreed to work toward the conclusion of the Korea\xE2\x80\x93Malaysia Free Trade Agreement "
       "negotiations.",
       "negotiating"},
      {"The ministers marked the conclusion of the first round of the Korea\xE2\x80\x93Malaysia Free Trade Agreement "
       "negotiations.",
       "negotiating"},
  };
  for (const auto& c : cases) {
    FactDoc d("Korea and Malaysia", c.body, {2025, 10, 1});
    d.country("KR", "Korea").country("MY", "Malaysia");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << c.body;
    EXPECT_EQ(d.x.agreements[0].status, c.status) << c.body;
  }
}

// "will issue the Seoul Statement", "the ministers adopted the Joint Declaration": a declaration made;
// "the Council decided to adopt the Interim Trade Agreement between the EU and Chile": its text agreed.
TEST(Agreements, TextIssuedOrAdopted) {
  FactDoc d("Summit", "ISO, IEC and ITU will issue the Seoul Statement on Artificial Intelligence.", {2025, 12, 1});
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "declaration");
  EXPECT_EQ(d.x.agreements[0].status, "signed");

  FactDoc a("EU and Chile", "The Council decided to adopt the Interim Trade Agreement between the EU and Chile.",
            {2023, 11, 13});
  a.bloc("EU", "EU").country("CL", "Chile");
  a.run(extract::make_agreements_stage);
  ASSERT_EQ(a.x.agreements.size(), 1u);
  EXPECT_EQ(a.x.agreements[0].status, "concluded");

  // "issues" is a noun as often as a verb: no status.
  FactDoc n("Talks", "The ministers discussed issues related to the Seoul Statement on Artificial Intelligence.",
            {2025, 12, 1});
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

// "reached an agreement in principle on the Japan-Bangladesh Economic Partnership Agreement": the
// cue's own "agreement" is no other pact standing nearer to it.
TEST(Agreements, AgreementInPrincipleOnAPact) {
  FactDoc d("Japan and Bangladesh",
            "Japan and Bangladesh have reached an agreement in principle on the Japan-Bangladesh Economic "
            "Partnership Agreement.",
            {2025, 11, 26});
  d.country("JP", "Japan").country("BD", "Bangladesh").country("JP", "Japan", 1).country("BD", "Bangladesh", 1);
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "epa");
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
}

// "South Korea's strategic economic cooperation agreement (SECA) with Ecuador took effect": lower-case
// words the acronym after them spells name the pact; an acronym they do not spell names nothing.
TEST(Agreements, LowerCaseNameSpelledByItsAcronym) {
  FactDoc d("Korea and Ecuador",
            "South Korea's strategic economic cooperation agreement (SECA) with Ecuador took effect on Thursday.",
            {2025, 9, 18});
  d.country("KR", "South Korea").country("EC", "Ecuador").date("Thursday", "2025-09-18");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].name, "strategic economic cooperation agreement (SECA)");
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EC", "KR"}));

  FactDoc n("Korea and Ecuador",
            "South Korea's economic cooperation agreement (WTO) with Ecuador took effect on Thursday.", {2025, 9, 18});
  n.country("KR", "South Korea").country("EC", "Ecuador").date("Thursday", "2025-09-18");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

// "between Peru and Hong Kong, China": a comma inside a party's name does not end the list.
TEST(Agreements, CommaInsideAPartysName) {
  FactDoc d("FTA enters into force",
            "The Free Trade Agreement between Peru and Hong Kong, China entered into force today.", {2025, 7, 1});
  d.country("PE", "Peru").country("HK", "Hong Kong, China");
  d.date("today", "2025-07-01");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"HK", "PE"}));
}

// "The AfCFTA Secretariat welcomed the ratification of the Agreement Establishing the African
// Continental Free Trade Area": the secretariat is the body that serves the agreement, not a second
// mention of it; the short name alone still names the agreement.
TEST(Agreements, AnAgreementsSecretariatIsNoMentionOfIt) {
  FactDoc d("Ghana ratifies",
            "ACCRA - The AfCFTA Secretariat welcomed the ratification by Ghana. The Secretariat welcomed the "
            "deposit of the instrument of ratification of the Agreement Establishing the African Continental "
            "Free Trade Area by Ghana on Monday.",
            {2025, 3, 11});
  d.country("GH", "Ghana").country("GH", "Ghana", 1);
  d.date("Monday", "2025-03-10");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].name, "African Continental Free Trade Area");
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  FactDoc n("Ghana ratifies", "ACCRA - Ghana ratified the AfCFTA on Monday.", {2025, 3, 11});
  n.country("GH", "Ghana");
  n.date("Monday", "2025-03-10");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].name, "AfCFTA");
  EXPECT_EQ(n.x.agreements[0].status, "ratified");
}

// "the Agreement on Trade in Essential Supplies": after "Trade", "in" joins the name's words as it
// does leftward in "ASEAN Trade in Goods Agreement"; after another word it leads to a place.
TEST(Agreements, TradeInJoinsTheNamesWords) {
  FactDoc d("Singapore and New Zealand sign",
            "Singapore and New Zealand today signed the Agreement on Trade in Essential Supplies in Singapore.",
            {2025, 6, 17});
  d.country("SG", "Singapore").country("NZ", "New Zealand").country("SG", "Singapore", 1);
  d.date("today", "2025-06-17");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].name, "Agreement on Trade in Essential Supplies");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"NZ", "SG"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  FactDoc n("Singapore and New Zealand sign",
            "Singapore and New Zealand today signed the Agreement on Investment in Singapore.", {2025, 6, 17});
  n.country("SG", "Singapore").country("NZ", "New Zealand").country("SG", "Singapore", 1);
  n.date("today", "2025-06-17");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].name, "Agreement on Investment");
}

// "concluded the first review of the … Digital Economy Agreement": a review that ended is a
// meeting's end, not the conclusion of the agreement's talks; an agreement under review is in
// force. "concluded the … Agreement" concludes it.
TEST(Agreements, ConcludingANumberedReviewConcludesNoAgreement) {
  for (const bool review : {true, false}) {
    const std::string body = std::string("CANBERRA - Australia and Singapore concluded ") +
                             (review ? "the first general review of " : "") +
                             "the Singapore-Australia Digital Economy Agreement on Thursday.";
    FactDoc d("Australia and Singapore", body, {2025, 11, 7});
    d.country("AU", "Australia").country("SG", "Singapore").country("SG", "Singapore", 1).country("AU", "Australia", 1);
    d.date("Thursday", "2025-11-06");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << review;
    EXPECT_EQ(d.x.agreements[0].status, review ? "in_force" : "concluded") << review;
  }
}

// A bloc's agreement known by the bloc's short name takes the country that joins it as a party
// ("Costa Rica's accession to the CPTPP"); "CPTPP members" are the bloc's members, no mention that
// takes the status word; being "partners under the CPTPP" states no step of it.
TEST(Agreements, AccessionToAnAgreementKnownByTheBlocsShortName) {
  FactDoc d("Costa Rica joins",
            "MELBOURNE - CPTPP members announced the conclusion of Costa Rica's accession to the CPTPP at the "
            "Commission meeting on Friday.",
            {2025, 11, 22});
  d.bloc("CPTPP", "CPTPP").country("CR", "Costa Rica").bloc("CPTPP", "CPTPP", 1);
  d.date("Friday", "2025-11-21");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CPTPP", "CR"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
  EXPECT_EQ(d.x.agreements[0].date, "2025-11-21");
  FactDoc n("Canada and Singapore",
            "OTTAWA - Canada and Singapore will keep working together, as partners under the CPTPP, on Monday.",
            {2024, 5, 7});
  n.country("CA", "Canada").country("SG", "Singapore").bloc("CPTPP", "CPTPP");
  n.date("Monday", "2024-05-06");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty()) << n.x.agreements.front().name;
}

// "ratified the Digital Economy Partnership Agreement (DEPA) with Chile and Singapore": a noun of
// several words, each capitalized, is a name by itself; the same words in lower case are a common
// noun that needs its parties in the name.
TEST(Agreements, CapitalizedNounOfSeveralWordsIsAName) {
  for (const bool capital : {true, false}) {
    const std::string body = std::string("WELLINGTON - New Zealand ratified the ") +
                             (capital ? "Digital Economy Partnership Agreement" : "digital economy partnership agreement") +
                             " with Chile and Singapore on Monday.";
    FactDoc d("New Zealand ratifies", body, {2025, 3, 4});
    d.country("NZ", "New Zealand").country("CL", "Chile").country("SG", "Singapore");
    d.date("Monday", "2025-03-03");
    d.run(extract::make_agreements_stage);
    if (!capital) {
      EXPECT_TRUE(d.x.agreements.empty());
      continue;
    }
    ASSERT_EQ(d.x.agreements.size(), 1u);
    EXPECT_EQ(d.x.agreements[0].name, "Digital Economy Partnership Agreement");
    EXPECT_EQ(d.x.agreements[0].kind, "agreement");
    EXPECT_EQ(d.x.agreements[0].status, "ratified");
    EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "NZ", "SG"}));
  }
}

// "The Trade Agreement between the EFTA States and Armenia was ratified by the Swiss Parliament": a
// trade agreement whose parties are named right after it is named by them as by a dashed pair; the
// list ends where the clause's verb begins. A trade agreement with only one party named is none.
TEST(Agreements, TradeAgreementNamedByThePartiesAfterIt) {
  FactDoc d("Parliament ratifies trade deal",
            "BERN - The Trade Agreement between the EFTA States and Armenia was ratified by the Swiss Parliament "
            "on Friday.",
            {2025, 6, 21});
  d.bloc("EFTA", "EFTA").country("AM", "Armenia").country("CH", "Swiss");
  d.date("Friday", "2025-06-20");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AM", "EFTA"}));
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  FactDoc n("Parliament ratifies trade deal",
            "BERN - A trade agreement between the two sides was ratified by the Armenian Parliament on Friday.",
            {2025, 6, 21});
  n.country("AM", "Armenian");
  n.date("Friday", "2025-06-20");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty()) << n.x.agreements.front().name;
}

// "the Agreement between Japan and the Republic of Indonesia for an Economic Partnership": the
// kind comes after the parties, and the name runs from "Agreement between" on; a partnership
// "for" something else is no economic partnership agreement.
TEST(Agreements, EconomicPartnershipNamedAfterItsParties) {
  FactDoc d("Japan and Indonesia",
            "TOKYO - The Agreement between Japan and the Republic of Indonesia for an Economic Partnership entered "
            "into force on Monday.",
            {2008, 7, 2});
  d.country("JP", "Japan").country("ID", "Republic of Indonesia");
  d.date("Monday", "2008-07-01");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "epa");
  EXPECT_EQ(d.x.agreements[0].name, "Agreement between Japan and the Republic of Indonesia for an Economic Partnership");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"ID", "JP"}));
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
  FactDoc n("Japan and Indonesia",
            "TOKYO - Japan and Indonesia launched the Partnership for Green Growth on Monday.", {2008, 7, 2});
  n.country("JP", "Japan").country("ID", "Indonesia");
  n.date("Monday", "2008-07-01");
  n.run(extract::make_agreements_stage);
  for (const auto& a : n.x.agreements) EXPECT_NE(a.kind, "epa");
}

// "Singapore and Chile launched negotiations on a Digital Economy Agreement": two governments joined
// as the subject are the parties of an agreement as of an MOU, whoever reports it; three are no
// pair.
TEST(Agreements, SubjectPairIsThePartiesOfAnAgreement) {
  FactDoc d("Singapore and Chile launch digital economy talks",
            "Singapore and Chile launched negotiations on a Digital Economy Agreement on Tuesday, the ministry said.",
            {2025, 4, 9});
  d.country("SG", "Singapore", 0, true).country("CL", "Chile", 0, true);
  d.country("SG", "Singapore").country("CL", "Chile");
  d.date("Tuesday", "2025-04-08");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "SG"}));
  EXPECT_EQ(d.x.agreements[0].status, "launched");
  FactDoc n("Digital talks",
            "Singapore, Peru and Chile launched negotiations on a Digital Economy Agreement on Tuesday.",
            {2025, 4, 9});
  n.country("SG", "Singapore").country("PE", "Peru").country("CL", "Chile");
  n.date("Tuesday", "2025-04-08");
  n.run(extract::make_agreements_stage);
  for (const auto& a : n.x.agreements) EXPECT_NE(a.parties, (V{"CL", "SG"}));
}

// "India and Britain signed a free trade pact": the wire's pact or deal of free trade is a free
// trade agreement; a "trade pact" alone names no kind of its own.
TEST(Agreements, FreeTradePactIsAnFta) {
  for (const bool free : {true, false}) {
    const std::string body = std::string("LONDON - India and Britain signed a ") + (free ? "free " : "") +
                             "trade pact on Thursday.";
    FactDoc d("India, UK seal trade pact", body, {2025, 7, 25});
    d.country("IN", "India").country("GB", "Britain");
    d.date("Thursday", "2025-07-24");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u);
    EXPECT_EQ(d.x.agreements[0].kind, free ? "fta" : "agreement");
    EXPECT_EQ(d.x.agreements[0].parties, (V{"GB", "IN"}));
    EXPECT_EQ(d.x.agreements[0].status, "signed");
  }
}

// "a comprehensive Economic Partnership Agreement (EPA)": the short name after it tells the kind
// when the longer kind was read from words not all capitalized; a capitalized "Comprehensive
// Economic Partnership Agreement (EPA)" keeps its own.
TEST(Agreements, ShortNameTellsTheKindOfALowercaseLead) {
  for (const bool lower : {true, false}) {
    const std::string body = std::string("GENEVA - Malaysia and Switzerland signed a ") +
                             (lower ? "comprehensive" : "Comprehensive") +
                             " Economic Partnership Agreement (EPA) on Monday.";
    FactDoc d("Malaysia and Switzerland sign", body, {2025, 6, 24});
    d.country("MY", "Malaysia").country("CH", "Switzerland");
    d.date("Monday", "2025-06-23");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << lower;
    EXPECT_EQ(d.x.agreements[0].kind, lower ? "epa" : "cepa") << lower;
    EXPECT_EQ(d.x.agreements[0].parties, (V{"CH", "MY"}));
  }
}

// "agreed to start negotiations to upgrade the bilateral trade agreement": a bilateral trade
// agreement is the two governments' own, named by the word; a plain "trade agreement" is not.
TEST(Agreements, BilateralTradeAgreementIsTheTwoGovernments) {
  for (const bool bilateral : {true, false}) {
    const std::string body = std::string("HANOI - Vietnam and Cambodia agreed to start negotiations to upgrade the ") +
                             (bilateral ? "bilateral " : "") + "trade agreement on Friday.";
    FactDoc d("Vietnam, Cambodia agree to upgrade trade agreement", body, {2025, 3, 15});
    d.country("VN", "Vietnam").country("KH", "Cambodia");
    d.date("Friday", "2025-03-14");
    d.run(extract::make_agreements_stage);
    if (!bilateral) {
      EXPECT_TRUE(d.x.agreements.empty());
      continue;
    }
    ASSERT_EQ(d.x.agreements.size(), 1u);
    EXPECT_EQ(d.x.agreements[0].kind, "fta");
    EXPECT_EQ(d.x.agreements[0].parties, (V{"KH", "VN"}));
    EXPECT_EQ(d.x.agreements[0].status, "upgrade_negotiating");
  }
}

// "Japan and the Philippines signed a pact on Tuesday", "Britain signed a trade deal with India": a
// common pact or deal signed between governments named as its sides is an agreement of theirs; one
// only discussed, one with a firm, or one that restates a named agreement is none.
TEST(Agreements, SignedPactBetweenNamedGovernments) {
  FactDoc d("Japan, Philippines sign pact to boost trade",
            "MANILA - Japan and the Philippines signed a pact on Tuesday to boost trade and investment.",
            {2025, 11, 4});
  d.country("JP", "Japan", 0, true).country("PH", "Philippines", 0, true);
  d.country("JP", "Japan").country("PH", "Philippines");
  d.date("Tuesday", "2025-11-04");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "agreement");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"JP", "PH"}));
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[0].date, "2025-11-04");

  FactDoc w("UK signs trade deal", "LONDON - Britain signed a trade deal with India on Thursday.", {2025, 7, 25});
  w.country("GB", "Britain").country("IN", "India");
  w.run(extract::make_agreements_stage);
  ASSERT_EQ(w.x.agreements.size(), 1u);
  EXPECT_EQ(w.x.agreements[0].parties, (V{"GB", "IN"}));

  for (const std::string body : {"TOKYO - Japan and the Philippines discussed a pact on Tuesday.",
                                 "TOKYO - Toyota signed a deal with China's CATL on Tuesday, Japan said.",
                                 "TOKYO - Toyota signed a deal on Tuesday, Japan said."}) {
    FactDoc n("Pact", body, {2025, 11, 4});
    for (const auto& [code, name] : {std::pair<std::string, std::string>{"JP", "Japan"}, {"PH", "Philippines"},
                                     {"CN", "China"}})
      if (body.find(name) != std::string::npos) n.country(code, name);
    n.run(extract::make_agreements_stage);
    EXPECT_TRUE(n.x.agreements.empty()) << body;
  }

  FactDoc k("Kenya and EU sign Economic Partnership Agreement",
            "NAIROBI - Kenya and the European Union signed an Economic Partnership Agreement on Monday. The deal, "
            "signed in Nairobi, is the most ambitious EU trade deal with an African country.",
            {2023, 12, 18});
  k.country("KE", "Kenya").bloc("EU", "European Union").bloc("EU", "EU");
  k.run(extract::make_agreements_stage);
  ASSERT_EQ(k.x.agreements.size(), 1u);
  EXPECT_EQ(k.x.agreements[0].kind, "epa");
}

// "signed the modernised EU-Chile Advanced Framework Agreement": a modernised agreement signed is an
// upgrade concluded; an agreement only signed is signed.
TEST(Agreements, ModernisedAgreementSignedIsAnUpgrade) {
  for (const char* adj : {"modernised ", "modernized ", ""}) {
    FactDoc d("EU and Chile sign agreement",
              std::string("BRUSSELS - The European Union and Chile on Wednesday signed the ") + adj +
                  "EU-Chile Advanced Framework Agreement.",
              {2023, 12, 13});
    d.bloc("EU", "European Union").bloc("EU", "EU").country("CL", "Chile").country("CL", "Chile", 1);
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << adj;
    EXPECT_EQ(d.x.agreements[0].status, *adj ? "upgrade_concluded" : "signed") << adj;
    EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "EU"}));
  }
}

// "signed the accession protocol to join the Digital Economy Partnership Agreement (DEPA)": the
// agreement joined takes the protocol's signing, with the joiner among its parties; a protocol of
// another agreement signed beside it does not sign it.
TEST(Agreements, AccessionProtocolSignsTheAgreementJoined) {
  FactDoc d("Costa Rica signs accession protocol to DEPA",
            "SINGAPORE - Costa Rica's Minister of Foreign Trade Manuel Tovar signed the accession protocol to join "
            "the Digital Economy Partnership Agreement (DEPA) on Wednesday, the Ministry of Trade and Industry said.",
            {2025, 10, 22});
  d.country("CR", "Costa Rica");
  d.date("Wednesday", "2025-10-22");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "signed");
  EXPECT_EQ(d.x.agreements[0].name, "Digital Economy Partnership Agreement (DEPA)");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CR"}));

  FactDoc n("Costa Rica signs protocol",
            "SINGAPORE - Costa Rica signed a customs protocol and discussed the Digital Economy Partnership "
            "Agreement (DEPA) on Wednesday.",
            {2025, 10, 22});
  n.country("CR", "Costa Rica");
  n.run(extract::make_agreements_stage);
  for (const auto& a : n.x.agreements) EXPECT_NE(a.status, "signed");
}

// "The United States and Japan reached a trade deal": a deal reached between the governments that
// reach it is a concluded agreement of theirs; one still hoped for, or reached by firms, is none.
TEST(Agreements, TradeDealReachedIsConcluded) {
  FactDoc d("US, Japan reach trade deal",
            "WASHINGTON - The United States and Japan reached a trade deal that lowers tariffs on cars, President "
            "Donald Trump said on Tuesday.",
            {2025, 7, 23});
  d.country("US", "United States").country("JP", "Japan");
  d.date("Tuesday", "2025-07-22");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"JP", "US"}));

  for (const char* body : {"WASHINGTON - The United States and Japan hope to reach a trade deal by Tuesday.",
                           "WASHINGTON - Toyota and Honda reached a deal on batteries on Tuesday, Japan said."}) {
    FactDoc n("Deal", body, {2025, 7, 23});
    if (std::string_view(body).find("United States") != std::string_view::npos)
      n.country("US", "United States");
    n.country("JP", "Japan");
    n.run(extract::make_agreements_stage);
    EXPECT_TRUE(n.x.agreements.empty()) << body;
  }
}

// "signed the Singapore-Indonesia Bilateral Investment Treaty": an investment treaty is an agreement
// of the governments its name joins; one only discussed states no status and is none.
TEST(Agreements, InvestmentTreatySigned) {
  for (const bool signed_ : {true, false}) {
    FactDoc d("Singapore and Indonesia sign investment agreement",
              std::string("SINGAPORE - The ministers ") + (signed_ ? "signed" : "discussed") +
                  " the Singapore-Indonesia Bilateral Investment Treaty on Monday.",
              {2025, 2, 24});
    d.country("SG", "Singapore").country("ID", "Indonesia");
    d.run(extract::make_agreements_stage);
    if (!signed_) {
      EXPECT_TRUE(d.x.agreements.empty());
      continue;
    }
    ASSERT_EQ(d.x.agreements.size(), 1u);
    EXPECT_EQ(d.x.agreements[0].kind, "agreement");
    EXPECT_EQ(d.x.agreements[0].status, "signed");
    EXPECT_EQ(d.x.agreements[0].parties, (V{"ID", "SG"}));
  }
}

// "The Philippine Senate ratified the Regional Comprehensive Economic Partnership (RCEP)": the member
// that ratifies a bloc's agreement is a party beside the bloc; one only named near the agreement's
// ratification is none.
TEST(Agreements, RatifyingMemberIsAPartyBesideTheBloc) {
  FactDoc d("Philippines ratifies RCEP",
            "MANILA - The Philippine Senate ratified the Regional Comprehensive Economic Partnership (RCEP) on "
            "Tuesday.",
            {2023, 2, 21});
  d.country("PH", "Philippine").bloc("RCEP", "Regional Comprehensive Economic Partnership").bloc("RCEP", "RCEP");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"PH", "RCEP"}));

  FactDoc n("RCEP ratified",
            "MANILA - The Regional Comprehensive Economic Partnership (RCEP) was ratified by all members, the "
            "Philippine trade department said on Tuesday.",
            {2023, 2, 21});
  n.country("PH", "Philippine").bloc("RCEP", "Regional Comprehensive Economic Partnership").bloc("RCEP", "RCEP");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"RCEP"}));

  // A legislature concurring in the ratification ratifies it for its country.
  FactDoc c("Philippines ratifies RCEP",
            "MANILA (PNA) - The Philippine Senate on Tuesday concurred in the ratification of the Regional "
            "Comprehensive Economic Partnership (RCEP) Agreement.",
            {2023, 2, 21});
  c.country("PH", "Philippine").bloc("RCEP", "Regional Comprehensive Economic Partnership").bloc("RCEP", "RCEP");
  c.run(extract::make_agreements_stage);
  ASSERT_EQ(c.x.agreements.size(), 1u);
  EXPECT_EQ(c.x.agreements[0].status, "ratified");
  EXPECT_EQ(c.x.agreements[0].parties, (V{"PH", "RCEP"}));
}

// "signed a protocol to deepen their Economic Complementation Agreement", "a protocol to upgrade their
// free trade area": a protocol that widens an agreement amends it, an upgrade concluded; one that
// deepens cooperation under it leaves the agreement's status unsaid.
TEST(Agreements, ProtocolThatWidensAnAgreementUpgradesIt) {
  for (const char* v : {"deepen their Economic Complementation Agreement", "upgrade their free trade area"}) {
    FactDoc d("Chile and Paraguay sign", std::string("ASUNCION - Chile and Paraguay signed a protocol to ") + v + ".",
              {2024, 12, 5});
    d.country("CL", "Chile").country("PY", "Paraguay");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << v;
    EXPECT_EQ(d.x.agreements[0].status, "upgrade_concluded") << v;
    EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "PY"})) << v;
  }
  FactDoc n("Chile and Paraguay sign",
            "ASUNCION - Chile and Paraguay signed a protocol to deepen cooperation under the Economic "
            "Complementation Agreement.",
            {2024, 12, 5});
  n.country("CL", "Chile").country("PY", "Paraguay");
  n.run(extract::make_agreements_stage);
  for (const auto& a : n.x.agreements) EXPECT_NE(a.status, "upgrade_concluded");
}

// "Chile's Senate approved the Comprehensive and Progressive Agreement for Trans-Pacific Partnership":
// a legislature approving an agreement ratifies it; a ministry approving a plan under it does not.
TEST(Agreements, LegislatureApprovingAnAgreementRatifiesIt) {
  FactDoc d("Chile's Congress approves CPTPP",
            "SANTIAGO - Chile's Senate approved the Comprehensive and Progressive Agreement for Trans-Pacific "
            "Partnership (CPTPP) on Tuesday.",
            {2022, 10, 11});
  d.country("CL", "Chile").bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  FactDoc n("Chile's ministry approves plan",
            "SANTIAGO - Chile's ministry approved a plan on the Comprehensive and Progressive Agreement for "
            "Trans-Pacific Partnership (CPTPP) on Tuesday.",
            {2022, 10, 11});
  n.country("CL", "Chile").bloc("CPTPP", "Trans-Pacific Partnership").bloc("CPTPP", "CPTPP");
  n.run(extract::make_agreements_stage);
  for (const auto& a : n.x.agreements) EXPECT_NE(a.status, "ratified");
}

// "MEXICO CITY, June 3 (Reuters) - Mexico and Singapore signed a deal": a place of the dateline is no
// member of the pair that signs; one pair member alone signs no pact of two.
TEST(Agreements, DatelinePlaceIsNoMemberOfTheSigningPair) {
  FactDoc d("Mexico signs agreement with Singapore",
            "MEXICO CITY, June 3 (Reuters) - Mexico and Singapore signed a deal on Tuesday to boost trade.",
            {2025, 6, 3});
  d.country("MX", "MEXICO").country("MX", "Mexico").country("SG", "Singapore");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"MX", "SG"}));

  FactDoc n("Singapore signs deal",
            "MEXICO CITY, June 3 (Reuters) - Singapore signed a deal on Tuesday, officials said.", {2025, 6, 3});
  n.country("MX", "MEXICO").country("SG", "Singapore");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

// "Britain and Switzerland launched negotiations to upgrade their trade agreement": the pair that is
// the subject names "their trade agreement"; "their trade agreements" of one government name none.
TEST(Agreements, TheirTradeAgreementIsTheSubjectPairs) {
  FactDoc d("UK and Switzerland launch trade talks",
            "LONDON - Britain and Switzerland launched negotiations on Thursday to upgrade their trade agreement.",
            {2024, 5, 9});
  d.country("GB", "Britain").country("CH", "Switzerland");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CH", "GB"}));
  EXPECT_EQ(d.x.agreements[0].status, "upgrade_negotiating");

  FactDoc n("UK exporters", "LONDON - British exporters launched a campaign to use their trade agreement.",
            {2024, 5, 9});
  n.country("GB", "British");
  n.run(extract::make_agreements_stage);
  EXPECT_TRUE(n.x.agreements.empty());
}

// "… signed the modernised EU-Chile Advanced Framework Agreement, which will update their 2002
// association agreement": a year that names another agreement noun right after it dates that one,
// not the agreement signed; a date after the name alone still dates it.
TEST(Agreements, YearOfAnotherAgreementDatesThatOne) {
  FactDoc d("EU and Chile sign agreement",
            "BRUSSELS - The European Union and Chile on Wednesday signed the EU-Chile Advanced Framework "
            "Agreement, which will update their 2002 association agreement.",
            {2023, 12, 13});
  d.bloc("EU", "European Union").bloc("EU", "EU").country("CL", "Chile").country("CL", "Chile", 1);
  d.date("Wednesday", "2023-12-13").date("2002", "2002");
  d.run(extract::make_agreements_stage);
  ASSERT_FALSE(d.x.agreements.empty());
  EXPECT_EQ(d.x.agreements[0].date, "2023-12-13");

  FactDoc n("EU and Chile sign agreement",
            "BRUSSELS - The European Union and Chile signed the EU-Chile Advanced Framework Agreement in December "
            "2023.",
            {2024, 1, 5});
  n.bloc("EU", "European Union").bloc("EU", "EU").country("CL", "Chile").country("CL", "Chile", 1);
  n.date("December 2023", "2023-12");
  n.run(extract::make_agreements_stage);
  ASSERT_FALSE(n.x.agreements.empty());
  EXPECT_EQ(n.x.agreements[0].date, "2023-12");
}

// "Thailand deposited its instrument of ratification of the Regional Comprehensive Economic
// Partnership (RCEP)": the member depositing it is a party beside the bloc; a government welcoming
// another's ratification is none.
TEST(Agreements, MemberDepositingItsRatificationIsAParty) {
  FactDoc d("Thailand ratifies RCEP",
            "BANGKOK - Thailand deposited its instrument of ratification of the Regional Comprehensive Economic "
            "Partnership (RCEP) on Tuesday.",
            {2021, 11, 2});
  d.country("TH", "Thailand").bloc("RCEP", "Regional Comprehensive Economic Partnership").bloc("RCEP", "RCEP");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"RCEP", "TH"}));

  FactDoc n("Japan welcomes ratification",
            "TOKYO - Japan welcomed the ratification of the Regional Comprehensive Economic Partnership (RCEP) on "
            "Tuesday.",
            {2021, 11, 2});
  n.country("JP", "Japan").bloc("RCEP", "Regional Comprehensive Economic Partnership").bloc("RCEP", "RCEP");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"RCEP"}));
}

// "LIMA, Jan 15 - The Free Trade Agreement between Peru and Hong Kong, China entered into force on
// January 1, 2025": the dateline's date is the filing's; the sentence's own date dates the step. With
// no other date, the dateline's stands.
TEST(Agreements, DatelineDateYieldsToTheSentencesOwn) {
  for (const bool own : {true, false}) {
    FactDoc d("Peru and Hong Kong FTA enters into force",
              std::string("LIMA, Jan 15 - The Free Trade Agreement between Peru and Hong Kong entered into force") +
                  (own ? " on January 1, 2025." : "."),
              {2025, 1, 15});
    d.country("PE", "Peru").country("HK", "Hong Kong").date("Jan 15", "2025-01-15");
    if (own) d.date("January 1, 2025", "2025-01-01");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u) << own;
    EXPECT_EQ(d.x.agreements[0].date, own ? "2025-01-01" : "2025-01-15") << own;
  }
}

// "welcomes the launch of the AfCFTA Adjustment Fund", "opened the RCEP Support Unit": a fund, unit or
// portal named after an agreement is set up to serve it; launching it gives the agreement no
// status. The agreement itself launched still is.
TEST(Agreements, AFundNamedAfterAnAgreementIsNoMentionOfIt) {
  for (const char* body : {"PRETORIA - The department welcomes the launch of the AfCFTA Adjustment Fund on Monday.",
                           "PRETORIA - The department welcomes the launch of the AfCFTA Trade Support Unit on Monday.",
                           "PRETORIA - The department launched the RCEP Trade Portal on Monday."}) {
    FactDoc d("Trade news", body, {2025, 3, 11});
    d.date("Monday", "2025-03-10");
    d.run(extract::make_agreements_stage);
    EXPECT_TRUE(d.x.agreements.empty()) << body;
  }
  FactDoc n("Trade news", "PRETORIA - The department welcomes the launch of the AfCFTA on Monday.", {2025, 3, 11});
  n.date("Monday", "2025-03-10");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].status, "launched");
}

// "to review progress in the negotiations to modernize the Chile-Korea Free Trade Agreement": the
// verb of renewing names an upgrade as the noun does; negotiations on a new agreement are no upgrade.
TEST(Agreements, NegotiationsToModernizeAreAnUpgrade) {
  for (const bool modernize : {true, false}) {
    FactDoc d("Chile and Korea review FTA",
              std::string("SANTIAGO - Chile and Korea reviewed progress in the negotiations ") +
                  (modernize ? "to modernize the" : "on the") + " Chile-Korea Free Trade Agreement on Thursday.",
              {2024, 5, 17});
    d.country("CL", "Chile").country("KR", "Korea").country("CL", "Chile", 1).country("KR", "Korea", 1);
    d.date("Thursday", "2024-05-16");
    d.run(extract::make_agreements_stage);
    ASSERT_EQ(d.x.agreements.size(), 1u);
    EXPECT_EQ(d.x.agreements[0].status, modernize ? "upgrade_negotiating" : "negotiating");
  }
}

// "signed Nigeria's instrument of ratification of the African Continental Free Trade Area": a known
// name's bloc is a bloc where no other words name it, and the member ratifying it is a party beside
// the bloc; a bloc's agreement only welcomed has no such member.
TEST(Agreements, MemberRatifyingAKnownBlocPactIsAParty) {
  FactDoc d("Nigeria ratifies",
            "ABUJA - Nigeria deposited its instrument of ratification of the African Continental Free Trade Area "
            "on Monday.",
            {2020, 11, 11});
  d.country("NG", "Nigeria");
  d.date("Monday", "2020-11-09");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AFRICAN_UNION", "NG"}));
  FactDoc n("Nigeria welcomes",
            "ABUJA - Nigeria welcomed the entry into force of the African Continental Free Trade Area on Monday.",
            {2020, 11, 11});
  n.country("NG", "Nigeria");
  n.date("Monday", "2020-11-09");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"AFRICAN_UNION"}));
}

// "New Zealand and India conclude FTA talks" over a body that says only "the deal": the headline
// names the pact, its kind, its parties and its step; the body's deal of the same parties takes the
// headline's kind. With no agreement in the body, the headline's is recorded with a title span.
// "push to conclude CEPA" is a goal: talks under way.
TEST(Agreements, AgreementNamedOnlyInTheTitle) {
  FactDoc d("New Zealand and India conclude FTA talks",
            "WELLINGTON - New Zealand and India have reached a deal, Trade Minister Todd McClay said today. The deal "
            "will be signed next year.",
            {2025, 12, 22});
  d.country("NZ", "New Zealand", 0, true).country("IN", "India", 0, true).country("NZ", "New Zealand").country("IN", "India");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (std::vector<std::string>{"IN", "NZ"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");

  FactDoc t("New Zealand and India conclude FTA talks",
            "WELLINGTON - Trade Minister Todd McClay said today the outcome would give exporters better access.",
            {2025, 12, 22});
  t.country("NZ", "New Zealand", 0, true).country("IN", "India", 0, true);
  t.run(extract::make_agreements_stage);
  ASSERT_EQ(t.x.agreements.size(), 1u);
  EXPECT_EQ(t.x.agreements[0].kind, "fta");
  EXPECT_EQ(t.x.agreements[0].status, "concluded");
  EXPECT_TRUE(t.x.agreements[0].span.in_title);
  EXPECT_EQ(t.title().substr(t.x.agreements[0].span.begin, t.x.agreements[0].span.end - t.x.agreements[0].span.begin), "FTA");

  FactDoc g("Oman and India push to conclude CEPA",
            "MUSCAT - The ministers met in Muscat on Monday.", {2025, 1, 28});
  g.country("OM", "Oman", 0, true).country("IN", "India", 0, true);
  g.run(extract::make_agreements_stage);
  ASSERT_EQ(g.x.agreements.size(), 1u);
  EXPECT_EQ(g.x.agreements[0].status, "negotiating");
}

// "The UK has agreed a free trade deal with the six Gulf Cooperation Council states": agreeing a
// pact, the verb's object, concludes it; "agreed to launch negotiations on a free trade agreement"
// launches talks.
TEST(Agreements, AgreeingAPactConcludesIt) {
  FactDoc d("UK trade news",
            "LONDON - The UK has agreed a free trade deal with the six Gulf Cooperation Council states, the "
            "Business and Trade Secretary announced today.",
            {2025, 12, 5});
  d.country("GB", "UK").bloc("GCC", "Gulf Cooperation Council");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].kind, "fta");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"GB", "GCC"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");

  FactDoc n("UK trade news",
            "LONDON - The UK agreed to launch negotiations on a free trade agreement with the Gulf Cooperation "
            "Council, the Business and Trade Secretary announced today.",
            {2025, 12, 5});
  n.country("GB", "UK").bloc("GCC", "Gulf Cooperation Council");
  n.run(extract::make_agreements_stage);
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].status, "launched");
}

// A request for accession, in the noun ("submitted its formal request for accession to the
// CPTPP"), proposes the applicant's membership as applying to join does; talks relaunched after a
// pause, or started in other words ("agreed to start negotiations"), are launched.
TEST(Agreements, AccessionRequestProposesAndTalksStartedOrRelaunchedAreLaunched) {
  FactDoc d("Peru seeks to join CPTPP",
            "LIMA - Peru has submitted its formal request for accession to the CPTPP, the trade ministry said.",
            {2025, 8, 1});
  d.country("PE", "Peru").bloc("CPTPP", "CPTPP");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CPTPP", "PE"}));
  EXPECT_EQ(d.x.agreements[0].status, "proposed");
  FactDoc r("EU and Thailand resume talks",
            "BRUSSELS - The European Union and Thailand relaunched negotiations for a free trade agreement.",
            {2023, 3, 15});
  r.bloc("EU", "European Union").country("TH", "Thailand");
  r.run(extract::make_agreements_stage);
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (V{"EU", "TH"}));
  EXPECT_EQ(r.x.agreements[0].status, "launched");
  FactDoc b("Japan and Bangladesh to negotiate",
            "TOKYO - Japan and Bangladesh agreed to start negotiations on an Economic Partnership Agreement.",
            {2024, 12, 10});
  b.country("JP", "Japan").country("BD", "Bangladesh");
  b.run(extract::make_agreements_stage);
  ASSERT_EQ(b.x.agreements.size(), 1u);
  EXPECT_EQ(b.x.agreements[0].status, "launched");
}

// "Canada has ratified the … Agreement, paving the way for its entry into force on January 1, 2026":
// the date the entry into force leads to is that later step's, not the ratification's.
TEST(Agreements, DateOfALaterEntryIntoForceDatesNoOtherStep) {
  FactDoc d("Canada ratifies CEPA",
            "OTTAWA - Canada has ratified the Canada-Indonesia Comprehensive Economic Partnership Agreement, paving "
            "the way for its entry into force on January 1, 2026.",
            {2025, 11, 20});
  d.country("CA", "Canada").country("CA", "Canada", 1).country("ID", "Indonesia");
  d.date("January 1, 2026", "2026-01-01");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  EXPECT_NE(d.x.agreements[0].date, "2026-01-01");
}


// The accession told after a bloc's agreement ("CPTPP members to conclude Costa Rica's accession
// negotiations", "concluded accession negotiations with Uruguay") makes its country a party beside
// the bloc; a decision to conclude the talks concludes them, unless it sets a time to end them by.
TEST(Agreements, AccessionAfterTheBlocNameAddsTheJoinerAndADecisionConcludes) {
  FactDoc d("Costa Rica accession talks end",
            "WELLINGTON - The minister welcomed the decision by members of the CPTPP to conclude Costa Rica's "
            "accession negotiations at the Commission meeting in Melbourne.",
            {2025, 11, 21});
  d.bloc("CPTPP", "CPTPP").country("CR", "Costa Rica");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CPTPP", "CR"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
  FactDoc w("Talks with Uruguay end",
            "TOKYO - Members of the CPTPP concluded accession negotiations with Uruguay on Friday.", {2026, 3, 6});
  w.bloc("CPTPP", "CPTPP").country("UY", "Uruguay");
  w.run(extract::make_agreements_stage);
  ASSERT_EQ(w.x.agreements.size(), 1u);
  EXPECT_EQ(w.x.agreements[0].parties, (V{"CPTPP", "UY"}));
  FactDoc g("Talks with Uruguay to end",
            "TOKYO - CPTPP ministers decided to conclude accession negotiations with Uruguay by the end of the year.",
            {2026, 3, 6});
  g.bloc("CPTPP", "CPTPP").country("UY", "Uruguay");
  g.run(extract::make_agreements_stage);
  ASSERT_EQ(g.x.agreements.size(), 1u);
  EXPECT_EQ(g.x.agreements[0].status, "negotiating");
}

// "the 4th Joint Commission of the Digital Economy Partnership Agreement": a sitting of the body an
// agreement sets up shows it standing in force, as its joint committee does.
TEST(Agreements, JointCommissionOfAnAgreementShowsItInForce) {
  FactDoc d("Digital pact partners meet",
            "Minister Grace Fu co-chaired the 4th Joint Commission of the Digital Economy Partnership Agreement "
            "(DEPA) with Chile's Vice Minister of Trade in Singapore.",
            {2025, 11, 10});
  d.country("CL", "Chile").country("SG", "Singapore");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "in_force");
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "SG"}));
  // The governments that sit on the body, with the publisher, are the parties.
  const Record n = whole_extraction(
      "Digital pact partners meet",
      "Trade and Investment Minister Todd McClay hosted the 3rd Joint Commission of the Digital Economy Partnership "
      "Agreement (DEPA) in Auckland on 14 October, with Singapore's Minister and Chile's Vice Minister of Trade "
      "attending. New Zealand chairs the pact this year.",
      "2024-10-15");
  ASSERT_EQ(n.x.agreements.size(), 1u);
  EXPECT_EQ(n.x.agreements[0].parties, (V{"CL", "NZ", "SG"}));
}

// "New Zealand has concluded negotiations on a Comprehensive Economic Partnership Agreement with the
// United Arab Emirates" in a release that names no publisher: the one government before the noun
// is the other side.
TEST(Agreements, GovernmentBeforeTheNounIsASideWhenNoPublisherIsKnown) {
  const Record d = whole_extraction(
      "Trade deal concluded",
      "Trade Minister Todd McClay today announced New Zealand has concluded negotiations on a Comprehensive "
      "Economic Partnership Agreement with the United Arab Emirates.",
      "2024-10-10");
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AE", "NZ"}));
}

// "… said that Mercosur and the United Arab Emirates will conclude negotiations for a …
// agreement by the end of the year": the pair opening the reported clause are the parties, though
// the speaker's country comes before them; a conclusion still to come leaves the talks under way.
TEST(Agreements, PairAfterThatIsTheSubjectAndWillConcludeIsNegotiating) {
  FactDoc d("Mercosur deal with UAE expected",
            "BRASILIA - Brazil's Vice President said on Tuesday that Mercosur and the United Arab Emirates will "
            "conclude negotiations for a comprehensive economic partnership agreement by the end of the year.",
            {2025, 6, 10});
  d.country("BR", "Brazil").bloc("MERCOSUR", "Mercosur").country("AE", "United Arab Emirates");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"AE", "MERCOSUR"}));
  EXPECT_EQ(d.x.agreements[0].status, "negotiating");
}

// "South Korea formally became a member of the DEPA, a digital trade pact among Singapore, Chile
// and New Zealand": the member that joins is a party beside those listed; a member's parliament
// ratifying a pact listed between its bloc and another is none.
TEST(Agreements, JoinerStandsBesideThePartiesListedAfterTheName) {
  FactDoc d("Korea joins digital pact",
            "SEOUL - South Korea on Friday formally became a member of the Digital Economy Partnership Agreement "
            "(DEPA), a digital trade pact among Singapore, Chile and New Zealand.",
            {2024, 5, 3});
  d.country("KR", "South Korea").country("SG", "Singapore").country("CL", "Chile").country("NZ", "New Zealand");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"CL", "KR", "NZ", "SG"}));
  FactDoc r("Swiss vote",
            "BERN - Switzerland ratified the Trade and Economic Partnership Agreement between the EFTA States and "
            "India on Wednesday.",
            {2024, 12, 18});
  r.country("CH", "Switzerland").bloc("EFTA", "EFTA").country("IN", "India");
  r.run(extract::make_agreements_stage);
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (V{"EFTA", "IN"}));
}

// "launched negotiations to update their free trade agreement" upgrades it; a Memorandum of
// Cooperation is an MOU; "formally requested to join the CPTPP" proposes the membership.
TEST(Agreements, UpdateMemorandumOfCooperationAndRequestToJoin) {
  FactDoc u("UK and Turkey talks",
            "ANKARA - Turkey and the United Kingdom formally launched negotiations on Monday to update their free "
            "trade agreement.",
            {2024, 7, 22});
  u.country("TR", "Turkey").country("GB", "United Kingdom");
  u.run(extract::make_agreements_stage);
  ASSERT_EQ(u.x.agreements.size(), 1u);
  EXPECT_EQ(u.x.agreements[0].status, "upgrade_negotiating");
  FactDoc m("Japan and Kenya sign MOC",
            "TOKYO - Japan and Kenya signed a Memorandum of Cooperation on trade and investment promotion on August 20.",
            {2025, 8, 20});
  m.country("JP", "Japan").country("KE", "Kenya");
  m.run(extract::make_agreements_stage);
  ASSERT_EQ(m.x.agreements.size(), 1u);
  EXPECT_EQ(m.x.agreements[0].kind, "mou");
  EXPECT_EQ(m.x.agreements[0].parties, (V{"JP", "KE"}));
  FactDoc j("Uruguay asks to join CPTPP",
            "MONTEVIDEO - Uruguay formally requested to join the CPTPP on Thursday.", {2022, 12, 1});
  j.country("UY", "Uruguay").bloc("CPTPP", "CPTPP");
  j.run(extract::make_agreements_stage);
  ASSERT_EQ(j.x.agreements.size(), 1u);
  EXPECT_EQ(j.x.agreements[0].status, "proposed");
  EXPECT_EQ(j.x.agreements[0].parties, (V{"CPTPP", "UY"}));
}

// "will sign the … Agreement in early 2026 after concluding negotiations in September": the talks
// ended; the signing is still to come.
TEST(Agreements, SigningToComeGivesWayToTheConclusionTold) {
  FactDoc d("Indonesia and EU to sign CEPA",
            "JAKARTA - Indonesia and the European Union will sign the Indonesia-EU Comprehensive Economic "
            "Partnership Agreement in early 2026 after concluding negotiations in September, the minister said.",
            {2025, 10, 20});
  d.country("ID", "Indonesia").bloc("EU", "European Union").country("ID", "Indonesia", 1).bloc("EU", "EU");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].parties, (V{"EU", "ID"}));
  EXPECT_EQ(d.x.agreements[0].status, "concluded");
}

// "has been approved by the parliaments of both countries and is expected to take effect in early
// 2026": ratified, the entry into force only expected; "reached a basic agreement on an economic
// partnership agreement" concludes it, the signing to come.
TEST(Agreements, ExpectedEntryIntoForceAndBasicAgreement) {
  FactDoc d("Thailand and Sri Lanka FTA",
            "BANGKOK - The ministry said the Thailand-Sri Lanka Free Trade Agreement has been approved by the "
            "parliaments of both countries and is expected to take effect in early 2026.",
            {2025, 11, 3});
  d.country("TH", "Thailand").country("LK", "Sri Lanka");
  d.run(extract::make_agreements_stage);
  ASSERT_EQ(d.x.agreements.size(), 1u);
  EXPECT_EQ(d.x.agreements[0].status, "ratified");
  FactDoc b("Japan and UAE agree",
            "TOKYO - Japan and the United Arab Emirates reached a basic agreement on an economic partnership "
            "agreement on Monday, with the signing expected by the end of the year.",
            {2025, 9, 8});
  b.country("JP", "Japan").country("AE", "United Arab Emirates");
  b.run(extract::make_agreements_stage);
  ASSERT_EQ(b.x.agreements.size(), 1u);
  EXPECT_EQ(b.x.agreements[0].parties, (V{"AE", "JP"}));
  EXPECT_EQ(b.x.agreements[0].status, "concluded");
}

// "Japan's Diet on Wednesday approved the … agreement", "parliament last week approved the …": a
// date or a short adverbial between the legislature and its verb still tells the ratification;
// the aside after the name ("the world's largest free trade pact") restates that agreement.
TEST(Agreements, ApprovalReadPastATimeAdverbial) {
  const Record r = whole_extraction(
      "Diet approves trade pact",
      "TOKYO (Kyodo) -- Japan's Diet on Wednesday approved the Regional Comprehensive Economic Partnership "
      "agreement, the world's largest free trade pact, clearing the way for the accord to take effect early "
      "next year.",
      "2021-04-28");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "ratified");
  EXPECT_EQ(r.x.agreements[0].date, "2021-04-28");

  const Record w = whole_extraction(
      "Lawmakers approve trade deal",
      "WELLINGTON (Reuters) - New Zealand's parliament last week approved the free trade agreement with the "
      "European Union, the trade minister said on Monday.",
      "2024-02-19");
  ASSERT_EQ(w.x.agreements.size(), 1u);
  EXPECT_EQ(w.x.agreements[0].status, "ratified");
  EXPECT_EQ(w.x.agreements[0].parties, (V{"EU", "NZ"}));
}

// "the Free Trade Agreement between the Government of the People's Republic of China and the
// Government of the Republic of Serbia": the governments' formal names run past the usual reach.
TEST(Agreements, PartiesNamedByTheirGovernmentsFormalNames) {
  const Record r = whole_extraction(
      "Trade agreement takes effect",
      "The Free Trade Agreement between the Government of the People's Republic of China and the Government of "
      "the Republic of Serbia officially entered into force on July 1, 2024, the spokesperson said on Monday.",
      "2024-07-01");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (V{"CN", "RS"}));
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
}

// "The Majlis Ash'shura on Sunday unanimously approved the …": a council by its own name, past a
// date and an adverb, ratifies for its country.
TEST(Agreements, ConsultativeCouncilApprovesPastTwoAdverbials) {
  const Record r = whole_extraction(
      "Council approves partnership agreement",
      "MUSCAT (ONA) - The Majlis Ash'shura on Sunday unanimously approved the Comprehensive Economic Partnership "
      "Agreement between the Sultanate of Oman and the Republic of India, the agency reported.",
      "2025-12-14");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "ratified");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"IN", "OM"}));
}

// "… signed a memorandum of understanding on trade and investment cooperation. The MoU was signed
// on behalf of Qatar by …": the bare noun after "the" is the memorandum already named, not a
// second one of Qatar alone.
TEST(Agreements, DefiniteBareNounRestatesTheAgreementOfMoreParties) {
  const Record r = whole_extraction(
      "Memorandum on trade signed",
      "DOHA (QNA) -- The State of Qatar and the Republic of Singapore on Monday signed a memorandum of "
      "understanding on trade and investment cooperation. The MoU was signed on behalf of Qatar by the Minister "
      "of Commerce and Industry.",
      "2026-01-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "mou");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"QA", "SG"}));
}

}  // namespace
// "The African Continental Free Trade Area (AfCFTA) Secretariat … launched the AfCFTA Adjustment
// Fund": the agreement's name with its acronym before the body's word names the body, and the
// launch is the fund's; the agreement alone keeps its status.
TEST(Agreements, NameAndAcronymBeforeABodysWordIsTheBody) {
  const Record r = whole_extraction(
      "AfCFTA Secretariat launches adjustment fund",
      "ACCRA, 9 February 2024 - The African Continental Free Trade Area (AfCFTA) Secretariat on Friday launched "
      "the AfCFTA Adjustment Fund, with an initial capitalisation of US$1 billion.",
      "2024-02-09");
  EXPECT_TRUE(r.x.agreements.empty()) << r.x.agreements[0].name;
  const Record in_force = whole_extraction(
      "AfCFTA in force", "The African Continental Free Trade Area (AfCFTA) entered into force on 30 May 2019.", "2019-05-30");
  ASSERT_EQ(in_force.x.agreements.size(), 1u);
  EXPECT_EQ(in_force.x.agreements[0].status, "in_force");
}

// "The European Union and the South American Mercosur bloc signed a free trade agreement …, despite
// opposition from French and Irish farmers": the words that place the second government of the
// subject pair keep it a pair, though the sentence names other countries after the noun.
TEST(Agreements, SubjectPairWithDescribedSecondGovernment) {
  const Record r = whole_extraction(
      "Blocs sign accord",
      "ASUNCION, Dec 20 (Reuters) - The European Union and the South American Mercosur bloc signed a free trade "
      "agreement on Saturday, despite fierce opposition from French and Irish farmers.",
      "2026-12-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "fta");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"EU", "MERCOSUR"}));
  const Record grouping = whole_extraction(
      "Talks concluded",
      "Canada and the Southeast Asian grouping ASEAN concluded negotiations on a free trade agreement on Friday, "
      "officials from Vietnam and Thailand said.",
      "2026-12-20");
  ASSERT_EQ(grouping.x.agreements.size(), 1u);
  EXPECT_EQ(grouping.x.agreements[0].parties, (V{"ASEAN", "CA"}));
}

// "Exports rose in 2024 under the Kenya-UK Economic Partnership Agreement, which entered into force
// in March 2021": the relative clause on the name tells the step and its date.
TEST(Agreements, RelativeClauseOnTheNameDatesItsStep) {
  const Record r = whole_extraction(
      "Exports up",
      "NAIROBI - Kenya's exports to the United Kingdom rose 12% in 2024 under the Kenya-UK Economic Partnership "
      "Agreement, which entered into force in March 2021, the trade ministry said on Wednesday.",
      "2025-05-14");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].date, "2021-03");
}

// "… discussed the ongoing Mercosur-Canada free trade agreement negotiations, which both sides aim to
// conclude in 2027": the year dates the goal, not the talks' status.
TEST(Agreements, DateAfterAWordOfAimIsNoStepsDate) {
  const Record r = whole_extraction(
      "Minister meets Mercosur counterparts",
      "OTTAWA - The ministers discussed the ongoing Mercosur-Canada free trade agreement negotiations, which "
      "both sides aim to conclude in 2027.",
      "2026-02-11");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "negotiating");
  EXPECT_EQ(r.x.agreements[0].date, "");
}

// "The two sides agreed to review the China-Australia Free Trade Agreement": only an agreement in
// force is reviewed, by the verb as by the noun.
TEST(Agreements, VerbOfReviewingShowsTheAgreementInForce) {
  const Record r = whole_extraction(
      "Leaders meet",
      "CANBERRA - The two sides agreed to review the Australia-Chile Free Trade Agreement.",
      "2026-02-11");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
}

// "… rose 30% in 2025, four years after the two countries signed their free trade agreement": the
// step a span of time after which the news is told is not dated by the figures' period or the saying.
TEST(Agreements, StepASpanOfTimeAgoIsNotDatedByTheFigures) {
  const Record r = whole_extraction(
      "Trade up",
      "CANBERRA - Australia's exports to Peru rose 30% in 2025, four years after the two countries signed their "
      "free trade agreement, the department said on Monday.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_TRUE(r.x.agreements[0].date.empty()) << r.x.agreements[0].date;
}

// "The Peru-Australia FTA, which was signed in February 2018, entered into force on 11 February":
// the date of the aside is the signing's; the entry into force is dated in its own clause. One
// traded "under the" pact, "which was signed in 2018", is not in force from the signing's date.
TEST(Agreements, AsideOfAnotherStepDoesNotDateTheStatus) {
  const Record r = whole_extraction(
      "Pact in force",
      "LIMA - The Peru-Australia Free Trade Agreement, which was signed in February 2018, entered into force on "
      "11 February, the ministry said on Friday.",
      "2026-02-14");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].date, "2026-02-11");
  const Record under = whole_extraction(
      "Trade up",
      "LIMA - Peru's exports to Australia rose 12% under the Peru-Australia Free Trade Agreement, which was signed "
      "in 2018, the ministry said on Friday.",
      "2026-02-14");
  ASSERT_EQ(under.x.agreements.size(), 1u);
  EXPECT_NE(under.x.agreements[0].date, "2018");
  EXPECT_NE(under.x.agreements[0].date, "2026-02-13");
}

// "as tariff cuts under a trade deal that took effect in 2019 kicked in, the ministry said on
// Monday": a relative clause without a comma dates the step it tells too.
TEST(Agreements, RelativeClauseWithoutACommaDatesItsStep) {
  const Record r = whole_extraction(
      "Exports up",
      "TOKYO - Japan's beef exports to the European Union rose 11% in April, the ministry said on Monday, as tariff cuts under a "
      "free trade deal that took effect in 2019 kicked in.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].date, "2019");
}

// "signed the A Partnership Agreement and the B Agreement": a name joined by "and" to another
// agreement's is a pact of its own with the same parties and step, though of the same kind.
TEST(Agreements, NameJoinedByAndIsAnAgreementOfItsOwn) {
  const Record r = whole_extraction(
      "Pacts signed",
      "Singapore and Kenya signed the Singapore-Kenya Digital Economy Partnership Agreement and the Investment "
      "Promotion and Protection Agreement in Nairobi on 18 May 2026.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 2u);
  EXPECT_EQ(r.x.agreements[1].name, "Investment Promotion and Protection Agreement");
  EXPECT_EQ(r.x.agreements[1].status, "signed");
  EXPECT_EQ(r.x.agreements[1].parties, (V{"KE", "SG"}));
}

// "The European Union and Chile held a summit … The two sides signed …": with no publisher, the
// two sides are the pair an earlier sentence makes its subject.
TEST(Agreements, TwoSidesAreThePairOfAnEarlierSentence) {
  const Record r = whole_extraction(
      "EU and Chile sign Advanced Framework Agreement",
      "The European Union and Chile held a summit in Brussels on Wednesday. The two sides signed the Advanced "
      "Framework Agreement and the Interim Trade Agreement.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 2u);
  EXPECT_EQ(r.x.agreements[0].parties, (V{"CL", "EU"}));
  EXPECT_EQ(r.x.agreements[1].parties, (V{"CL", "EU"}));
  EXPECT_EQ(r.x.agreements[1].status, "signed");
}

// "agreed to launch the EPA Joint Council": the agreement's own body is launched; the agreement
// stands in force, dated by no occasion of its body.
TEST(Agreements, BodyNamedForAnAgreementTellsItInForce) {
  const Record r = whole_extraction(
      "Council launched",
      "Kenya and the European Union agreed to launch the EPA Joint Council in Nairobi on Monday.", "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"EU", "KE"}));
  EXPECT_TRUE(r.x.agreements[0].date.empty());
}

// "adopted the AfCFTA Protocol on Digital Trade": the protocol is the agreement adopted, by its
// whole name, with the AfCFTA's parties; the AfCFTA itself takes no step.
TEST(Agreements, ProtocolNamedForAKnownAgreement) {
  const Record r = whole_extraction(
      "Protocol adopted", "Ministers on Thursday adopted the AfCFTA Protocol on Digital Trade.", "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].name, "AfCFTA Protocol on Digital Trade");
  EXPECT_EQ(r.x.agreements[0].kind, "agreement");
  EXPECT_EQ(r.x.agreements[0].status, "concluded");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"AFRICAN_UNION"}));
}

// "to commence the accession process for Indonesia": the accession is launched, with its country.
TEST(Agreements, AccessionProcessCommencedForACountry) {
  const Record r = whole_extraction(
      "Accession",
      "Singapore welcomes the decision by the CPTPP Parties to commence the accession process for Indonesia.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "launched");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"CPTPP", "ID"}));
}

// "the Protocol to Amend the ASEAN-China Free Trade Area (ACFTA 3.0 Upgrade Protocol)": a name
// read inside the parenthesis, cut at its noun, does not replace the agreement's.
TEST(Agreements, NameCutInsideAParenthesisIsNotTaken) {
  const Record r = whole_extraction(
      "Protocol signed",
      "ASEAN and China today signed the Protocol to Amend the ASEAN-China Free Trade Area (ACFTA 3.0 Upgrade "
      "Protocol) in Kuala Lumpur.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].name, "ASEAN-China Free Trade Area");
  EXPECT_EQ(r.x.agreements[0].status, "upgrade_concluded");
}

// "The Regional Comprehensive Economic Partnership (RCEP) Agreement entered into force for Sri
// Lanka": a bloc's agreement taking effect for a country has that country as a party beside the bloc.
TEST(Agreements, BlocAgreementInForceForACountry) {
  const Record r = whole_extraction(
      "In force",
      "The Regional Comprehensive Economic Partnership (RCEP) Agreement entered into force for Sri Lanka on 1 May "
      "2026.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"LK", "RCEP"}));
}

// "The Pacific Alliance-Singapore Free Trade Agreement entered into force … for Singapore, Chile and
// Peru": with one side of its name resolved, those it took effect for are its parties, whoever
// publishes it.
TEST(Agreements, InForceForTheGovernmentsListedBesideOneNamedSide) {
  const Record r = whole_extraction(
      "In force",
      "SANTIAGO - The Pacific Alliance-Singapore Free Trade Agreement entered into force on 15 May 2026 for "
      "Singapore, Chile and Peru, the ministry said.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (V{"CL", "PE", "SG"}));
}

// "The European Union and Mercosur today signed the EU-Mercosur Partnership Agreement and the
// Interim Trade Agreement": the second name, which says nothing of its parties, is signed by the
// same two as the first.
TEST(Agreements, SecondNameJoinedByAndSharesTheFirstsParties) {
  const Record r = whole_extraction(
      "Signed",
      "ASUNCION - The European Union and Mercosur today signed the EU-Mercosur Partnership Agreement and the "
      "Interim Trade Agreement in Asuncion, the Brazilian Ministry of Foreign Affairs informed.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 2u);
  EXPECT_EQ(r.x.agreements[1].name, "Interim Trade Agreement");
  EXPECT_EQ(r.x.agreements[1].status, "signed");
  EXPECT_EQ(r.x.agreements[1].parties, (V{"EU", "MERCOSUR"}));
}

// "signed the Protocol on the Accession of Costa Rica to the CPTPP": the country after "accession
// of" joins the agreement, which takes the protocol's step; the protocol is no agreement of its own.
TEST(Agreements, ProtocolOnTheAccessionOfACountryToABlocsAgreement) {
  const Record r = whole_extraction(
      "Signed",
      "Costa Rica and the CPTPP Parties signed the Protocol on the Accession of Costa Rica to the CPTPP in "
      "Melbourne on 19 May 2026.",
      "2026-05-20");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "signed");
  EXPECT_EQ(r.x.agreements[0].parties, (V{"CPTPP", "CR"}));
}

}  // namespace tw
