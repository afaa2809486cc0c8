#include "server/static_files.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace tw::server {
namespace {

namespace fs = std::filesystem;

class StaticFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("tw-static-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "web" / "vendor");
    fs::create_directories(base_ / "web" / "sub");
    std::ofstream(base_ / "web" / "index.html") << "<!doctype html>";
    std::ofstream(base_ / "web" / "vendor" / "lib.js") << "export {}";
    std::ofstream(base_ / "web" / "sub" / "index.html") << "sub";
    std::ofstream(base_ / "web" / ".hidden.json") << "{}";
    std::ofstream(base_ / "web" / "notes.sh") << "echo";
    std::ofstream(base_ / "secret.json") << "{\"secret\": 1}";
    fs::create_symlink(base_ / "secret.json", base_ / "web" / "escape.json");
    web_ = (base_ / "web").string();
  }
  void TearDown() override { fs::remove_all(base_); }

  StaticLookup lookup(std::string_view url) { return resolve_static(web_, url, file_); }

  fs::path base_;
  std::string web_, file_;
};

TEST_F(StaticFiles, ServesFilesInsideTheFolder) {
  ASSERT_EQ(lookup("/"), StaticLookup::kFound);
  EXPECT_EQ(fs::path(file_).filename(), "index.html");
  ASSERT_EQ(lookup("/vendor/lib.js"), StaticLookup::kFound);
  EXPECT_EQ(fs::path(file_).filename(), "lib.js");
  ASSERT_EQ(lookup("/sub/"), StaticLookup::kFound);
  EXPECT_EQ(fs::path(file_).parent_path().filename(), "sub");
}

TEST_F(StaticFiles, RefusesTraversal) {
  EXPECT_EQ(lookup("/../secret.json"), StaticLookup::kRefused);
  EXPECT_EQ(lookup("/vendor/../../secret.json"), StaticLookup::kRefused);
  EXPECT_EQ(lookup("/./index.html"), StaticLookup::kRefused);
  EXPECT_EQ(lookup("//etc/passwd"), StaticLookup::kRefused);
  EXPECT_EQ(lookup("/..\\secret.json"), StaticLookup::kRefused);
  EXPECT_EQ(lookup(std::string_view("/index.html\0.js", 15)), StaticLookup::kRefused);
  EXPECT_EQ(lookup("/.hidden.json"), StaticLookup::kRefused);
  EXPECT_EQ(lookup("relative.html"), StaticLookup::kRefused);
  // A symlink inside the folder that leads outside it.
  EXPECT_EQ(lookup("/escape.json"), StaticLookup::kRefused);
}

TEST_F(StaticFiles, UnknownTypesAndMissingFilesAreNotFound) {
  EXPECT_EQ(lookup("/notes.sh"), StaticLookup::kNotFound);
  EXPECT_EQ(lookup("/missing.html"), StaticLookup::kNotFound);
  EXPECT_EQ(lookup("/vendor"), StaticLookup::kNotFound);  // a folder without a slash has no type
}

TEST(MimeType, KnownAndUnknown) {
  EXPECT_EQ(mime_type("a/b.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(mime_type("x.html"), "text/html; charset=utf-8");
  EXPECT_EQ(mime_type("x.json"), "application/json; charset=utf-8");
  EXPECT_TRUE(mime_type("x.exe").empty());
  EXPECT_TRUE(mime_type("js").empty());
}

}  // namespace
}  // namespace tw::server
