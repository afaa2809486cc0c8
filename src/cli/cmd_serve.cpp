// `tradewatch serve`: the HTTP JSON API and the dashboard over one database.
#include <pthread.h>
#include <signal.h>

#include <thread>

#include <fmt/format.h>

#include "cli/commands.h"
#include "server/server.h"
#include "tradewatch/store.h"

namespace tw::cli {

void register_serve(CLI::App& app, Globals& g) {
  struct Opts {
    int port = 8080;
    std::string bind = "127.0.0.1";
    bool allow_ingest = false;
    std::string token;
    size_t connections = 4;
    size_t cache_mb = 64;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("serve", "Serve the JSON API and the web dashboard");
  cmd->description(
      "Serves the database read-only over HTTP: the JSON API under /api/ (described at\n"
      "/api/openapi.json) and the dashboard at /. Binds 127.0.0.1 unless --bind says otherwise.\n"
      "POST /api/ingest exists only with --allow-ingest and needs 'Authorization: Bearer TOKEN'.\n"
      "Environment: TRADEWATCH_WEB overrides the folder of the dashboard's files.\n\n"
      "Example:\n  tradewatch serve --db tradewatch.db --port 8080");
  cmd->add_option("--port", opts->port, "TCP port (0: any free port)")->check(CLI::Range(0, 65535))->capture_default_str();
  cmd->add_option("--bind", opts->bind, "Address to listen on")->capture_default_str();
  cmd->add_flag("--allow-ingest", opts->allow_ingest, "Accept POST /api/ingest (requires --token)");
  cmd->add_option("--token", opts->token, "Bearer token required by POST /api/ingest (or $TRADEWATCH_TOKEN)")
      ->envname("TRADEWATCH_TOKEN");
  cmd->add_option("--connections", opts->connections, "Database connections shared by request threads")
      ->check(CLI::Range(1, 64))->capture_default_str();
  cmd->add_option("--cache-mb", opts->cache_mb,
                  "Memory for answers kept until the database changes (0: answer every request afresh)")
      ->check(CLI::Range(0, 4096))->capture_default_str();
  cmd->callback([opts, &g] {
    if (opts->allow_ingest && opts->token.size() < 8) {
      fmt::print(stderr, "tradewatch serve: --allow-ingest needs --token of at least 8 characters\n");
      throw CLI::RuntimeError(kUsage);
    }
    const std::string db = resolve_db_path(g.db_path);
    // The first connection creates and migrates the file; the others only read unless ingest
    // is on, when any of them may write.
    std::vector<std::unique_ptr<Store>> stores;
    for (size_t i = 0; i < opts->connections; ++i) {
      auto s = open_sqlite_store(db, /*read_only=*/i > 0 && !opts->allow_ingest);
      if (!s) {
        fmt::print(stderr, "tradewatch serve: cannot open database {}: {}\n", db, s.error());
        throw CLI::RuntimeError(kDatabase);
      }
      stores.push_back(std::move(*s));
    }
    server::StorePool pool(std::move(stores));
    // The answer cache's own handle: it only asks whether another handle committed.
    std::unique_ptr<Store> watcher;
    if (opts->cache_mb > 0) {
      auto w = open_sqlite_store(db, /*read_only=*/true);
      if (!w) {
        fmt::print(stderr, "tradewatch serve: cannot open database {}: {}\n", db, w.error());
        throw CLI::RuntimeError(kDatabase);
      }
      watcher = std::move(*w);
    }
    server::Options o;
    o.cache_bytes = opts->cache_mb << 20;
    o.bind = opts->bind;
    o.port = opts->port;
    o.allow_ingest = opts->allow_ingest;
    o.token = opts->token;

    // Stop cleanly on Ctrl-C or SIGTERM: signals are taken by one thread, never a handler.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    server::Server srv(pool, o, std::move(watcher));
    auto port = srv.bind();
    if (!port) {
      fmt::print(stderr, "tradewatch serve: {}\n", port.error());
      throw CLI::RuntimeError(kUsage);
    }
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&signals, &sig);
      srv.stop();
    });
    fmt::print("tradewatch: serving {} at {}  (API: {}api/, Ctrl-C to stop)\n", db, srv.url(), srv.url());
    std::fflush(stdout);
    auto st = srv.run();
    // run() also ends when a signal stopped it; wake the waiter if it is still waiting.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    if (!st) {
      fmt::print(stderr, "tradewatch serve: {}\n", st.error());
      throw CLI::RuntimeError(kUsage);
    }
  });
}

}  // namespace tw::cli
