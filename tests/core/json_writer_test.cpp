// write_json_line defines the record's JSON. Its text must be nlohmann's canonical form (parsing
// and dumping it changes no byte), and record_from_json must read back everything it writes.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <limits>

#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"
#include "tradewatch/json.h"

namespace {

using namespace tw;
namespace fs = std::filesystem;

std::string reference(const Record& rec, bool traces) {
  return to_json(rec, traces).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string written(const Record& rec, bool traces) {
  std::string out = "prefix";  // the writer appends
  write_json_line(rec, traces, out);
  EXPECT_EQ(out.rfind("prefix", 0), 0u);
  return out.substr(6);
}

// Extracts every release of the files (with traces) and compares both serializations.
size_t compare_feed(const std::vector<std::string>& files) {
  auto ex = Extractor::load();
  EXPECT_TRUE(ex) << (ex ? "" : ex.error());
  if (!ex) return 0;
  size_t n = 0;
  for (const auto& f : files) {
    auto st = read_feed(
        f,
        [&](Release&& r) {
          Record rec = (*ex)->extract(std::move(r), true);
          for (bool traces : {false, true}) {
            const std::string want = reference(rec, traces);
            const std::string got = written(rec, traces);
            if (got != want) {
              const auto at = std::mismatch(got.begin(), got.end(), want.begin(), want.end()).first - got.begin();
              ADD_FAILURE() << rec.release.id << " differs at byte " << at << ": got …"
                            << got.substr(at > 40 ? at - 40 : 0, 80) << "… want …"
                            << want.substr(at > 40 ? at - 40 : 0, 80);
            }
          }
          // Read back and written again: nothing is lost on the way.
          auto back = record_from_json(nlohmann::json::parse(written(rec, false)));
          EXPECT_TRUE(back) << rec.release.id;
          if (back) {
            EXPECT_EQ(written(*back, false), written(rec, false)) << rec.release.id;
          }
          // The parts a store keeps: the object without the release's members, and each fact.
          auto j = to_json(rec);
          for (const char* k : {"id", "title", "body", "category", "published", "truncated", "story", "url", "source"})
            j.erase(k);
          std::string part;
          write_extraction_json(rec, part);
          EXPECT_EQ(part, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) << rec.release.id;
          auto items = [&](const auto& facts, const char* field) {
            for (size_t i = 0; i < facts.size(); ++i) {
              part.clear();
              write_item_json(facts[i], part);
              EXPECT_EQ(part, j[field][i].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
                  << rec.release.id << " " << field << " " << i;
            }
          };
          items(rec.x.events, "events");
          items(rec.x.agreements, "agreements");
          items(rec.x.measures, "measures");
          items(rec.x.indicators, "indicators");
          ++n;
        },
        [](const ReadError&) {});
    EXPECT_TRUE(st) << f;
  }
  return n;
}

TEST(JsonWriter, SameBytesOnEverySampleRecord) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(TW_SOURCE_DIR) / "samples" / "seeds"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  ASSERT_FALSE(files.empty());
  EXPECT_GE(compare_feed(files), 40u);
}

TEST(JsonWriter, SameBytesOnEveryDevRecord) {
  EXPECT_GE(compare_feed({TW_SOURCE_DIR "/tests/fixtures/dev/releases.txt"}), 50u);
}

Record hostile(const std::string& s) {
  Record rec;
  rec.release.id = "r-" + s;
  rec.release.title = s;
  rec.release.body = "x" + s + "y";
  rec.release.published = "2024-01-02";
  rec.release.url = s;
  rec.story = s;
  rec.x.countries.push_back({s, {{1, 2, true}}});
  rec.x.blocs.push_back({"EU", {}});
  rec.x.organizations.push_back({s, "", s, {{1, 2, false}, {3, 4, true}}});
  rec.x.people.push_back({s, {s, "b"}, "", s, "", {{5, 9, true}, {0, 1, true}}});
  rec.x.topics = {s, ""};
  rec.x.events.push_back({"meeting", s, 3, "", s, "", "", "", {s}, {}, {7, 8, true}});
  rec.x.agreements.push_back({"", s, {}, s, "", {}});
  rec.x.measures.push_back({s, "tariff", "", "", "", s, {s, s}, {}});
  rec.x.traces.push_back({"people", s, s, {4294967295u, 0, true}});
  return rec;
}

TEST(JsonWriter, SameBytesOnHostileStrings) {
  const std::vector<std::string> strings = {
      "",
      "plain",
      "quote \" and backslash \\ and slash /",
      std::string("nul \0 here", 10),
      "\x01\x02\x08\t\n\x0b\x0c\r\x1b\x1f\x7f",
      "emoji \xF0\x9F\x98\x80 and \xE2\x80\x9C" "curly\xE2\x80\x9D, \xED\x95\x9C\xEA\xB5\xAD",
      "bad \xFF" "byte",
      "lone continuation \x80 here",
      "truncated \xE2\x82",
      "truncated at end \xF0\x9F\x98",
      "overlong \xC0\xAF and \xE0\x80\xAF",
      "surrogate \xED\xA0\x80",
      "above max \xF4\x90\x80\x80",
      "\"\\\xC3\xA9\xC3",
  };
  for (const auto& s : strings) {
    const Record rec = hostile(s);
    for (bool traces : {false, true}) EXPECT_EQ(written(rec, traces), reference(rec, traces)) << s;
  }
}

// Long plain runs are passed over eight bytes at a time: a byte that needs escaping or checking
// must be seen at every offset within such a block, and at the end of the string.
TEST(JsonWriter, SameBytesWithSpecialBytesAtEveryOffset) {
  const std::vector<std::string> specials = {"\"", "\\", std::string(1, '\x1f'), std::string(1, '\0'),
                                             "\xC3\xA9", "\xFF", "\x7f"};
  for (const std::string& special : specials) {
    for (size_t at = 0; at < 20; ++at) {
      std::string s(24, 'a');
      s.insert(at, special);
      const Record rec = hostile(s);
      EXPECT_EQ(written(rec, false), reference(rec, false)) << at;
    }
  }
}

// Where the target has SSE2, plain runs are passed over sixteen bytes at a time: a special byte
// at every offset of two such blocks and the tail after them.
TEST(JsonWriter, SameBytesWithSpecialBytesAtEveryOffsetOfALongRun) {
  const std::vector<std::string> specials = {"\"", "\\", std::string(1, '\x1f'), std::string(1, '\0'),
                                             "\xC3\xA9", "\xFF", "\x80", "\x7f", " "};
  for (const std::string& special : specials) {
    for (size_t at = 0; at <= 40; ++at) {
      std::string s(40, 'b');
      s.insert(at, special);
      const Record rec = hostile(s);
      EXPECT_EQ(written(rec, false), reference(rec, false)) << at;
    }
  }
}

TEST(JsonWriter, SameBytesOnNumbers) {
  const std::vector<double> values = {0.1,  1e-7, 1e21,  13700000000.0, -3.5, 24.3, 100.0, 0.0, -0.0, 1e20,
                                      1e300, 5e-324, 123456789012345678.0, 2.5e-5, 0.3,
                                      std::numeric_limits<double>::quiet_NaN(),
                                      std::numeric_limits<double>::infinity()};
  for (double v : values) {
    Record rec = hostile("n");
    rec.x.money.push_back({"m", v, "USD", {1, 2, false}});
    rec.x.percents.push_back({"p", v, {3, 4, true}});
    rec.x.indicators.push_back({"exports", "", "KR", "", "", v, "", std::nullopt, {}});
    rec.x.indicators.push_back({"exports", "s", "", "US", "2024", std::nullopt, "USD", v, {1, 1, true}});
    rec.x.events.push_back({"summit", "", std::nullopt, "", "", "", "", "", {}, {}, {}});
    rec.x.events.push_back({"summit", "", -12, "", "", "", "", "", {}, {}, {}});
    EXPECT_EQ(written(rec, false), reference(rec, false)) << v;
  }
}

// The comparison itself must be able to fail: a changed record serializes differently.
TEST(JsonWriter, DetectsDifference) {
  Record a = hostile("a"), b = hostile("a");
  b.x.money.push_back({"m", 1.0, "USD", {}});
  EXPECT_NE(written(b, false), reference(a, false));
  EXPECT_NE(written(a, true), reference(a, false));
}

}  // namespace
