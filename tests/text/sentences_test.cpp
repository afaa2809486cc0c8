// Sentence splitting: where a period ends a sentence and where it only abbreviates.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "text/sentence_rules.h"
#include "text/sentences.h"

namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : tw::text::split_sentences(text, tw::testing::sentence_rules())) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// "KUALA LUMPUR, Feb. 26 (Xinhua) --", "Sept. 5": a month's short form before a number opens a
// date. Before a capital, or as the end of a longer word, the period still ends the sentence.
TEST(Sentences, MonthShortFormBeforeANumber) {
  EXPECT_EQ(sentences("KUALA LUMPUR, Feb. 26 (Xinhua) -- Exports rose. Imports fell."),
            (std::vector<std::string>{"KUALA LUMPUR, Feb. 26 (Xinhua) -- Exports rose.", "Imports fell."}));
  EXPECT_EQ(sentences("Talks ended on Sept. 5 in Seoul. They resume in Dec. 2026 talks."),
            (std::vector<std::string>{"Talks ended on Sept. 5 in Seoul.", "They resume in Dec. 2026 talks."}));
  EXPECT_EQ(sentences("The talks ended in Dec. The next round opens soon."),
            (std::vector<std::string>{"The talks ended in Dec.", "The next round opens soon."}));
  EXPECT_EQ(sentences("Shipments rose at Cannondec. 5 firms joined."),
            (std::vector<std::string>{"Shipments rose at Cannondec.", "5 firms joined."}));
}

}  // namespace

namespace {

// "TASHKENT, Uzbekistan, January 9. Minister …": a wire dateline of city, country and day closed
// by a full stop opens the lede, no sentence of its own. A sentence that only looks like one (no
// city in capitals, or no day) still ends.
TEST(Sentences, DatelineClosedByAFullStop) {
  EXPECT_EQ(sentences("TASHKENT, Uzbekistan, January 9. Minister Kudratov met the adviser. They talked."),
            (std::vector<std::string>{"TASHKENT, Uzbekistan, January 9. Minister Kudratov met the adviser.",
                                      "They talked."}));
  EXPECT_EQ(sentences("BAKU, Azerbaijan, Nov. 22. The minister met his counterpart."),
            (std::vector<std::string>{"BAKU, Azerbaijan, Nov. 22. The minister met his counterpart."}));
  EXPECT_EQ(sentences("Exports, Imports, January 9. The data came out."),
            (std::vector<std::string>{"Exports, Imports, January 9.", "The data came out."}));
  EXPECT_EQ(sentences("SEOUL, Korea, January. The data came out."),
            (std::vector<std::string>{"SEOUL, Korea, January.", "The data came out."}));
  EXPECT_EQ(tw::text::period_dateline_end("TASHKENT, Uzbekistan, January 9. Minister"), 32u);
  EXPECT_EQ(tw::text::period_dateline_end("Exports, Imports, January 9. The data"), 0u);
  // TASS closes its dateline with the agency between slashes: neither full stop ends a sentence.
  EXPECT_EQ(sentences("MOSCOW, December 25. /TASS/. Russia and Iran signed a deal. They met."),
            (std::vector<std::string>{"MOSCOW, December 25. /TASS/. Russia and Iran signed a deal.", "They met."}));
  EXPECT_EQ(tw::text::period_dateline_end("MOSCOW, December 25. /TASS/. Russia"), 28u);
  EXPECT_EQ(tw::text::period_dateline_end("Exports, December 25. /TASS/. Figures"), 0u);
  EXPECT_EQ(tw::text::period_dateline_end("MOSCOW, December 25. /note/. Figures"), 0u);
}

}  // namespace

namespace {

// "U.S." and "Inc." sit inside names ("the U.S. Trade Representative", "Hyundai Motor Co. Ltd.")
// but also close sentences: before a word that opens sentences ("The", "It", "However") they
// end one. Titles before a name and initials never do.
TEST(Sentences, DottedAbbreviationBeforeASentenceOpener) {
  EXPECT_EQ(sentences("He visited the U.S. The two sides met. Talks ended."),
            (std::vector<std::string>{"He visited the U.S.", "The two sides met.", "Talks ended."}));
  EXPECT_EQ(sentences("Orders went to Hanwha Ocean Co. It will build ships."),
            (std::vector<std::string>{"Orders went to Hanwha Ocean Co.", "It will build ships."}));
  EXPECT_EQ(sentences("He met the U.S. Trade Representative. They talked."),
            (std::vector<std::string>{"He met the U.S. Trade Representative.", "They talked."}));
  EXPECT_EQ(sentences("He met U.S. Under Secretary Jacob Helberg."),
            (std::vector<std::string>{"He met U.S. Under Secretary Jacob Helberg."}));
  EXPECT_EQ(sentences("She met Mr. The Anh and Donald J. The Elder."),
            (std::vector<std::string>{"She met Mr. The Anh and Donald J. The Elder."}));
  EXPECT_EQ(sentences("Talks start at 10 a.m. The minister opens them."),
            (std::vector<std::string>{"Talks start at 10 a.m.", "The minister opens them."}));
}

// The words come from data/sentence_words.tsv: a word added there as an abbreviation keeps its
// full stop inside the sentence, and a row with an unknown role is an error naming the file.
TEST(Sentences, RulesAreReadFromTheDataFolder) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("tw-sentences-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const std::string& rows) { std::ofstream(dir / "sentence_words.tsv") << "# test\n" << rows; };
  const std::string_view text = "Talks with Cllr. Smith went well. Trade rose.";
  write("Mr\tabbreviation\n");
  auto plain = tw::text::SentenceRules::load(dir.string());
  ASSERT_TRUE(plain);
  EXPECT_EQ(tw::text::split_sentences(text, *plain).size(), 3u);
  write("Cllr\tabbreviation\n");
  auto more = tw::text::SentenceRules::load(dir.string());
  ASSERT_TRUE(more);
  EXPECT_EQ(tw::text::split_sentences(text, *more).size(), 2u);
  write("Cllr\ttitle\n");
  auto bad = tw::text::SentenceRules::load(dir.string());
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().find("sentence_words.tsv"), std::string::npos);
  EXPECT_NE(bad.error().find("unknown role 'title'"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
