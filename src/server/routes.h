// The JSON API routes (/api/...). Each handler checks its parameters, leases a store handle,
// makes one Store call and shapes the answer; errors map to HTTP statuses here and only here.
#pragma once

#include <memory>
#include <string>

#include <httplib.h>

#include "server/response_cache.h"
#include "server/server.h"
#include "tradewatch/extractor.h"

namespace tw::server {

struct RouteContext {
  StorePool& stores;
  const Options& options;
  std::shared_ptr<const Extractor> extractor;  // loaded only when ingest is allowed
  ResponseCache* cache = nullptr;              // GET answers; null: none kept
};

void register_api_routes(httplib::Server& http, const RouteContext& ctx);

}  // namespace tw::server
