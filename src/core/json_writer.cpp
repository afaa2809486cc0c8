// The record's JSON, written directly: the one place its shape (SPEC §2: member order, empty
// values as null, spans) is defined; to_json() parses this text. The output is nlohmann's own
// canonical form, dump(-1, ' ', false, replace): strings are escaped as nlohmann escapes them and
// numbers go through nlohmann's number formatter, so parsing and dumping it changes no byte.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "tradewatch/json.h"

namespace tw {
namespace {

// Length of the well-formed UTF-8 sequence starting at s[i] (Unicode Table 3-7: no overlongs,
// no surrogates, nothing above U+10FFFF), or 0 when it is ill-formed.
size_t utf8_len(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const size_t n = s.size();
  const auto cont = [&](size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 1 >= n) return 0;
    const unsigned char c1 = b(i + 1);
    const bool ok1 = c == 0xE0 ? (c1 >= 0xA0 && c1 <= 0xBF) : c == 0xED ? (c1 >= 0x80 && c1 <= 0x9F)
                                                                         : (c1 & 0xC0) == 0x80;
    return ok1 && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 1 >= n) return 0;
    const unsigned char c1 = b(i + 1);
    const bool ok1 = c == 0xF0 ? (c1 >= 0x90 && c1 <= 0xBF) : c == 0xF4 ? (c1 >= 0x80 && c1 <= 0x8F)
                                                                         : (c1 & 0xC0) == 0x80;
    return ok1 && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

// A quoted JSON string. Ill-formed UTF-8 is rare and its replacement rules are intricate, so such
// a string is handed to nlohmann whole.
void put_string(std::string& out, std::string_view s) {
  const size_t mark = out.size();
  out.push_back('"');
  size_t run = 0;  // start of the pending run of bytes copied as they are
  size_t i = 0;
  while (i < s.size()) {
#if defined(__SSE2__)
    if (i + 16 <= s.size()) {
      // Sixteen bytes at a time where the target has SSE2 (every x86-64 does). As signed bytes,
      // those below 0x20 are the control bytes and, negative, the non-ASCII ones: one compare
      // finds both, two more the quote and the backslash.
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i look = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                     _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
      if (_mm_movemask_epi8(look) == 0) {
        i += 16;
        continue;
      }
    }
#endif
    if (i + 8 <= s.size()) {
      // Eight bytes at a time while none needs a look: no control byte, quote, backslash or
      // non-ASCII byte among them (the tests can only err towards looking).
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      const uint64_t quote = x ^ ('"' * kOnes), backslash = x ^ ('\\' * kOnes);
      const uint64_t look = (x | ((x - 0x20 * kOnes) & ~x) | ((quote - kOnes) & ~quote) |
                             ((backslash - kOnes) & ~backslash)) & kHigh;
      if (look == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const size_t len = utf8_len(s, i);
      if (len == 0) {
        out.resize(mark);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += len;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(u, sizeof u);
      }
    }
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void put_str_or_null(std::string& out, const std::string& s) {
  if (s.empty()) out += "null";
  else put_string(out, s);
}

template <typename I>
void put_int(std::string& out, I v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void put_double(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

template <typename T>
void put_opt(std::string& out, const std::optional<T>& v) {
  if (!v) out += "null";
  else if constexpr (std::is_floating_point_v<T>) put_double(out, *v);
  else put_int(out, *v);
}

// Writes the separator and the quoted key of the next member; keys are plain ASCII.
struct Obj {
  std::string& out;
  bool first = true;
  explicit Obj(std::string& o) : out(o) { out.push_back('{'); }
  // Keys are literals: the comma, quotes and colon go out with the key in one append, its
  // length known at compile time (four appends and a strlen per key otherwise).
  template <size_t N>
  std::string& key(const char (&k)[N]) {
    char buf[N + 3];
    size_t n = 0;
    if (!first) buf[n++] = ',';
    first = false;
    buf[n++] = '"';
    std::memcpy(buf + n, k, N - 1);
    n += N - 1;
    buf[n++] = '"';
    buf[n++] = ':';
    out.append(buf, n);
    return out;
  }
  void close() { out.push_back('}'); }
};

void put_span_array(std::string& out, const Span& s) {
  // Written to a buffer and appended once: a span per mention, and five appends each otherwise.
  char buf[32];  // "[", ",", "]" and two 32-bit offsets of up to ten digits
  char* p = buf;
  *p++ = '[';
  p = std::to_chars(p, p + 10, s.begin).ptr;
  *p++ = ',';
  p = std::to_chars(p, p + 10, s.end).ptr;
  *p++ = ']';
  out.append(buf, static_cast<size_t>(p - buf));
}

void put_strings(std::string& out, const std::vector<std::string>& v) {
  out.push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(',');
    put_string(out, v[i]);
  }
  out.push_back(']');
}

// As to_json's put_spans: body spans when there are any, else title spans marked as such.
void put_spans(Obj& o, const std::vector<Span>& spans) {
  bool any_body = false, any_title = false;
  for (const auto& s : spans) (s.in_title ? any_title : any_body) = true;
  const bool title = !any_body && any_title;
  std::string& out = o.key("spans");
  out.push_back('[');
  bool first = true;
  for (const auto& s : spans) {
    if (s.in_title != title) continue;
    if (!first) out.push_back(',');
    first = false;
    put_span_array(out, s);
  }
  out.push_back(']');
  if (title) put_string(o.key("field"), "title");
}

void put_span(Obj& o, const Span& s) {
  put_span_array(o.key("span"), s);
  if (s.in_title) put_string(o.key("field"), "title");
}

// An array of objects, one per item, each written by f(Obj&, item).
template <typename V, typename F>
void put_items(std::string& out, const V& items, F&& f) {
  out.push_back('[');
  bool first = true;
  for (const auto& item : items) {
    if (!first) out.push_back(',');
    first = false;
    Obj o(out);
    f(o, item);
    o.close();
  }
  out.push_back(']');
}

void put_codes(std::string& out, const std::vector<CodeMention>& v) {
  put_items(out, v, [](Obj& o, const CodeMention& c) {
    put_string(o.key("code"), c.code);
    put_spans(o, c.spans);
  });
}

void put_event(Obj& o, const Event& e) {
  put_string(o.key("type"), e.type);
  put_str_or_null(o.key("name"), e.name);
  put_opt(o.key("ordinal"), e.ordinal);
  put_str_or_null(o.key("start"), e.start);
  put_str_or_null(o.key("end"), e.end);
  put_str_or_null(o.key("venue"), e.venue);
  put_str_or_null(o.key("city"), e.city);
  put_str_or_null(o.key("country"), e.country);
  put_strings(o.key("partners"), e.partners);
  put_strings(o.key("participants"), e.participants);
  put_span(o, e.span);
}

void put_agreement(Obj& o, const Agreement& e) {
  put_str_or_null(o.key("name"), e.name);
  put_string(o.key("kind"), e.kind);
  put_strings(o.key("parties"), e.parties);
  put_str_or_null(o.key("status"), e.status);
  put_str_or_null(o.key("date"), e.date);
  put_span(o, e.span);
}

void put_measure(Obj& o, const Measure& e) {
  put_str_or_null(o.key("jurisdiction"), e.jurisdiction);
  put_string(o.key("kind"), e.kind);
  put_str_or_null(o.key("sector"), e.sector);
  put_str_or_null(o.key("stance"), e.stance);
  put_str_or_null(o.key("announced"), e.announced);
  put_str_or_null(o.key("description"), e.description);
  put_strings(o.key("parameters"), e.parameters);
  put_span(o, e.span);
}

void put_indicator(Obj& o, const Indicator& e) {
  put_string(o.key("metric"), e.metric);
  put_str_or_null(o.key("subject"), e.subject);
  put_str_or_null(o.key("country"), e.country);
  put_str_or_null(o.key("partner"), e.partner);
  put_str_or_null(o.key("period"), e.period);
  put_opt(o.key("value"), e.value);
  put_str_or_null(o.key("unit"), e.unit);
  put_opt(o.key("change_pct"), e.change_pct);
  put_span(o, e.span);
}

// The members after the release's own fields, in to_json's order.
void put_extraction(Obj& j, const Extraction& x, bool with_traces) {
  put_codes(j.key("countries"), x.countries);
  put_codes(j.key("blocs"), x.blocs);
  put_items(j.key("organizations"), x.organizations, [](Obj& o, const Organization& e) {
    put_string(o.key("name"), e.name);
    put_str_or_null(o.key("acronym"), e.acronym);
    put_str_or_null(o.key("country"), e.country);
    put_spans(o, e.spans);
  });
  put_items(j.key("people"), x.people, [](Obj& o, const Person& e) {
    put_string(o.key("name"), e.name);
    put_strings(o.key("aliases"), e.aliases);
    put_str_or_null(o.key("title"), e.title);
    put_str_or_null(o.key("organization"), e.organization);
    put_str_or_null(o.key("country"), e.country);
    put_spans(o, e.spans);
  });
  put_items(j.key("dates"), x.dates, [](Obj& o, const DateMention& e) {
    put_string(o.key("text"), e.text);
    put_string(o.key("value"), e.value);
    put_span(o, e.span);
  });
  put_items(j.key("money"), x.money, [](Obj& o, const Money& e) {
    put_string(o.key("text"), e.text);
    put_double(o.key("amount"), e.amount);
    put_string(o.key("currency"), e.currency);
    put_span(o, e.span);
  });
  put_items(j.key("percents"), x.percents, [](Obj& o, const Percent& e) {
    put_string(o.key("text"), e.text);
    put_double(o.key("value"), e.value);
    put_span(o, e.span);
  });
  put_strings(j.key("topics"), x.topics);
  put_items(j.key("events"), x.events, put_event);
  put_items(j.key("agreements"), x.agreements, put_agreement);
  put_items(j.key("measures"), x.measures, put_measure);
  put_items(j.key("indicators"), x.indicators, put_indicator);
  if (with_traces) {
    put_items(j.key("explain"), x.traces, [](Obj& o, const Trace& t) {
      put_string(o.key("field"), t.field);
      put_string(o.key("item"), t.item);
      put_string(o.key("rule"), t.rule);
      put_span_array(o.key("span"), t.span);
      if (t.span.in_title) put_string(o.key("in"), "title");
    });
  }
}

template <typename T, typename F>
void put_item(std::string& out, const T& item, F&& f) {
  Obj o(out);
  f(o, item);
  o.close();
}

}  // namespace

void write_json_line(const Record& rec, bool with_traces, std::string& out) {
  const Release& r = rec.release;
  Obj j(out);
  put_string(j.key("id"), r.id);
  put_string(j.key("title"), r.title);
  put_string(j.key("body"), r.body);
  if (r.category) put_string(j.key("category"), *r.category);
  else j.key("category") += "null";
  put_string(j.key("published"), r.published);
  j.key("truncated") += r.truncated ? "true" : "false";
  put_string(j.key("story"), rec.story);
  if (!r.url.empty()) put_string(j.key("url"), r.url);
  if (!r.source.empty()) put_string(j.key("source"), r.source);
  put_extraction(j, rec.x, with_traces);
  j.close();
}

void write_extraction_json(const Record& rec, std::string& out) {
  Obj j(out);
  put_extraction(j, rec.x, false);
  j.close();
}

void write_item_json(const Event& e, std::string& out) { put_item(out, e, put_event); }
void write_item_json(const Agreement& e, std::string& out) { put_item(out, e, put_agreement); }
void write_item_json(const Measure& e, std::string& out) { put_item(out, e, put_measure); }
void write_item_json(const Indicator& e, std::string& out) { put_item(out, e, put_indicator); }

}  // namespace tw
