#include <gtest/gtest.h>

#include "resolve/simhash.h"
#include "resolve/stories.h"

namespace tw {
namespace {

Record release(const std::string& id, const std::string& type, const std::string& start,
               std::vector<std::string> partners) {
  Record r;
  r.release.id = id;
  Event e;
  e.type = type;
  e.start = start;
  e.partners = std::move(partners);
  r.x.events.push_back(e);
  return r;
}

TEST(Stories, SameMeetingReportedTwiceIsOneStory) {
  // A long and a short release a day apart, different titles, one meeting.
  Record a = release("r-0000000000000001", "meeting", "2025-11-27", {"EU"});
  Record b = release("r-0000000000000002", "meeting", "2025-11-27", {"EU"});
  b.x.events.push_back(a.x.events[0]);
  b.x.events[1].type = "conference";
  EXPECT_EQ(resolve::story_id(a), resolve::story_id(b));
  EXPECT_EQ(resolve::story_id(a).rfind("s-", 0), 0u);
}

TEST(Stories, SameTopicAnotherWeekIsAnotherStory) {
  Record a = release("r-0000000000000001", "meeting", "2025-12-01", {"CA"});
  Record b = release("r-0000000000000002", "meeting", "2025-12-08", {"CA"});
  Record c = release("r-0000000000000003", "meeting", "2025-12-01", {"JP"});
  EXPECT_NE(resolve::story_id(a), resolve::story_id(b));
  EXPECT_NE(resolve::story_id(a), resolve::story_id(c));
}

// Each side's release names the other as partner: with the reporter, the sides are one set. Two
// governments' meetings with a third on the same day are two occasions.
TEST(Stories, EachSidesReleaseOfOneOccasionIsOneStory) {
  Record th = release("r-0000000000000001", "agreement", "2024-11-26", {"EFTA"});
  Record efta = release("r-0000000000000002", "agreement", "2024-11-26", {"TH"});
  Record wire = release("r-0000000000000003", "agreement", "2024-11-26", {"EFTA", "TH"});
  EXPECT_EQ(resolve::story_id(th, "TH"), resolve::story_id(efta, "EFTA"));
  EXPECT_EQ(resolve::story_id(th, "TH"), resolve::story_id(wire, ""));
  Record kr = release("r-0000000000000004", "meeting", "2025-07-21", {"US"});
  Record jp = release("r-0000000000000005", "meeting", "2025-07-21", {"US"});
  EXPECT_NE(resolve::story_id(kr, "KR"), resolve::story_id(jp, "JP"));
  EXPECT_EQ(resolve::story_id(kr, "KR"), resolve::story_id(jp, "KR"));
}

TEST(Stories, WeakEvidenceKeepsReleasesApart) {
  // Two domestic meetings on the same day, and two events known only to the month.
  Record a = release("r-0000000000000001", "meeting", "2020-08-26", {});
  Record b = release("r-0000000000000002", "meeting", "2020-08-26", {});
  Record c = release("r-0000000000000003", "conference", "2026-03", {"CM"});
  Record d = release("r-0000000000000004", "conference", "2026-03", {"CM"});
  Record e;
  e.release.id = "r-0000000000000005";
  EXPECT_NE(resolve::story_id(a), resolve::story_id(b));
  EXPECT_NE(resolve::story_id(c), resolve::story_id(d));
  EXPECT_EQ(resolve::story_id(e), "s-0000000000000005");
}

TEST(SimHash, NearDuplicatesAreCloseAndDifferentTextsFar) {
  const std::string a =
      "Kim Jung-kwan, Minister of Trade, Industry and Resources, met with Henna Virkkunen, Executive "
      "Vice-President of the European Commission, on Thursday, November 27, in Seoul to discuss ways to deepen "
      "strategic cooperation in semiconductors, artificial intelligence, future mobility, batteries and supply "
      "chains. The two sides agreed to strengthen economic security cooperation.";
  const std::string b =
      "Kim Jung-kwan, Minister of Trade, Industry and Resources (MOTIR), met with Henna Virkkunen, Executive "
      "Vice-President of the European Commission, on Thursday, November 27, in Seoul to discuss ways to deepen "
      "strategic cooperation in semiconductors, AI, future mobility, batteries and supply chains. The two sides "
      "agreed to strengthen economic security cooperation.";
  const std::string c =
      "Korea's exports of ICT goods in November rose 24.3 percent year-on-year to USD 25.5 billion, while imports "
      "increased by 2.7 percent, resulting in a trade surplus. Semiconductor exports reached a record high on "
      "strong demand for high-value memory products and AI servers.";
  uint64_t ha = resolve::simhash(a), hb = resolve::simhash(b), hc = resolve::simhash(c);
  EXPECT_EQ(ha, resolve::simhash(a));  // deterministic
  EXPECT_LT(resolve::hamming_distance(ha, hb), resolve::hamming_distance(ha, hc));
  EXPECT_TRUE(resolve::near_duplicate(ha, hb, 16));
  EXPECT_FALSE(resolve::near_duplicate(ha, hc, 16));
  EXPECT_EQ(resolve::simhash("CASE and Punctuation!"), resolve::simhash("case, and punctuation"));
  EXPECT_EQ(resolve::simhash(""), 0u);
}

TEST(SimHash, HammingDistanceCountsBits) {
  EXPECT_EQ(resolve::hamming_distance(0, 0), 0);
  EXPECT_EQ(resolve::hamming_distance(0, ~0ULL), 64);
  EXPECT_EQ(resolve::hamming_distance(0b1011, 0b0001), 2);
}

}  // namespace
}  // namespace tw
