#include "store/snippet.h"

#include "store/sqlite_db.h"

#include <algorithm>

namespace tw::store {
namespace {

// As the schema declares releases_fts: tokenize='porter unicode61 remove_diacritics 2'.
constexpr const char* kTokenizer = "porter";
constexpr const char* kTokenizerArgs[] = {"unicode61", "remove_diacritics", "2"};
// The window opens at the start of the first match's sentence when that is within two thirds
// of the window before it; otherwise this many words before the match (at most a third of the
// window), or fewer when a sentence starts closer.
constexpr size_t kLead = 6;
// A body with no match in its first this-many words (the hit was in the title, or far down)
// gets its opening instead: the search stays bounded on long bodies.
constexpr size_t kMaxScan = 4000;

struct Token {
  int begin, end;
  bool hit = false;
};

}  // namespace

struct Snippeter::Impl {
  fts5_tokenizer api{};
  Fts5Tokenizer* tokenizer = nullptr;

  ~Impl() {
    if (tokenizer) api.xDelete(tokenizer);
  }

  template <typename F>
  int tokenize(std::string_view text, int flags, F&& on_token) const {
    auto cb = [](void* ctx, int, const char* tok, int n, int begin, int end) -> int {
      return (*static_cast<F*>(ctx))(std::string_view(tok, static_cast<size_t>(n)), begin, end);
    };
    return api.xTokenize(tokenizer, &on_token, flags, text.data(), static_cast<int>(text.size()), cb);
  }
};

Result<std::unique_ptr<Snippeter>> Snippeter::create(sqlite3* db) {
  fts5_api* fts5 = fts5_of(db);
  if (!fts5) return Error{"this SQLite has no FTS5 module"};
  auto impl = std::make_unique<Impl>();
  void* user = nullptr;
  if (fts5->xFindTokenizer(fts5, kTokenizer, &user, &impl->api) != SQLITE_OK)
    return Error{"FTS5 has no porter tokenizer"};
  const char* args[std::size(kTokenizerArgs)];
  std::copy(std::begin(kTokenizerArgs), std::end(kTokenizerArgs), args);
  if (impl->api.xCreate(user, args, static_cast<int>(std::size(args)), &impl->tokenizer) != SQLITE_OK)
    return Error{"cannot create the FTS5 tokenizer"};
  std::unique_ptr<Snippeter> s(new Snippeter());
  s->impl_ = std::move(impl);
  return s;
}

Snippeter::~Snippeter() = default;

std::vector<std::string> Snippeter::tokens(std::string_view text, bool prefix) const {
  std::vector<std::string> toks;
  impl_->tokenize(text, FTS5_TOKENIZE_QUERY | (prefix ? FTS5_TOKENIZE_PREFIX : 0), [&](std::string_view tok, int, int) {
    toks.emplace_back(tok);
    return SQLITE_OK;
  });
  return toks;
}

Snippeter::Pattern Snippeter::compile(const std::vector<QueryTerm>& terms) const {
  Pattern p;
  for (const auto& t : terms) {
    std::vector<std::string> toks = tokens(t.text, t.prefix);
    if (toks.empty()) continue;
    p.phrases.push_back(std::move(toks));
    p.prefix.push_back(t.prefix);
  }
  return p;
}

std::string Snippeter::cut(std::string_view body, const Pattern& pattern, size_t tokens) const {
  tokens = std::max<size_t>(tokens, 1);
  const size_t lead = std::min(kLead, tokens / 3);
  const size_t reach = tokens * 2 / 3;
  size_t longest = 1;
  for (const auto& ph : pattern.phrases) longest = std::max(longest, ph.size());
  // The last `longest` token texts, for phrases that end at the current token.
  std::vector<std::string> recent(longest);
  std::vector<Token> toks;
  size_t first_hit = SIZE_MAX, start = 0;
  bool more = false;

  auto boundary_before = [&](size_t i) {
    for (int b = toks[i - 1].end; b < toks[i].begin; ++b) {
      char c = body[static_cast<size_t>(b)];
      if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
    }
    return false;
  };

  impl_->tokenize(body, FTS5_TOKENIZE_DOCUMENT, [&](std::string_view tok, int begin, int end) {
    if (first_hit != SIZE_MAX && toks.size() >= start + tokens) {
      more = true;
      return SQLITE_DONE;  // the window is full
    }
    if (first_hit == SIZE_MAX && toks.size() >= kMaxScan) {
      more = true;
      return SQLITE_DONE;
    }
    const size_t i = toks.size();
    toks.push_back({begin, end});
    if (longest > 1) recent[i % longest].assign(tok);
    for (size_t k = 0; k < pattern.phrases.size(); ++k) {
      const auto& ph = pattern.phrases[k];
      if (ph.size() > i + 1) continue;
      // The current token against the phrase's last one first: most tokens fail here.
      const std::string& tail = ph.back();
      bool match = pattern.prefix[k] ? tok.substr(0, tail.size()) == tail : tok == tail;
      for (size_t j = 0; j + 1 < ph.size() && match; ++j) match = recent[(i + 1 - ph.size() + j) % longest] == ph[j];
      if (!match) continue;
      for (size_t j = i + 1 - ph.size(); j <= i; ++j) toks[j].hit = true;
      if (first_hit == SIZE_MAX) {
        first_hit = i + 1 - ph.size();
        // From the start of the match's sentence when it fits, else a few words before it (no
        // sentence starts among those: lead <= reach, and reach words were looked at).
        size_t back = first_hit;
        while (back > 0 && first_hit - back < reach && !boundary_before(back)) --back;
        start = back == 0 || boundary_before(back) ? back : first_hit - lead;
      }
    }
    return SQLITE_OK;
  });

  if (toks.empty()) return {};
  if (first_hit == SIZE_MAX) start = 0;
  const size_t end = std::min(toks.size(), start + tokens);
  more = more || end < toks.size();

  std::string out;
  out.reserve(static_cast<size_t>(toks[end - 1].end - toks[start].begin) + 16);
  auto copy = [&](size_t b, size_t e) {
    const size_t at = out.size();
    out.append(body.substr(b, e - b));
    for (size_t k = at; k < out.size(); ++k)
      if (out[k] == kMarkOpen || out[k] == kMarkClose) out[k] = ' ';  // the body cannot fake a marker
  };
  if (start > 0) out += "…";
  size_t pos = static_cast<size_t>(toks[start].begin);
  bool open = false;
  for (size_t i = start; i < end; ++i) {
    if (open && !toks[i].hit) {
      out += kMarkClose;
      open = false;
    }
    copy(pos, static_cast<size_t>(toks[i].begin));
    if (toks[i].hit && !open) {
      out += kMarkOpen;
      open = true;
    }
    copy(static_cast<size_t>(toks[i].begin), static_cast<size_t>(toks[i].end));
    pos = static_cast<size_t>(toks[i].end);
  }
  if (open) out += kMarkClose;
  if (more) out += "…";
  else copy(pos, body.size());  // the closing punctuation
  return out;
}

}  // namespace tw::store
