// Text normalization: the one place where raw input becomes the text every extractor reads.
#include <utf8proc.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "text/byte_runs.h"
#include "tradewatch/feed.h"

namespace tw {
namespace {

bool is_space(utf8proc_int32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return true;
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP ||
         cat == UTF8PROC_CATEGORY_CC;
}

bool is_dropped(utf8proc_int32_t cp) { return cp == 0xFEFF || cp == 0x200B || cp == 0x2060; }

// True when NFC cannot change a text made of this code point and ASCII: it is a starter with no
// canonical decomposition that takes part in no composition (Hangul composes algorithmically).
// Curly quotes, dashes, bullets and most letters of running text are such code points.
bool nfc_inert(utf8proc_int32_t cp) {
  if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xAC00 && cp <= 0xD7A3)) return false;
  const auto* p = utf8proc_get_property(cp);
  const bool canonical_decomposition = p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0;
  return p->combining_class == 0 && !canonical_decomposition && p->comb_index == UINT16_MAX && !p->comp_exclusion;
}

// Maps spaces and drops invisible characters of already-NFC text, appending to out.
void map_spaces(std::string_view s, std::string& out, bool& pending_space) {
  const auto* q = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto m = static_cast<utf8proc_ssize_t>(s.size());
  for (utf8proc_ssize_t i = 0; i < m;) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(q + i, m - i, &cp);
    if (len <= 0) len = 1;  // cannot happen on utf8proc's own output
    if (is_space(cp)) {
      pending_space = !out.empty();
    } else if (!is_dropped(cp)) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(s.substr(static_cast<size_t>(i), static_cast<size_t>(len)));
    }
    i += len;
  }
}

}  // namespace

Result<std::string> normalize_text(std::string_view raw) {
  // One pass that validates, maps spaces and copies. NFC runs only on the stretches that need
  // it: an ASCII character never composes with what precedes it, so text splits into
  // independent segments at ASCII characters, and only a segment holding a code point NFC may
  // change (a combining mark, a decomposable letter, Hangul jamo) goes through utf8proc.
  // Running NFC on the whole text cost ~10x this pass.
  std::string out;
  out.reserve(raw.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(raw.data());
  const auto n = static_cast<utf8proc_ssize_t>(raw.size());
  // Where the last ASCII character began, and the output state just before it.
  utf8proc_ssize_t seg_begin = 0;
  size_t seg_out = 0;
  bool seg_pending = false;
  for (utf8proc_ssize_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      seg_begin = i;
      seg_out = out.size();
      seg_pending = pending_space;
      if (c <= 0x20 || c == 0x7F) {  // ASCII controls and space are all spaces here
        pending_space = !out.empty();
        ++i;
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      // Copy the run of printable ASCII at once; its last character starts the next segment.
      // A single space between two printable characters stays as it is, so the run goes on
      // across it: words, not just letters, are copied together.
      auto printable = [&](utf8proc_ssize_t k) { return p[k] > 0x20 && p[k] < 0x7F; };
      utf8proc_ssize_t j = i + 1;
      // Eight bytes at a time while each is printable or a space before a printable one (the
      // byte loop below would take them all); the byte loop from the first that is neither.
      while (j + 9 <= n) {
        uint64_t x;
        std::memcpy(&x, p + j, 8);
        using text::kHigh, text::kOnes;
        const uint64_t print8 = text::bytes_in(x & ~kHigh, 0x21, 0x7E) & ~x & kHigh;
        const uint64_t v = x ^ (0x20 * kOnes);
        const uint64_t space8 = ~(((v & ~kHigh) + ~kHigh) | v) & kHigh;  // exactly the bytes 0x20
        const uint64_t next8 = (print8 >> 8) | (static_cast<uint64_t>(printable(j + 8)) << 63);
        if ((print8 | (space8 & next8)) != kHigh) break;
        j += 8;
      }
      while (j < n) {
        if (printable(j)) {
          ++j;
        } else if (p[j] == ' ' && j + 1 < n && printable(j + 1)) {
          j += 2;
        } else {
          break;
        }
      }
      out.append(raw.data() + i, static_cast<size_t>(j - i));
      seg_begin = j - 1;
      seg_out = out.size() - 1;
      seg_pending = false;
      i = j;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &cp);
    if (len <= 0) return Error{"invalid UTF-8 at byte " + std::to_string(i)};
    if (is_space(cp)) {
      pending_space = !out.empty();
    } else if (!is_dropped(cp)) {
      if (!nfc_inert(cp)) {
        // Redo the segment [last ASCII character, next ASCII character) through NFC.
        utf8proc_ssize_t end = i;
        while (end < n && p[end] >= 0x80) {
          utf8proc_int32_t ignored = 0;
          const utf8proc_ssize_t l = utf8proc_iterate(p + end, n - end, &ignored);
          if (l <= 0) return Error{"invalid UTF-8 at byte " + std::to_string(end)};
          end += l;
        }
        const bool from_ascii = seg_begin < i && p[seg_begin] < 0x80;
        const utf8proc_ssize_t begin = from_ascii ? seg_begin : i;
        if (from_ascii) {
          out.resize(seg_out);
          pending_space = seg_pending;
        }
        // Anything between the last ASCII character and i was inert and is redone as well.
        utf8proc_uint8_t* mapped = nullptr;
        const utf8proc_ssize_t mapped_len = utf8proc_map(
            p + begin, end - begin, &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
        std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> holder(mapped, &std::free);
        if (mapped_len < 0 || !mapped) return Error{"text could not be normalized"};
        map_spaces(std::string_view(reinterpret_cast<const char*>(mapped), static_cast<size_t>(mapped_len)), out,
                   pending_space);
        i = end;
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(raw.substr(static_cast<size_t>(i), static_cast<size_t>(len)));
    }
    i += len;
  }
  return out;
}

}  // namespace tw
