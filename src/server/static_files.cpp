#include "server/static_files.h"

#include <filesystem>
#include <system_error>

namespace tw::server {

namespace fs = std::filesystem;

std::string_view mime_type(std::string_view path) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
      {".woff2", "font/woff2"},
  };
  for (const auto& [ext, type] : kTypes) {
    if (path.size() > ext.size() && path.substr(path.size() - ext.size()) == ext) return type;
  }
  return {};
}

StaticLookup resolve_static(const std::string& web_dir, std::string_view url_path, std::string& file) {
  if (url_path.empty() || url_path.front() != '/') return StaticLookup::kRefused;
  std::string rel(url_path.substr(1));
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  // Segment by segment: nothing that names a parent, the folder itself or a hidden file.
  size_t start = 0;
  while (start <= rel.size()) {
    size_t slash = rel.find('/', start);
    if (slash == std::string::npos) slash = rel.size();
    std::string_view seg(rel.data() + start, slash - start);
    if (seg.empty() || seg.front() == '.') return StaticLookup::kRefused;
    if (seg.find('\\') != std::string_view::npos || seg.find('\0') != std::string_view::npos ||
        seg.find(':') != std::string_view::npos)
      return StaticLookup::kRefused;
    start = slash + 1;
  }
  if (mime_type(rel).empty()) return StaticLookup::kNotFound;

  std::error_code ec;
  fs::path root = fs::canonical(web_dir, ec);
  if (ec) return StaticLookup::kNotFound;
  fs::path target = fs::weakly_canonical(root / rel, ec);
  if (ec) return StaticLookup::kNotFound;
  // A symlink inside the folder may still point outside it.
  auto [root_end, target_it] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  if (root_end != root.end()) return StaticLookup::kRefused;
  if (!fs::is_regular_file(target, ec)) return StaticLookup::kNotFound;
  file = target.string();
  return StaticLookup::kFound;
}

}  // namespace tw::server
