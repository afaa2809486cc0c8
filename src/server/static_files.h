// Static web assets: URL paths mapped into the web folder without ever leaving it.
#pragma once

#include <string>
#include <string_view>

namespace tw::server {

enum class StaticLookup {
  kFound,
  kNotFound,  // no such file, or a type the dashboard does not ship
  kRefused,   // a path that tries to leave the folder or reach hidden files
};

// Maps url_path ("/", "/release.html", "/vendor/echarts.esm.min.js") to a regular file under
// web_dir. Refuses "..", ".", hidden segments, backslashes, NUL and symlinks that resolve outside.
StaticLookup resolve_static(const std::string& web_dir, std::string_view url_path, std::string& file);

// Content-Type for a served file; empty for types that are not served.
std::string_view mime_type(std::string_view path);

}  // namespace tw::server
