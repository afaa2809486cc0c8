#include "server/routes.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include <fmt/format.h>

#include "server/http_json.h"
#include "server/params.h"
#include "tradewatch/feed.h"
#include "tradewatch/json.h"
#include "tradewatch/query.h"

namespace tw::server {
namespace {

using json = nlohmann::json;
using NameSet = std::set<std::string, std::less<>>;

const std::string kReleaseIdPattern = "r-[0-9a-f]{16}";

// Listings fetch one item more than asked so the answer can say whether another page exists.
json page(json items, const Filter& asked) {
  json out;
  bool more = items.is_array() && items.size() > asked.limit;
  if (more) items.erase(items.begin() + static_cast<std::ptrdiff_t>(asked.limit), items.end());
  out["items"] = items.is_array() ? std::move(items) : json::array();
  out["limit"] = asked.limit;
  out["offset"] = asked.offset;
  out["more"] = more;
  return out;
}

Filter one_more(Filter f) {
  f.limit = std::min(f.limit + 1, kMaxLimit);
  return f;
}

void store_failed(httplib::Response& res, const std::string& what, const std::string& why) {
  std::fprintf(stderr, "tradewatch serve: %s: %s\n", what.c_str(), why.c_str());
  send_error(res, 500, "internal", fmt::format("the database could not answer ({})", what));
}

// A snippet with \x02…\x03 match markers as segments the page renders as text and <mark>.
json snippet_segments(std::string_view s) {
  json out = json::array();
  bool mark = false;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back({{"text", cur}, {"mark", mark}});
    cur.clear();
  };
  for (char c : s) {
    if (c == '\x02' || c == '\x03') {
      flush();
      mark = c == '\x02';
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

std::string_view bearer_token(const httplib::Request& req) {
  auto it = req.headers.find("Authorization");
  if (it == req.headers.end()) return {};
  std::string_view v = it->second;
  constexpr std::string_view kPrefix = "Bearer ";
  if (v.size() <= kPrefix.size() || v.substr(0, kPrefix.size()) != kPrefix) return {};
  return v.substr(kPrefix.size());
}

// Compares without an early exit, so timing does not reveal how much of the token matched.
bool same_secret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i % (b.empty() ? 1 : b.size())]);
  return diff == 0 && !b.empty();
}

// kind: an event type, agreement kind, measure kind or metric code.
Result<std::string> kind_param(const Params& params) {
  auto kind = single_param(params, "kind", 40);
  if (!kind) return kind;
  for (char c : *kind) {
    if (!(std::islower(static_cast<unsigned char>(c)) || c == '_'))
      return Error{fmt::format("parameter 'kind' must be a code such as meeting, tariff or fta, got '{}'", *kind)};
  }
  return kind;
}

class Api {
 public:
  explicit Api(const RouteContext& ctx) : ctx_(ctx) {}

  void search(const httplib::Request& req, httplib::Response& res) {
    auto filter = parse_filter(req.params, NameSet{"q", "facets", "kind"});
    if (!filter) return send_error(res, 400, "bad_parameter", filter.error());
    auto q = single_param(req.params, "q", 500);
    if (!q) return send_error(res, 400, "bad_parameter", q.error());
    auto facets = bool_param(req.params, "facets", true);
    if (!facets) return send_error(res, 400, "bad_parameter", facets.error());
    auto kind = kind_param(req.params);
    if (!kind) return send_error(res, 400, "bad_parameter", kind.error());
    filter->kind = *kind;
    if (!q->empty()) {
      auto fts = translate_query(*q);
      if (!fts) return send_error(res, 400, "bad_query", fts.error());
    }
    auto lease = ctx_.stores.acquire();
    auto r = lease->search(*q, *filter, *facets);
    if (!r) return store_failed(res, "search", r.error());
    json out;
    out["query"] = *q;
    out["total"] = r->total;
    out["total_exact"] = r->total_exact;
    out["ranked_over"] = r->ranked_over;
    out["limit"] = filter->limit;
    out["offset"] = filter->offset;
    json hits = json::array();
    for (const auto& h : r->hits) {
      hits.push_back({{"id", h.id},
                      {"title", h.title},
                      {"published", h.published},
                      {"category", h.category ? json(*h.category) : json(nullptr)},
                      {"score", h.score},
                      {"snippet", snippet_segments(h.snippet)}});
    }
    out["hits"] = std::move(hits);
    json fj = json::object();
    for (const auto& [name, counts] : r->facets) {
      json a = json::array();
      for (const auto& c : counts) a.push_back({{"value", c.value}, {"count", c.count}});
      fj[name] = std::move(a);
    }
    out["facets"] = std::move(fj);
    if (*facets) out["facets_over"] = r->facets_over;
    send_json(res, out);
  }

  void release(const httplib::Request& req, httplib::Response& res) {
    if (!req.params.empty()) return send_error(res, 400, "bad_parameter", fmt::format("unknown parameter '{}'", req.params.begin()->first));
    const std::string id = req.matches[1];
    static const std::regex kId(kReleaseIdPattern);
    if (!std::regex_match(id, kId))
      return send_error(res, 400, "bad_parameter", fmt::format("'{}' is not a release id (r- and 16 hex digits)", id));
    auto lease = ctx_.stores.acquire();
    auto r = lease->get(id);
    if (!r) return store_failed(res, "get", r.error());
    if (!r->has_value()) return send_error(res, 404, "not_found", fmt::format("no release {}", id));
    // The record's JSON line is the answer as it is.
    std::string body;
    write_json_line(**r, false, body);
    res.status = 200;
    res.set_content(std::move(body), "application/json; charset=utf-8");
  }

  void entities(const httplib::Request& req, httplib::Response& res) {
    auto filter = parse_filter(req.params, NameSet{"kind"});
    if (!filter) return send_error(res, 400, "bad_parameter", filter.error());
    auto kind = single_param(req.params, "kind", 20);
    if (!kind) return send_error(res, 400, "bad_parameter", kind.error());
    static const NameSet kKinds{"", "country", "bloc", "org", "person", "topic"};
    if (!kKinds.count(*kind))
      return send_error(res, 400, "bad_parameter",
                        fmt::format("parameter 'kind' must be country, bloc, org, person or topic, got '{}'", *kind));
    auto lease = ctx_.stores.acquire();
    auto r = lease->entities(*kind, one_more(*filter));
    if (!r) return store_failed(res, "entities", r.error());
    send_json(res, page(std::move(*r), *filter));
  }

  void facts(const std::string& table, const httplib::Request& req, httplib::Response& res) {
    auto filter = parse_filter(req.params, NameSet{"kind"});
    if (!filter) return send_error(res, 400, "bad_parameter", filter.error());
    auto kind = kind_param(req.params);
    if (!kind) return send_error(res, 400, "bad_parameter", kind.error());
    filter->kind = *kind;
    auto lease = ctx_.stores.acquire();
    auto r = lease->facts(table, one_more(*filter));
    if (!r) return store_failed(res, table, r.error());
    send_json(res, page(std::move(*r), *filter));
  }

  void stories(const httplib::Request& req, httplib::Response& res) {
    auto filter = parse_filter(req.params);
    if (!filter) return send_error(res, 400, "bad_parameter", filter.error());
    auto lease = ctx_.stores.acquire();
    auto r = lease->stories(one_more(*filter));
    if (!r) return store_failed(res, "stories", r.error());
    send_json(res, page(std::move(*r), *filter));
  }

  void timeline(const httplib::Request& req, httplib::Response& res) {
    auto filter = parse_filter(req.params);
    if (!filter) return send_error(res, 400, "bad_parameter", filter.error());
    if (filter->countries.empty() && filter->topics.empty() && filter->orgs.empty() && filter->people.empty())
      return send_error(res, 400, "bad_parameter", "timeline needs one of 'country', 'topic', 'org' or 'person'");
    auto lease = ctx_.stores.acquire();
    auto r = lease->timeline(one_more(*filter));
    if (!r) return store_failed(res, "timeline", r.error());
    // A timeline page holds the latest facts shown oldest first: the extra one is the oldest.
    const bool more = r->is_array() && r->size() > filter->limit;
    if (more) r->erase(r->begin());
    json out = page(std::move(*r), *filter);
    out["more"] = more;
    send_json(res, out);
  }

  void graph(const httplib::Request& req, httplib::Response& res) {
    auto filter = parse_filter(req.params);
    if (!filter) return send_error(res, 400, "bad_parameter", filter.error());
    // The graph is one object, not a page: without an explicit limit it covers everything.
    if (!req.has_param("limit")) filter->limit = kMaxLimit;
    auto lease = ctx_.stores.acquire();
    auto r = lease->partner_graph(*filter);
    if (!r) return store_failed(res, "graph", r.error());
    send_json(res, *r);
  }

  void stats(const httplib::Request& req, httplib::Response& res) {
    if (!req.params.empty()) return send_error(res, 400, "bad_parameter", fmt::format("unknown parameter '{}'", req.params.begin()->first));
    auto lease = ctx_.stores.acquire();
    auto r = lease->stats();
    if (!r) return store_failed(res, "stats", r.error());
    send_json(res, *r);
  }

  void openapi(const httplib::Request&, httplib::Response& res) {
    std::ifstream in(std::filesystem::path(ctx_.options.web_dir) / "openapi.json", std::ios::binary);
    if (!in) return send_error(res, 404, "not_found", "the API description is not installed in the web folder");
    std::ostringstream body;
    body << in.rdbuf();
    res.set_content(body.str(), "application/json; charset=utf-8");
  }

  // Feed text or JSON Lines in the body; extracted and stored in one transaction.
  void ingest(const httplib::Request& req, httplib::Response& res) {
    std::string_view token = bearer_token(req);
    if (token.empty() || !same_secret(token, ctx_.options.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return send_error(res, 401, "unauthorized", "a valid 'Authorization: Bearer TOKEN' header is required");
    }
    if (req.body.empty()) return send_error(res, 400, "bad_parameter", "the request body is empty: send feed text or JSON Lines");
    // The feed reader works on files (it streams large inputs); give it the body as one.
    char path[] = "/tmp/tradewatch-ingest-XXXXXX";
    int fd = ::mkstemp(path);
    if (fd < 0) return send_error(res, 500, "internal", "could not stage the request body");
    bool written = ::write(fd, req.body.data(), req.body.size()) == static_cast<ssize_t>(req.body.size());
    ::close(fd);
    std::vector<Record> batch;
    json errors = json::array();
    IngestCounts counts;
    Status st = written ? read_feed(
                              path,
                              [&](Release&& r) {
                                r.file = "request";
                                batch.push_back(ctx_.extractor->extract(std::move(r)));
                              },
                              [&](const ReadError& e) {
                                ++counts.rejected;
                                if (errors.size() < 100) errors.push_back({{"line", e.line}, {"reason", e.reason}});
                              })
                        : Status(Error{"short write"});
    ::unlink(path);
    if (!st) return send_error(res, 500, "internal", "could not read the request body");
    counts.read = batch.size();
    {
      auto lease = ctx_.stores.acquire();
      auto put = lease->put(batch, counts);
      if (!put) return store_failed(res, "ingest", put.error());
    }
    send_json(res, json{{"read", counts.read},
                        {"inserted", counts.inserted},
                        {"merged", counts.merged},
                        {"unchanged", counts.unchanged},
                        {"rejected", counts.rejected},
                        {"errors", errors}});
  }

 private:
  RouteContext ctx_;
};

}  // namespace

void register_api_routes(httplib::Server& http, const RouteContext& ctx) {
  auto api = std::make_shared<Api>(ctx);
  ResponseCache* cache = ctx.cache;
  // Every GET answer goes through the cache (when there is one); only successes are kept.
  auto cached = [cache](std::function<void(const httplib::Request&, httplib::Response&)> handler) {
    return [cache, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Cache-Control", "no-store");
      if (!cache || !cache->enabled()) return handler(req, res);
      auto found = cache->find(req.target);
      if (found.answer) {
        res.set_header("X-Cache", "hit");
        res.set_content(found.answer->body, found.answer->content_type);
        return;
      }
      handler(req, res);
      res.set_header("X-Cache", "miss");
      if (res.status == 200)
        cache->insert(req.target, found.generation, {res.body, res.get_header_value("Content-Type")});
    };
  };
  auto bind = [api, cached](void (Api::*fn)(const httplib::Request&, httplib::Response&)) {
    return cached([api, fn](const httplib::Request& req, httplib::Response& res) { ((*api).*fn)(req, res); });
  };
  auto post = [api](void (Api::*fn)(const httplib::Request&, httplib::Response&)) {
    return [api, fn](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Cache-Control", "no-store");
      ((*api).*fn)(req, res);
    };
  };
  http.Get("/api/search", bind(&Api::search));
  http.Get("/api/releases/([^/]*)", bind(&Api::release));
  http.Get("/api/entities", bind(&Api::entities));
  for (std::string table : {"events", "agreements", "measures", "indicators"}) {
    http.Get("/api/" + table, cached([api, table](const httplib::Request& req, httplib::Response& res) {
      api->facts(table, req, res);
    }));
  }
  http.Get("/api/stories", bind(&Api::stories));
  http.Get("/api/timeline", bind(&Api::timeline));
  http.Get("/api/graph", bind(&Api::graph));
  http.Get("/api/stats", bind(&Api::stats));
  http.Get("/api/openapi.json", bind(&Api::openapi));
  if (ctx.options.allow_ingest) http.Post("/api/ingest", post(&Api::ingest));
  http.Get("/api/.*", [](const httplib::Request& req, httplib::Response& res) {
    send_error(res, 404, "not_found", fmt::format("no API endpoint {}", req.path));
  });
}

}  // namespace tw::server
