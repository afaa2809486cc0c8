#include "server/server.h"

#include <chrono>
#include <cstdlib>
#include <thread>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <httplib.h>

#include "server/http_json.h"
#include "server/response_cache.h"
#include "server/routes.h"
#include "server/static_files.h"

namespace tw::server {

std::string default_web_dir() {
  if (const char* env = std::getenv("TRADEWATCH_WEB"); env && *env) return env;
  return TW_WEB_DIR;
}

std::string_view error_code_for(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 416: return "range_not_satisfiable";
    default: return status >= 500 ? "internal" : "bad_request";
  }
}

// ---- StorePool ----

StorePool::StorePool(std::vector<std::unique_ptr<Store>> stores) : stores_(std::move(stores)) {
  for (size_t i = 0; i < stores_.size(); ++i) free_.push_back(i);
}

StorePool::Lease StorePool::acquire() {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [&] { return !free_.empty(); });
  size_t i = free_.back();
  free_.pop_back();
  return Lease(*this, i);
}

StorePool::Lease::~Lease() {
  if (!pool_) return;
  {
    std::lock_guard lock(pool_->mu_);
    pool_->free_.push_back(index_);
  }
  pool_->cv_.notify_one();
}

// ---- Server ----

namespace {

// No inline script anywhere: data can never become code even if a page forgot to escape.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void serve_static(const Options& options, const httplib::Request& req, httplib::Response& res) {
  std::string file;
  switch (resolve_static(options.web_dir, req.path, file)) {
    case StaticLookup::kRefused:
      return send_error(res, 400, "bad_path", "the path is not allowed");
    case StaticLookup::kNotFound:
      return send_error(res, 404, "not_found", fmt::format("no page {}", req.path));
    case StaticLookup::kFound:
      break;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return send_error(res, 404, "not_found", fmt::format("no page {}", req.path));
  std::ostringstream body;
  body << in.rdbuf();
  res.set_header("Cache-Control", "no-cache");
  res.set_content(body.str(), std::string(mime_type(file)));
}

}  // namespace

struct Server::Impl {
  httplib::Server http;
  std::shared_ptr<const Extractor> extractor;
  std::unique_ptr<ResponseCache> cache;
};

Server::Server(StorePool& stores, Options options, std::unique_ptr<Store> watcher)
    : impl_(std::make_unique<Impl>()), options_(std::move(options)) {
  auto& http = impl_->http;
  const size_t threads = std::max<size_t>(options_.threads, 2);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_keep_alive_max_count(10000);
  http.set_keep_alive_timeout(5);
  http.set_read_timeout(10);
  http.set_write_timeout(10);
  http.set_payload_max_length(options_.max_payload);
  http.set_tcp_nodelay(true);
  http.set_default_headers({
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  });

  if (options_.allow_ingest) {
    auto ex = Extractor::load();
    if (ex) impl_->extractor = *ex;
    else std::fprintf(stderr, "tradewatch serve: ingest disabled, cannot load data: %s\n", ex.error().c_str());
  }
  // Ingest needs the extractor and a token; without either the API stays read-only.
  options_.allow_ingest = options_.allow_ingest && impl_->extractor && !options_.token.empty();
  if (watcher && options_.cache_bytes > 0)
    impl_->cache = std::make_unique<ResponseCache>(std::move(watcher), options_.cache_bytes);
  register_api_routes(http, RouteContext{stores, options_, impl_->extractor, impl_->cache.get()});

  http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { serve_static(options_, req, res); });

  // Everything else is read-only: other methods get 405 with the methods that would work.
  const bool ingest = options_.allow_ingest;
  auto not_allowed = [ingest](const httplib::Request& req, httplib::Response& res) {
    bool ingest_path = ingest && req.path == "/api/ingest";
    res.set_header("Allow", ingest_path ? "POST" : "GET, HEAD");
    send_error(res, 405, "method_not_allowed", fmt::format("{} is not allowed on {}", req.method, req.path));
  };
  http.Post(".*", not_allowed);
  http.Put(".*", not_allowed);
  http.Patch(".*", not_allowed);
  http.Delete(".*", not_allowed);
  http.Options(".*", not_allowed);

  // Statuses the library sets itself (413, 414, 400 on a malformed request) get the same shape.
  http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string_view code = error_code_for(res.status);
    std::string message = res.status == 413 ? "the request body is larger than the server accepts"
                          : res.status == 414 ? "the request URI is too long"
                                              : fmt::format("the request failed with HTTP status {}", res.status);
    send_error(res, res.status, code, message);
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "tradewatch serve: %s %s: %s\n", req.method.c_str(), req.path.c_str(), e.what());
    } catch (...) {
    }
    send_error(res, 500, "internal", "the server failed to answer this request");
  });
}

Server::~Server() { stop(); }

Result<int> Server::bind() {
  auto& http = impl_->http;
  if (options_.port == 0) {
    int port = http.bind_to_any_port(options_.bind);
    if (port <= 0) return Error{fmt::format("cannot bind {} on any port", options_.bind)};
    port_ = port;
  } else {
    if (!http.bind_to_port(options_.bind, options_.port))
      return Error{fmt::format("cannot bind {}:{} (in use, or not an address of this machine)", options_.bind, options_.port)};
    port_ = options_.port;
  }
  return port_;
}

Status Server::run() {
  if (!impl_->http.listen_after_bind()) return Error{"the server stopped with an error"};
  return Ok{};
}

void Server::stop() {
  if (impl_ && impl_->http.is_running()) impl_->http.stop();
}

void Server::wait_until_ready() const {
  while (!impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

std::string Server::url() const {
  bool v6 = options_.bind.find(':') != std::string::npos;
  return fmt::format("http://{}{}{}:{}/", v6 ? "[" : "", options_.bind, v6 ? "]" : "", port_);
}

}  // namespace tw::server
