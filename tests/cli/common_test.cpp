#include <gtest/gtest.h>

#include <sstream>

#include "cli/common.h"

namespace {

using namespace tw::cli;

TEST(CliCommon, CsvQuotesOnlyWhenNeeded) {
  std::ostringstream out;
  write_csv_row(out, {"plain", "a,b", "say \"hi\"", "two\nlines", ""});
  EXPECT_EQ(out.str(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
}

TEST(CliCommon, HighlightsBoldOnTerminalBracketsOtherwise) {
  EXPECT_EQ(render_highlights("a \x02steel\x03 b", false), "a [steel] b");
  EXPECT_EQ(render_highlights("a \x02steel\x03 b", true), "a \033[1msteel\033[0m b");
  EXPECT_EQ(render_highlights("no marks", false), "no marks");
}

TEST(CliCommon, WidthAndClipRespectCharacters) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("Korea–U.S."), 10u);  // the en dash is one column, three bytes
  EXPECT_EQ(display_width("한국"), 4u);          // wide characters take two
  EXPECT_EQ(clip("abcdef", 6), "abcdef");
  EXPECT_EQ(clip("abcdefg", 6), "abcde…");
  EXPECT_EQ(clip("한국한국", 5), "한국…");  // never cuts inside a character
  EXPECT_EQ(display_width(clip("––––––––", 4)), 4u);
}

TEST(CliCommon, CellsFromJson) {
  EXPECT_EQ(cell(nullptr), "");
  EXPECT_EQ(cell("x"), "x");
  EXPECT_EQ(cell(13700000000.0), "13700000000");
  EXPECT_EQ(cell(24.3), "24.3");
  EXPECT_EQ(cell(5), "5");
  EXPECT_EQ(cell(nlohmann::json::array({"GB", "KR"}), ";"), "GB;KR");
  EXPECT_EQ(cell(nlohmann::json::array()), "");
}

TEST(CliCommon, DatabasePathPrecedence) {
  ::setenv("TRADEWATCH_DB", "/tmp/from-env.db", 1);
  EXPECT_EQ(resolve_db_path("flag.db"), "flag.db");
  EXPECT_EQ(resolve_db_path(""), "/tmp/from-env.db");
  ::unsetenv("TRADEWATCH_DB");
  EXPECT_EQ(resolve_db_path(""), "tradewatch.db");
}

TEST(CliCommon, DateOptionsRefuseWhatIsNotADate) {
  std::string from;
  CLI::App app;
  app.add_option("--from", from)->check(date_check());
  EXPECT_NO_THROW(app.parse("--from 2025-06", false));
  EXPECT_EQ(from, "2025-06");
  try {
    app.parse("--from 2025-13", false);
    ADD_FAILURE() << "2025-13 accepted";
  } catch (const CLI::ValidationError& e) {
    EXPECT_NE(std::string(e.what()).find("is not a date"), std::string::npos) << e.what();
  }
}

}  // namespace
