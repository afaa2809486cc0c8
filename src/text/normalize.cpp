// Text normalization: the one place where raw input becomes the text every extractor reads.
#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "tradewatch/feed.h"

namespace tw {

Result<std::string> normalize_text(std::string_view raw) {
  // Validate first so the error can name the offending byte.
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(raw.data());
  utf8proc_ssize_t pos = 0;
  const auto n = static_cast<utf8proc_ssize_t>(raw.size());
  while (pos < n) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p + pos, n - pos, &cp);
    if (len <= 0) return Error{"invalid UTF-8 at byte " + std::to_string(pos)};
    pos += len;
  }
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfc(
      utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(raw).c_str())), &std::free);
  if (!nfc) return Error{"text could not be normalized"};
  std::string_view s(reinterpret_cast<const char*>(nfc.get()));

  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  const auto* q = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto m = static_cast<utf8proc_ssize_t>(s.size());
  for (utf8proc_ssize_t i = 0; i < m;) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(q + i, m - i, &cp);
    if (len <= 0) return Error{"invalid UTF-8 after normalization"};
    const auto cat = utf8proc_category(cp);
    const bool space = cp == '\t' || cp == '\n' || cp == '\r' || cat == UTF8PROC_CATEGORY_ZS ||
                       cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP ||
                       cat == UTF8PROC_CATEGORY_CC;
    const bool drop = cp == 0xFEFF || cp == 0x200B || cp == 0x2060;  // BOM, zero-width spaces
    if (space) {
      pending_space = !out.empty();
    } else if (!drop) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(s.substr(static_cast<size_t>(i), static_cast<size_t>(len)));
    }
    i += len;
  }
  return out;
}

}  // namespace tw
