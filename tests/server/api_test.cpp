// Black-box tests of the HTTP API: the server runs in-process on a free loopback port over the
// real SQLite store holding the ingested sample feed, and is driven with an HTTP client.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/server.h"
#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"
#include "tradewatch/store.h"

namespace tw::server {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::string enc(const std::string& v) { return httplib::detail::encode_query_param(v); }

Status ingest_files(Store& store, const std::vector<std::string>& files) {
  auto ex = Extractor::load();
  if (!ex) return Error{ex.error()};
  for (const auto& f : files) {
    std::vector<Record> batch;
    auto st = read_feed(f, [&](Release&& r) { batch.push_back((*ex)->extract(std::move(r))); }, [](const ReadError&) {});
    if (!st) return st;
    IngestCounts counts;
    if (auto put = store.put(batch, counts); !put) return put;
  }
  return Ok{};
}

std::vector<std::string> sample_files() {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(TW_SOURCE_DIR) / "samples" / "seeds"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// One running server over its own database file.
class Running {
 public:
  Running(const std::string& db, Options o, size_t connections = 3) {
    std::vector<std::unique_ptr<Store>> stores;
    for (size_t i = 0; i < connections; ++i) {
      auto s = open_sqlite_store(db, false);
      if (!s) throw std::runtime_error(s.error());
      stores.push_back(std::move(*s));
    }
    pool_ = std::make_unique<StorePool>(std::move(stores));
    o.port = 0;
    // As `tradewatch serve` runs it: with the answer cache and its watcher handle.
    auto watcher = open_sqlite_store(db, true);
    if (!watcher) throw std::runtime_error(watcher.error());
    server_ = std::make_unique<Server>(*pool_, o, std::move(*watcher));
    auto port = server_->bind();
    if (!port) throw std::runtime_error(port.error());
    thread_ = std::thread([this] { (void)server_->run(); });
    server_->wait_until_ready();
  }
  ~Running() {
    server_->stop();
    thread_.join();
  }
  int port() const { return server_->port(); }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port());
    c.set_url_encode(false);
    c.set_read_timeout(20);
    return c;
  }

 private:
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("tw-api-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    db_ = new std::string((*dir_ / "api.db").string());
    {
      auto store = open_sqlite_store(*db_, false);
      ASSERT_TRUE(store) << store.error();
      auto st = ingest_files(**store, sample_files());
      ASSERT_TRUE(st) << st.error();
    }
    server_ = new Running(*db_, Options{});
  }
  static void TearDownTestSuite() {
    delete server_;
    fs::remove_all(*dir_);
    delete db_;
    delete dir_;
  }

  // GET returning (status, parsed body); every API answer must be JSON.
  std::pair<int, json> get(const std::string& path) {
    auto c = server_->client();
    auto res = c.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return {0, json()};
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    return {res->status, json::parse(res->body, nullptr, false)};
  }

  // An error answer: the status and the one error shape.
  void expect_error(const std::string& path, int status, const std::string& code) {
    auto [st, body] = get(path);
    EXPECT_EQ(st, status) << path << " " << body.dump();
    ASSERT_TRUE(body.is_object() && body.contains("error")) << path << " " << body.dump();
    EXPECT_EQ(body["error"]["code"], code) << path;
    EXPECT_TRUE(body["error"]["message"].is_string() && !body["error"]["message"].get<std::string>().empty());
  }

  static fs::path* dir_;
  static std::string* db_;
  static Running* server_;
};
fs::path* Api::dir_ = nullptr;
std::string* Api::db_ = nullptr;
Running* Api::server_ = nullptr;

TEST_F(Api, SearchReturnsHitsSnippetsAndFacets) {
  auto [st, r] = get("/api/search?q=trade");
  ASSERT_EQ(st, 200) << r.dump();
  EXPECT_GT(r["total"].get<int>(), 0);
  ASSERT_FALSE(r["hits"].empty());
  EXPECT_GE(r["total"].get<size_t>(), r["hits"].size());
  bool marked = false;
  for (const auto& h : r["hits"]) {
    EXPECT_TRUE(h["id"].get<std::string>().starts_with("r-"));
    EXPECT_FALSE(h["title"].get<std::string>().empty());
    for (const auto& seg : h["snippet"]) {
      EXPECT_EQ(seg["text"].get<std::string>().find('\x02'), std::string::npos);
      if (seg["mark"].get<bool>()) marked = true;
    }
  }
  EXPECT_TRUE(marked) << "no snippet marks a match";
  for (const char* facet : {"countries", "blocs", "topics", "event_types", "categories", "years"})
    EXPECT_TRUE(r["facets"].contains(facet)) << facet;
  EXPECT_FALSE(r["facets"]["countries"].empty());
  EXPECT_FALSE(r["facets"]["years"].empty());
  EXPECT_EQ(r["facets_over"], r["total"]) << "facets over the whole of a small result";
  EXPECT_EQ(r["total_exact"], true);
  EXPECT_EQ(r["ranked_over"], r["total"]) << "a small result is ranked whole";
}

TEST_F(Api, SearchWithoutFacetsAndEmptyQuery) {
  auto [st, r] = get("/api/search?facets=0&limit=3");
  ASSERT_EQ(st, 200);
  EXPECT_LE(r["hits"].size(), 3u);
  EXPECT_GT(r["total"].get<int>(), 3);  // an empty query lists every release
}

TEST_F(Api, SearchFacetFilterNarrows) {
  auto [st, all] = get("/api/search?q=trade&limit=100");
  ASSERT_EQ(st, 200);
  const auto& countries = all["facets"]["countries"];
  ASSERT_FALSE(countries.empty());
  std::string code = countries[0]["value"];
  uint64_t count = countries[0]["count"];
  auto [st2, narrowed] = get("/api/search?q=trade&limit=100&country=" + code);
  ASSERT_EQ(st2, 200);
  EXPECT_EQ(narrowed["total"].get<uint64_t>(), count) << "the facet count promises the filtered total";
  auto [st3, none] = get("/api/search?q=trade&country=AQ");
  ASSERT_EQ(st3, 200);
  EXPECT_EQ(none["total"].get<int>(), 0);
}

TEST_F(Api, SearchPagesAreStableAndDisjoint) {
  auto [s1, a] = get("/api/search?limit=3&offset=0&facets=0");
  auto [s2, b] = get("/api/search?limit=3&offset=3&facets=0");
  auto [s3, again] = get("/api/search?limit=3&offset=0&facets=0");
  ASSERT_EQ(s1, 200);
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(a["hits"], again["hits"]);
  for (const auto& x : a["hits"])
    for (const auto& y : b["hits"]) EXPECT_NE(x["id"], y["id"]);
}

TEST_F(Api, SearchRefusesBadInput) {
  expect_error("/api/search?q=" + enc("\"unbalanced"), 400, "bad_query");
  expect_error("/api/search?q=" + enc("-Japan"), 400, "bad_query");
  expect_error("/api/search?q=steel&limit=0", 400, "bad_parameter");
  expect_error("/api/search?q=steel&limit=1001", 400, "bad_parameter");
  expect_error("/api/search?q=steel&limit=abc", 400, "bad_parameter");
  expect_error("/api/search?q=steel&offset=-3", 400, "bad_parameter");
  expect_error("/api/search?q=steel&from=2025-13-01", 400, "bad_parameter");
  expect_error("/api/search?q=steel&from=2025&to=2024", 400, "bad_parameter");
  expect_error("/api/search?q=steel&country=Korea", 400, "bad_parameter");
  expect_error("/api/search?q=steel&facets=maybe", 400, "bad_parameter");
  expect_error("/api/search?qq=steel", 400, "bad_parameter");
  expect_error("/api/search?q=a&q=b", 400, "bad_parameter");
  expect_error("/api/search?q=" + enc(std::string(600, 'x')), 400, "bad_parameter");
}

TEST_F(Api, ReleaseWithMentionsFactsAndSpans) {
  auto [st, r] = get("/api/search?q=trade&limit=1&facets=0");
  ASSERT_EQ(st, 200);
  ASSERT_FALSE(r["hits"].empty());
  std::string id = r["hits"][0]["id"];
  auto [st2, rec] = get("/api/releases/" + id);
  ASSERT_EQ(st2, 200) << rec.dump();
  EXPECT_EQ(rec["id"], id);
  const std::string body = rec["body"];
  const std::string title = rec["title"];
  for (const char* field : {"countries", "blocs", "organizations", "people", "dates", "money", "percents", "topics",
                            "events", "agreements", "measures", "indicators"})
    EXPECT_TRUE(rec.contains(field)) << field;
  // Every span the API hands out points into the text it names.
  size_t spans = 0;
  for (const char* field : {"countries", "organizations", "people"}) {
    for (const auto& item : rec[field]) {
      const std::string& text = item.value("field", "") == "title" ? title : body;
      for (const auto& s : item["spans"]) {
        EXPECT_LE(s[1].get<size_t>(), text.size());
        EXPECT_LT(s[0].get<size_t>(), s[1].get<size_t>());
        ++spans;
      }
    }
  }
  for (const char* field : {"dates", "events", "agreements", "measures", "indicators"}) {
    for (const auto& item : rec[field]) {
      const std::string& text = item.value("field", "") == "title" ? title : body;
      EXPECT_LE(item["span"][1].get<size_t>(), text.size()) << field;
      ++spans;
    }
  }
  EXPECT_GT(spans, 0u);
}

TEST_F(Api, ReleaseErrors) {
  expect_error("/api/releases/r-0000000000000000", 404, "not_found");
  expect_error("/api/releases/nope", 400, "bad_parameter");
  expect_error("/api/releases/r-0000000000000000x", 400, "bad_parameter");
  expect_error("/api/releases/r-0000000000000000?x=1", 400, "bad_parameter");
  expect_error("/api/releases/", 400, "bad_parameter");
}

TEST_F(Api, Entities) {
  auto [st, r] = get("/api/entities?kind=country&limit=1000");
  ASSERT_EQ(st, 200) << r.dump();
  ASSERT_FALSE(r["items"].empty());
  bool korea = false;
  for (const auto& e : r["items"]) korea |= e.value("value", "") == "KR";
  EXPECT_TRUE(korea);
  auto [st2, topics] = get("/api/entities?kind=topic");
  ASSERT_EQ(st2, 200);
  EXPECT_FALSE(topics["items"].empty());
  expect_error("/api/entities?kind=planet", 400, "bad_parameter");
}

TEST_F(Api, FactListingsCarryTheirRelease) {
  for (const char* table : {"events", "agreements", "measures", "indicators"}) {
    auto [st, r] = get(std::string("/api/") + table + "?limit=1000");
    ASSERT_EQ(st, 200) << table << r.dump();
    EXPECT_EQ(r["limit"], 1000);
    EXPECT_FALSE(r["more"].get<bool>());
    for (const auto& item : r["items"]) {
      EXPECT_TRUE(item.contains("release_id")) << table;
      EXPECT_TRUE(item.contains("published")) << table;
    }
    expect_error(std::string("/api/") + table + "?kind=Bad!", 400, "bad_parameter");
    expect_error(std::string("/api/") + table + "?limit=5000", 400, "bad_parameter");
  }
  auto [st, events] = get("/api/events?limit=1000");
  ASSERT_EQ(st, 200);
  ASSERT_GT(events["items"].size(), 2u) << "the sample feed reports events";
  auto [st2, first] = get("/api/events?limit=1");
  ASSERT_EQ(st2, 200);
  EXPECT_EQ(first["items"].size(), 1u);
  EXPECT_TRUE(first["more"].get<bool>());
  auto [st3, second] = get("/api/events?limit=1&offset=1");
  EXPECT_EQ(second["items"][0], events["items"][1]) << "pages follow the full listing's order";
  std::string type = events["items"][0]["type"];
  auto [st4, typed] = get("/api/events?limit=1000&kind=" + type);
  ASSERT_EQ(st4, 200);
  for (const auto& e : typed["items"]) EXPECT_EQ(e["type"], type);
}

TEST_F(Api, StoriesTimelineGraphStats) {
  auto [st, stories] = get("/api/stories");
  ASSERT_EQ(st, 200) << stories.dump();
  EXPECT_FALSE(stories["items"].empty());

  auto [st2, tl] = get("/api/timeline?country=KR&limit=1000");
  ASSERT_EQ(st2, 200) << tl.dump();
  EXPECT_FALSE(tl["items"].empty());
  expect_error("/api/timeline", 400, "bad_parameter");
  expect_error("/api/timeline?country=KR&from=xx", 400, "bad_parameter");

  auto [st3, g] = get("/api/graph");
  ASSERT_EQ(st3, 200) << g.dump();
  ASSERT_TRUE(g["nodes"].is_array());
  ASSERT_TRUE(g["links"].is_array());
  std::set<std::string> ids;
  for (const auto& n : g["nodes"]) ids.insert(n["id"].get<std::string>());
  for (const auto& l : g["links"]) {
    EXPECT_TRUE(ids.count(l["source"].get<std::string>()));
    EXPECT_TRUE(ids.count(l["target"].get<std::string>()));
    EXPECT_GE(l["weight"].get<int>(), 1);
  }
  expect_error("/api/graph?country=KRR", 400, "bad_parameter");

  auto [st4, stats] = get("/api/stats");
  ASSERT_EQ(st4, 200);
  auto [st5, all] = get("/api/search?facets=0&limit=1");
  EXPECT_EQ(stats["releases"], all["total"]);
  expect_error("/api/stats?x=1", 400, "bad_parameter");
}

TEST_F(Api, OpenApiDescribesEveryServedPath) {
  auto [st, doc] = get("/api/openapi.json");
  ASSERT_EQ(st, 200);
  ASSERT_TRUE(doc.is_object());
  EXPECT_TRUE(doc["openapi"].get<std::string>().starts_with("3."));
  auto [s2, probe] = get("/api/search?q=trade&limit=1&facets=0");
  std::string id = probe["hits"][0]["id"];
  for (const auto& [path, ops] : doc["paths"].items()) {
    if (!ops.contains("get")) continue;
    std::string url = path;
    if (auto p = url.find("{id}"); p != std::string::npos) url.replace(p, 4, id);
    if (path == "/api/timeline") url += "?country=KR";
    auto [code, body] = get(url);
    EXPECT_EQ(code, 200) << path << " " << body.dump().substr(0, 300);
  }
  for (const char* path : {"/api/search", "/api/releases/{id}", "/api/entities", "/api/events", "/api/agreements",
                           "/api/measures", "/api/indicators", "/api/stories", "/api/timeline", "/api/graph",
                           "/api/stats", "/api/ingest"})
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
}

TEST_F(Api, UnknownPathsMethodsAndHeaders) {
  expect_error("/api/nothing", 404, "not_found");
  expect_error("/no-such-page.html", 404, "not_found");
  auto c = server_->client();
  std::vector<httplib::Result> answers;
  answers.push_back(c.Post("/api/search", "x", "text/plain"));
  answers.push_back(c.Delete("/api/releases/r-0000000000000000"));
  answers.push_back(c.Put("/api/stats", "{}", "application/json"));
  answers.push_back(c.Post("/api/ingest", "x", "text/plain"));
  for (auto& res : answers) {
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 405);
    EXPECT_EQ(res->get_header_value("Allow"), "GET, HEAD");
    EXPECT_EQ(json::parse(res->body)["error"]["code"], "method_not_allowed");
  }
  for (const char* path : {"/", "/api/stats"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  }
  auto page = c.Get("/");
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(page->body.find("<main"), std::string::npos);
  auto vendor = c.Get("/vendor/echarts.esm.min.js");
  ASSERT_TRUE(vendor);
  EXPECT_EQ(vendor->status, 200) << "the chart library is vendored into the web folder";
  auto head = c.Head("/api/stats");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
}

TEST_F(Api, StaticPathsCannotLeaveTheWebFolder) {
  auto c = server_->client();
  for (const char* path : {"/%2e%2e/%2e%2e/CMakeLists.txt", "/..%2f..%2fCMakeLists.txt", "/vendor/%2e%2e/%2e%2e/CMakeCache.txt",
                           "/.%2e/web-npm/package.json"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_TRUE(res->status == 400 || res->status == 404) << path << " " << res->status;
    EXPECT_EQ(res->body.find("cmake_minimum_required"), std::string::npos);
    EXPECT_EQ(res->body.find("CMAKE_"), std::string::npos);
  }
}

TEST_F(Api, ConcurrentRequestsAllAnswer) {
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&, t] {
      auto c = server_->client();
      for (int i = 0; i < 15; ++i) {
        auto res = c.Get(i % 2 ? "/api/search?q=trade&limit=5" : "/api/events?limit=5");
        if (res && res->status == 200) ++ok;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 90);
}

// A store that cannot answer: every read fails as a broken database would.
class BrokenStore : public Store {
 public:
  Status put(const std::vector<Record>&, IngestCounts&) override { return Error{"disk I/O error"}; }
  Result<SearchResult> search(const std::string&, const Filter&, bool) override { return Error{"disk I/O error"}; }
  Result<std::optional<Record>> get(const std::string&) override { return Error{"disk I/O error"}; }
  Result<nlohmann::json> stats() override { return Error{"disk I/O error"}; }
  Result<nlohmann::json> entities(const std::string&, const Filter&) override { return Error{"disk I/O error"}; }
  Result<nlohmann::json> facts(const std::string&, const Filter&) override { return Error{"disk I/O error"}; }
  Result<nlohmann::json> stories(const Filter&) override { return Error{"disk I/O error"}; }
  Result<nlohmann::json> timeline(const Filter&) override { return Error{"disk I/O error"}; }
  Result<nlohmann::json> partner_graph(const Filter&) override { return Error{"disk I/O error"}; }
};

TEST(ApiStoreFailure, DatabaseErrorsAre500WithoutDetails) {
  std::vector<std::unique_ptr<Store>> stores;
  stores.push_back(std::make_unique<BrokenStore>());
  StorePool pool(std::move(stores));
  Options o;
  o.port = 0;
  Server srv(pool, o);
  ASSERT_TRUE(srv.bind());
  std::thread th([&] { (void)srv.run(); });
  srv.wait_until_ready();
  httplib::Client c("127.0.0.1", srv.port());
  for (const char* path : {"/api/search?q=steel", "/api/releases/r-0123456789abcdef", "/api/stats", "/api/events",
                           "/api/graph", "/api/entities", "/api/stories", "/api/timeline?country=KR"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 500) << path;
    auto body = json::parse(res->body);
    EXPECT_EQ(body["error"]["code"], "internal");
    EXPECT_EQ(res->body.find("disk I/O"), std::string::npos) << "internal detail leaked";
  }
  srv.stop();
  th.join();
}

TEST(ApiIngest, TokenLimitsAndRestart) {
  fs::path dir = fs::temp_directory_path() / ("tw-ingest-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string db = (dir / "ingest.db").string();
  const std::string feed =
      "-\nTrade Talks\nKorea and Canada held trade talks in Ottawa on steel quotas. date2025-11-20\n";
  std::string id;
  {
    Options o;
    o.allow_ingest = true;
    o.token = "sekrit-token-123";
    o.max_payload = 4096;
    Running srv(db, o, 2);
    auto c = srv.client();
    auto none = c.Post("/api/ingest", feed, "text/plain");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 401);
    EXPECT_EQ(json::parse(none->body)["error"]["code"], "unauthorized");
    auto wrong = c.Post("/api/ingest", {{"Authorization", "Bearer sekrit-token-124"}}, feed, "text/plain");
    EXPECT_EQ(wrong->status, 401);
    auto big = c.Post("/api/ingest", {{"Authorization", "Bearer sekrit-token-123"}}, std::string(10000, 'x'), "text/plain");
    ASSERT_TRUE(big);
    EXPECT_EQ(big->status, 413);
    EXPECT_EQ(json::parse(big->body)["error"]["code"], "payload_too_large");
    auto empty = c.Post("/api/ingest", {{"Authorization", "Bearer sekrit-token-123"}}, "", "text/plain");
    EXPECT_EQ(empty->status, 400);
    auto good = c.Post("/api/ingest", {{"Authorization", "Bearer sekrit-token-123"}}, feed + "-\nNo date here\nbody\n", "text/plain");
    ASSERT_TRUE(good);
    ASSERT_EQ(good->status, 200) << good->body;
    auto counts = json::parse(good->body);
    EXPECT_EQ(counts["inserted"], 1);
    EXPECT_EQ(counts["rejected"], 1);
    auto again = c.Post("/api/ingest", {{"Authorization", "Bearer sekrit-token-123"}}, feed, "text/plain");
    EXPECT_EQ(json::parse(again->body)["unchanged"], 1);
    auto found = c.Get("/api/search?q=Ottawa");
    auto hits = json::parse(found->body)["hits"];
    ASSERT_EQ(hits.size(), 1u);
    id = hits[0]["id"];
  }
  {
    // A new server on the same file still has it.
    Running srv(db, Options{}, 1);
    auto c = srv.client();
    auto res = c.Get(("/api/releases/" + id).c_str());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(json::parse(res->body)["title"], "Trade Talks");
    auto post = c.Post("/api/ingest", {{"Authorization", "Bearer sekrit-token-123"}}, feed, "text/plain");
    EXPECT_EQ(post->status, 405) << "read-only unless started with ingest allowed";
  }
  fs::remove_all(dir);
}

TEST(ApiCache, AnswersAreKeptUntilTheDataChanges) {
  fs::path dir = fs::temp_directory_path() / ("tw-cache-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string db = (dir / "cache.db").string();
  const std::string auth = "Bearer sekrit-token-123";
  Options o;
  o.allow_ingest = true;
  o.token = "sekrit-token-123";
  Running srv(db, o, 2);
  auto c = srv.client();
  auto total = [&](const char* path, const char* expect_cache) {
    auto res = c.Get(path);
    EXPECT_TRUE(res);
    if (!res) return -1;
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->get_header_value("X-Cache"), expect_cache) << path;
    EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store") << "browsers must still ask";
    return json::parse(res->body)["total"].get<int>();
  };
  EXPECT_EQ(total("/api/search?q=Ottawa", "miss"), 0);
  EXPECT_EQ(total("/api/search?q=Ottawa", "hit"), 0);
  EXPECT_EQ(total("/api/search?q=Ottawa&limit=5", "miss"), 0) << "another target is another answer";

  // A commit through the server drops what was kept.
  auto post = c.Post("/api/ingest", {{"Authorization", auth}},
                     "-\nTrade Talks\nKorea and Canada held trade talks in Ottawa. date2025-11-20\n", "text/plain");
  ASSERT_TRUE(post);
  ASSERT_EQ(post->status, 200) << post->body;
  EXPECT_EQ(total("/api/search?q=Ottawa", "miss"), 1);
  EXPECT_EQ(total("/api/search?q=Ottawa", "hit"), 1);

  // So does a commit by another process's handle (a `tradewatch ingest` beside the server).
  {
    auto other = open_sqlite_store(db, false);
    ASSERT_TRUE(other) << other.error();
    auto ex = Extractor::load();
    ASSERT_TRUE(ex) << ex.error();
    Release r;
    r.title = "Ottawa Round";
    r.body = "Canada and Japan met in Ottawa on 20 November 2025.";
    r.published = "2025-11-21";
    r.id = release_id(r.title, r.published);
    IngestCounts counts;
    ASSERT_TRUE((*other)->put({(*ex)->extract(std::move(r))}, counts));
    EXPECT_EQ(counts.inserted, 1u);
  }
  EXPECT_EQ(total("/api/search?q=Ottawa", "miss"), 2);

  // Errors are never kept.
  auto bad = c.Get("/api/search?q=%22open");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  auto bad2 = c.Get("/api/search?q=%22open");
  EXPECT_EQ(bad2->get_header_value("X-Cache"), "miss");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tw::server
