// The loader of the files of several cue lists (measure_cues.tsv, indicator_cues.tsv): how each
// list pads its words, and which rows are errors.
#include "extract/cue_lists.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace {

using tw::extract::CueList;
using tw::extract::load_cue_lists;
using tw::extract::pad_cue;

// A space goes next to a letter or digit only, on the sides the list says; punctuation and a
// non-ASCII dash stay as written.
TEST(CueLists, PadsNextToLettersOnTheListsSides) {
  EXPECT_EQ(pad_cue("covering", 'w', false), " covering ");
  EXPECT_EQ(pad_cue(", while", 'w', false), ", while ");
  EXPECT_EQ(pad_cue(";", 'w', false), ";");
  EXPECT_EQ(pad_cue("\xE2\x80\x94", 'w', false), "\xE2\x80\x94");  // an em dash
  EXPECT_EQ(pad_cue("per cent", 'p', false), " per cent");
  EXPECT_EQ(pad_cue("%", 'p', false), "%");
  EXPECT_EQ(pad_cue("about", 'a', false), "about ");
  EXPECT_EQ(pad_cue("end-", 'a', false), "end-");
  EXPECT_EQ(pad_cue("tariff", 'n', false), "tariff");
  // "whole" adds the space after a 'p' list's word ("cut" is not the start of "cutting").
  EXPECT_EQ(pad_cue("cut", 'p', true), " cut ");
  EXPECT_EQ(pad_cue("cut", 'n', true), "cut ");
}

class CueListsFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("tw-cue-lists-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& rows) { std::ofstream(dir_ / "cues.tsv") << "# test lists\n" << rows; }
  std::filesystem::path dir_;
  std::vector<std::string> verbs_, leads_;
  const CueList lists_[2] = {{"verb", &verbs_, 'w'}, {"lead", &leads_, 'a'}};
};

TEST_F(CueListsFile, ReadsEachRowIntoItsList) {
  write("verb\timposed\nlead\tfrom\nverb\t, while\nlead\tcut\twhole\n");
  auto st = load_cue_lists(dir_.string(), "cues.tsv", lists_);
  ASSERT_TRUE(st) << st.error();
  EXPECT_EQ(verbs_, (std::vector<std::string>{" imposed ", ", while "}));
  EXPECT_EQ(leads_, (std::vector<std::string>{"from ", "cut "}));
}

TEST_F(CueListsFile, AnUnknownListIsAnErrorNamingTheFile) {
  write("verb\timposed\nnoun\ttariff\n");
  auto st = load_cue_lists(dir_.string(), "cues.tsv", lists_);
  ASSERT_FALSE(st);
  EXPECT_NE(st.error().find("cues.tsv: unknown list noun"), std::string::npos);
  write("verb\n");
  EXPECT_FALSE(load_cue_lists(dir_.string(), "cues.tsv", lists_));
}

// An empty word is the bare space only where the rules allow it; elsewhere it is an error.
TEST_F(CueListsFile, AnEmptyWordIsASpaceOnlyWhenAllowed) {
  write("verb\t\nverb\twill\n");
  EXPECT_FALSE(load_cue_lists(dir_.string(), "cues.tsv", lists_));
  verbs_.clear();
  auto st = load_cue_lists(dir_.string(), "cues.tsv", lists_, {.empty_is_space = true});
  ASSERT_TRUE(st) << st.error();
  EXPECT_EQ(verbs_, (std::vector<std::string>{" ", " will "}));
}

TEST_F(CueListsFile, AMissingFileIsAnError) {
  EXPECT_FALSE(load_cue_lists(dir_.string(), "absent.tsv", lists_));
}

}  // namespace
