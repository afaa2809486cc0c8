// JSON bodies and the one error shape of the API: {"error": {"code", "message"}}.
#pragma once

#include <string_view>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace tw::server {

template <typename Json>
void send_json(httplib::Response& res, const Json& body, int status = 200) {
  res.status = status;
  // Stored text is valid UTF-8; replace rather than throw if a byte slipped through.
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

inline void send_error(httplib::Response& res, int status, std::string_view code, std::string_view message) {
  nlohmann::json body;
  body["error"]["code"] = code;
  body["error"]["message"] = message;
  send_json(res, body, status);
}

// The code for a status the library produced itself (404 route, 413 body, 414 URI, …).
std::string_view error_code_for(int status);

}  // namespace tw::server
