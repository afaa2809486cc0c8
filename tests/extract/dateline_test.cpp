// Datelines that open a release body (government styles and wire credits) end after their dash.
#include <gtest/gtest.h>

#include <string>

#include "extract/lexicon.h"

namespace tw {
namespace {

std::string prefix(std::string_view body) { return std::string(body.substr(0, extract::lex::dateline_end(body))); }

TEST(Dateline, GovernmentAndWireStyles) {
  EXPECT_EQ(prefix("WASHINGTON – The United States …"), "WASHINGTON –");
  EXPECT_EQ(prefix("GENEVA, 11 December 2024 — The WTO's …"), "GENEVA, 11 December 2024 —");
  EXPECT_EQ(prefix("SEOUL, Dec 1 (Reuters) - South Korea's exports rose"), "SEOUL, Dec 1 (Reuters) -");
  EXPECT_EQ(prefix("NEW DELHI, March 12 (Reuters) - India has imposed"), "NEW DELHI, March 12 (Reuters) -");
  EXPECT_EQ(prefix("TOKYO (Bloomberg) -- Japan will add"), "TOKYO (Bloomberg) --");
  EXPECT_EQ(prefix("BRUSSELS (AP) — The European Union"), "BRUSSELS (AP) —");
  EXPECT_EQ(prefix("TOKYO, Dec. 3 (Kyodo) -- Japan and Britain"), "TOKYO, Dec. 3 (Kyodo) --");
  EXPECT_EQ(prefix("Brasília, December 16, 2025 – Mercosur and"), "Brasília, December 16, 2025 –");
  // The day as an ordinal, as WAM writes it; a word ending in "th" is no day.
  EXPECT_EQ(prefix("ABU DHABI, 16th April, 2024 (WAM) -- The UAE and"), "ABU DHABI, 16th April, 2024 (WAM) --");
  EXPECT_EQ(extract::lex::dateline_end("The 16 thousand traders - a record."), 0u);
  // A city in capitals before a colon, as some Asian and Gulf papers write it.
  EXPECT_EQ(prefix("SINGAPORE: Minister for Trade and Industry"), "SINGAPORE:");
  EXPECT_EQ(prefix("KUALA LUMPUR: Malaysia's exports"), "KUALA LUMPUR:");
  // The day and an agency's credit between the city and the colon, as APP writes it.
  EXPECT_EQ(prefix("ISLAMABAD, July 16 (APP): Pakistan and Uzbekistan"), "ISLAMABAD, July 16 (APP):");
  EXPECT_EQ(prefix("LAHORE (APP): Exports rose"), "LAHORE (APP):");
  // A place and a full date before a colon, with any agency credit.
  EXPECT_EQ(prefix("New Delhi, 12 August 2024: The 10th round"), "New Delhi, 12 August 2024:");
  EXPECT_EQ(prefix("Islamabad, Aug 12, 2024 (APP): Pakistan's exports"), "Islamabad, Aug 12, 2024 (APP):");
  EXPECT_EQ(prefix("Nairobi, Kenya, 3rd March, 2025: The Ministry"), "Nairobi, Kenya, 3rd March, 2025:");
}

TEST(Dateline, NotDatelines) {
  EXPECT_EQ(extract::lex::dateline_end("The Ministry of Commerce announced on 8 July its final ruling."), 0u);
  EXPECT_EQ(extract::lex::dateline_end("Exports rose 8.4% (year on year) - a record."), 0u);
  EXPECT_EQ(extract::lex::dateline_end("India (which imposed duties) said - nothing."), 0u);
  EXPECT_EQ(extract::lex::dateline_end("Minister for Trade and Tourism Senator Don Farrell today signed"), 0u);
  // A colon after words in their own case opens no dateline.
  EXPECT_EQ(extract::lex::dateline_end("Note: figures are provisional."), 0u);
  EXPECT_EQ(extract::lex::dateline_end("Seoul: the ministry said"), 0u);
  // A date without its year before a colon is a heading.
  EXPECT_EQ(extract::lex::dateline_end("Seoul, 12 August: the ministry said"), 0u);
  EXPECT_EQ(extract::lex::dateline_end("Seoul, May 3 (Yonhap): the ministry said"), 0u);
  EXPECT_EQ(extract::lex::dateline_end("Exports in 12 months to March 2024: up 5%"), 0u);
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// Trend and other Central Asian wires close the dateline with a full stop ("BAKU, Azerbaijan,
// Nov. 22. Azerbaijani Economy Minister …"); a sentence of capitalized words does not.
TEST(Dateline, ClosedByAFullStop) {
  EXPECT_EQ(prefix("TASHKENT, Uzbekistan, January 9. Minister of Investment"), "TASHKENT, Uzbekistan, January 9. ");
  EXPECT_EQ(prefix("BAKU, Azerbaijan, Nov. 22. Azerbaijani Economy Minister"), "BAKU, Azerbaijan, Nov. 22. ");
  EXPECT_EQ(extract::lex::dateline_end("Korea, Japan, China. The three met."), 0u);
  // TASS: city and day, then the agency between slashes and a full stop.
  EXPECT_EQ(prefix("ST. PETERSBURG, December 25. /TASS/. Russia and Iran signed"),
            "ST. PETERSBURG, December 25. /TASS/. ");
  EXPECT_EQ(prefix("MOSCOW, June 3. /TASS/. The Russian government"), "MOSCOW, June 3. /TASS/. ");
  EXPECT_EQ(extract::lex::dateline_end("Exports, March 3. /Note/. Figures rose."), 0u);
}

}  // namespace
}  // namespace tw
