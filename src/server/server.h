// `tradewatch serve`: the read-only HTTP JSON API over a Store and the static web dashboard,
// one process. Routes, limits and headers live here; the CLI only parses flags and calls run().
#pragma once

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "tradewatch/result.h"
#include "tradewatch/store.h"

namespace httplib {
class Server;
}

namespace tw::server {

// The built web assets: $TRADEWATCH_WEB, else the folder compiled in.
std::string default_web_dir();

struct Options {
  std::string bind = "127.0.0.1";      // loopback unless told otherwise
  int port = 8080;                      // 0: any free port (tests)
  std::string web_dir = default_web_dir();
  bool allow_ingest = false;            // POST /api/ingest, only with a bearer token
  std::string token;
  size_t max_payload = 8u << 20;        // request bodies; larger ones get 413
  size_t threads = 16;                  // each keep-alive connection holds one
  size_t cache_bytes = 64u << 20;       // GET answers kept until the data changes; 0: none
};

// Store handles shared by the worker threads. A Store is used by one thread at a time, so
// concurrent requests each lease their own handle (SQLite connections read in parallel).
class StorePool {
 public:
  explicit StorePool(std::vector<std::unique_ptr<Store>> stores);

  class Lease {
   public:
    Lease(StorePool& pool, size_t index) : pool_(&pool), index_(index) {}
    Lease(Lease&& o) noexcept : pool_(o.pool_), index_(o.index_) { o.pool_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Store& operator*() const { return *pool_->stores_[index_]; }
    Store* operator->() const { return pool_->stores_[index_].get(); }

   private:
    StorePool* pool_;
    size_t index_;
  };

  Lease acquire();
  size_t size() const { return stores_.size(); }

 private:
  std::vector<std::unique_ptr<Store>> stores_;
  std::vector<size_t> free_;
  std::mutex mu_;
  std::condition_variable cv_;
};

class Server {
 public:
  // watcher: a store handle used only to notice changes to the data, for the answer cache;
  // without one nothing is cached.
  Server(StorePool& stores, Options options, std::unique_ptr<Store> watcher = nullptr);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket; returns the port (useful with port 0) or why it could not bind.
  Result<int> bind();
  // Serves until stop(); call after bind().
  Status run();
  void stop();
  // Blocks until the server accepts connections (for tests running run() on a thread).
  void wait_until_ready() const;

  std::string url() const;
  int port() const { return port_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Options options_;
  int port_ = 0;
};

}  // namespace tw::server
