#include <gtest/gtest.h>

#include "extract/facts_fixture.h"

namespace tw {
namespace {

using testing::FactDoc;

std::vector<std::string> body_values(const FactDoc& d) {
  std::vector<std::string> out;
  for (const auto& m : d.x.dates)
    if (!m.span.in_title) out.push_back(m.value);
  return out;
}

// A split year is a fiscal year: India's runs April to March, Bangladesh's July to June. A full
// "2021-2022" is one only after words naming a fiscal year.
TEST(FiscalYears, SplitYearTakesTheReportersFiscalMonths) {
  FactDoc d("India's exports",
            "NEW DELHI: India's merchandise exports in FY2023-24 stood at $437 billion, against $451 billion in "
            "2022-23. Exports in fiscal year 2021-2022 were $422 billion.",
            {2024, 5, 15});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2023-04/2024-03", "2022-04/2023-03", "2021-04/2022-03"}));

  FactDoc b("Bangladesh exports", "DHAKA, May 8 -- Bangladesh set its export target for fiscal year 2016-17.",
            {2017, 5, 8});
  b.country("BD", "Bangladesh");
  b.run(extract::make_dates_stage);
  ASSERT_EQ(b.reporter(), "BD");
  EXPECT_EQ(body_values(b).back(), "2016-07/2017-06");
}

// Where the reporter's fiscal year is not fixed, a split year stays a span of years; a full span
// of years not named a fiscal year stays one for any reporter.
TEST(FiscalYears, UnknownFiscalYearOrPlainYearsStayYears) {
  FactDoc k("Korea's exports", "SEJONG: Korea's exports in 2023-24 grew.", {2024, 5, 15});
  k.country("KR", "Korea");
  k.run(extract::make_dates_stage);
  ASSERT_EQ(k.reporter(), "KR");
  EXPECT_EQ(body_values(k), (std::vector<std::string>{"2023/2024"}));

  FactDoc i("India's exports", "NEW DELHI: India's exports grew from 2022 to 2023.", {2024, 5, 15});
  i.country("IN", "India");
  i.run(extract::make_dates_stage);
  ASSERT_EQ(i.reporter(), "IN");
  EXPECT_EQ(body_values(i), (std::vector<std::string>{"2022/2023"}));
}

}  // namespace
}  // namespace tw
