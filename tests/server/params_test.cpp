#include "server/params.h"

#include <gtest/gtest.h>

namespace tw::server {
namespace {

Params P(std::initializer_list<std::pair<const std::string, std::string>> kv) { return Params(kv); }

TEST(Params, EmptyGivesDefaults) {
  auto f = parse_filter({});
  ASSERT_TRUE(f) << f.error();
  EXPECT_EQ(f->limit, 20u);
  EXPECT_EQ(f->offset, 0u);
  EXPECT_TRUE(f->countries.empty());
}

TEST(Params, CodesAreNormalizedAndSplit) {
  auto f = parse_filter(P({{"country", "kr,us"}, {"country", "JP"}, {"bloc", "eu"}, {"topic", "Steel"}}));
  ASSERT_TRUE(f) << f.error();
  EXPECT_EQ(f->countries, (std::vector<std::string>{"KR", "US", "JP"}));
  EXPECT_EQ(f->blocs, (std::vector<std::string>{"EU"}));
  EXPECT_EQ(f->topics, (std::vector<std::string>{"steel"}));
}

TEST(Params, NamesKeepTheirCommas) {
  auto f = parse_filter(P({{"org", "Ministry of Trade, Industry and Energy"}}));
  ASSERT_TRUE(f) << f.error();
  ASSERT_EQ(f->orgs.size(), 1u);
  EXPECT_EQ(f->orgs[0], "Ministry of Trade, Industry and Energy");
}

TEST(Params, RefusesUnknownAndRepeated) {
  auto unknown = parse_filter(P({{"contry", "KR"}}));
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().find("contry"), std::string::npos);
  EXPECT_FALSE(parse_filter(P({{"limit", "5"}, {"limit", "6"}})));
  // Extra names are allowed only where the endpoint reads them.
  EXPECT_FALSE(parse_filter(P({{"q", "steel"}})));
  EXPECT_TRUE(parse_filter(P({{"q", "steel"}}), {"q"}));
}

TEST(Params, LimitAndOffsetBounds) {
  EXPECT_TRUE(parse_filter(P({{"limit", "1"}})));
  EXPECT_TRUE(parse_filter(P({{"limit", std::to_string(kMaxLimit)}})));
  EXPECT_FALSE(parse_filter(P({{"limit", std::to_string(kMaxLimit + 1)}})));
  EXPECT_FALSE(parse_filter(P({{"limit", "0"}})));
  EXPECT_FALSE(parse_filter(P({{"limit", "-1"}})));
  EXPECT_FALSE(parse_filter(P({{"limit", "10abc"}})));
  EXPECT_FALSE(parse_filter(P({{"limit", "99999999999999999999999"}})));
  EXPECT_FALSE(parse_filter(P({{"offset", "x"}})));
  EXPECT_TRUE(parse_filter(P({{"offset", "40"}})));
}

TEST(Params, Dates) {
  EXPECT_FALSE(parse_filter(P({{"from", "2025-13"}})));
  EXPECT_FALSE(parse_filter(P({{"to", "2025-12-32"}})));
  EXPECT_TRUE(parse_filter(P({{"from", "2024"}, {"to", "2025-06"}})));
  EXPECT_TRUE(parse_filter(P({{"from", "2025"}, {"to", "2025-06"}})));  // same year: not reversed
  auto reversed = parse_filter(P({{"from", "2025-06-01"}, {"to", "2024"}}));
  ASSERT_FALSE(reversed);
  EXPECT_NE(reversed.error().find("after"), std::string::npos);
}

TEST(Params, BadCodes) {
  EXPECT_FALSE(parse_filter(P({{"country", "KOR"}})));
  EXPECT_FALSE(parse_filter(P({{"country", "K1"}})));
  EXPECT_FALSE(parse_filter(P({{"country", ""}})));
  EXPECT_FALSE(parse_filter(P({{"country", "KR,"}})));
  EXPECT_FALSE(parse_filter(P({{"bloc", "E U"}})));
  EXPECT_FALSE(parse_filter(P({{"topic", "steel; drop table"}})));
  EXPECT_FALSE(parse_filter(P({{"org", std::string(300, 'a')}})));
}

TEST(Params, BoolParam) {
  EXPECT_TRUE(*bool_param(P({{"facets", "0"}}), "facets", true) == false);
  EXPECT_TRUE(*bool_param(P({{"facets", "true"}}), "facets", false));
  EXPECT_TRUE(*bool_param({}, "facets", true));
  EXPECT_FALSE(bool_param(P({{"facets", "maybe"}}), "facets", true));
}

}  // namespace
}  // namespace tw::server
