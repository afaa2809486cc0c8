#include "store/index_tokenizer.h"

#include <array>
#include <cstring>
#include <string_view>

#include "store/terms.h"

namespace tw::store {
namespace {

// Per byte: 0 for an ASCII byte unicode61 treats as a separator (with no tokenchars or
// separators option; handles() makes sure of that), the folded byte for an ASCII letter or digit,
// 0x80 for a byte of a UTF-8 sequence (which may be part of a token).
constexpr std::array<uint8_t, 256> kFold = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) t[c] = 0x80;
    else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) t[c] = static_cast<uint8_t>(c);
    else if (c >= 'A' && c <= 'Z') t[c] = static_cast<uint8_t>(c + ('a' - 'A'));
  }
  return t;
}();

// Passes the tokens of a delegated run on, with offsets in the whole text.
struct Shift {
  void* ctx;
  IndexTokenizer::TokenFn token;
  TermRecorder* recorder;
  int offset;
  bool done = false;  // the callback asked to stop (SQLITE_DONE)
};

int shifted(void* p, int flags, const char* tok, int n, int begin, int end) {
  auto* s = static_cast<Shift*>(p);
  if (s->recorder) s->recorder->see(std::string_view(tok, static_cast<size_t>(n)));
  const int rc = s->token(s->ctx, flags, tok, n, begin + s->offset, end + s->offset);
  if (rc == SQLITE_DONE) s->done = true;
  return rc;
}

// Catches the stem of a single word. More than one token (which a folded ASCII word cannot give)
// marks the result unusable.
struct Catch {
  std::string* stem;
  int count = 0;
};

int caught(void* p, int, const char* tok, int n, int, int) {
  auto* c = static_cast<Catch*>(p);
  if (c->count++ == 0) c->stem->assign(tok, static_cast<size_t>(n));
  return SQLITE_OK;
}

}  // namespace

bool IndexTokenizer::handles(const char** args, int n) {
  static constexpr std::string_view kArgs[] = {"unicode61", "remove_diacritics", "2"};
  if (n != static_cast<int>(std::size(kArgs))) return false;
  for (int i = 0; i < n; ++i)
    if (!args[i] || kArgs[i] != args[i]) return false;
  return true;
}

IndexTokenizer::IndexTokenizer(const fts5_tokenizer& porter, Fts5Tokenizer* inner) : porter_(porter), inner_(inner) {}

int IndexTokenizer::tokenize(void* ctx, const char* text, int n, TokenFn token, TermRecorder* recorder) {
  const bool record = recorder && recorder->on();
  const uint32_t epoch = record ? recorder->epoch() : 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text);
  int i = 0;
  while (i < n) {
    uint8_t f = kFold[p[i]];
    if (!f) {
      ++i;
      continue;
    }
    // The run of token bytes from here, folded into `word` (its first kMaxWord bytes; a longer
    // run is delegated, so what its tail overwrites is never read).
    const int begin = i;
    uint64_t word[4] = {0, 0, 0, 0};
    auto* w = reinterpret_cast<unsigned char*>(word);
    uint8_t any = 0;
    int len = 0;
    do {
      w[len < kMaxWord ? len : kMaxWord] = f;
      any |= f;
      ++len;
      ++i;
    } while (i < n && (f = kFold[p[i]]) != 0);
    Slot* slot = (any & 0x80) || len > kMaxWord ? nullptr : stem_of(word, len);
    int rc;
    if (!slot) {
      rc = delegate(ctx, text, begin, i, token, record ? recorder : nullptr);
    } else {
      if (record && slot->seen != epoch) {
        recorder->see(std::string_view(slot->stem, slot->stem_len));
        slot->seen = epoch;
      }
      rc = token(ctx, 0, slot->stem, slot->stem_len, begin, i);
    }
    // SQLITE_DONE from the callback stops tokenizing without an error, as in FTS5's tokenizers.
    if (rc == SQLITE_DONE) return SQLITE_OK;
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

int IndexTokenizer::delegate(void* ctx, const char* text, int begin, int end, TokenFn token, TermRecorder* recorder) {
  Shift s{ctx, token, recorder, begin};
  const int rc = porter_.xTokenize(inner_, &s, FTS5_TOKENIZE_DOCUMENT, text + begin, end - begin, shifted);
  return s.done ? SQLITE_DONE : rc;
}

IndexTokenizer::Slot* IndexTokenizer::stem_of(const uint64_t* word, int len) {
  uint64_t h = (word[0] * 0x9E3779B97F4A7C15ull) ^ (word[1] * 0xBF58476D1CE4E5B9ull) ^ static_cast<uint64_t>(len);
  if (len > 16) h ^= (word[2] * 0x94D049BB133111EBull) ^ (word[3] * 0xD6E8FEB86659FD93ull);
  h ^= h >> 31;
  h *= 0x9E3779B97F4A7C15ull;
  Slot& slot = slots_[h >> (64 - 15)];
  static_assert(kSlots == size_t{1} << 15);
  if (slot.len == len && slot.word[0] == word[0] && slot.word[1] == word[1] && slot.word[2] == word[2] &&
      slot.word[3] == word[3])
    return &slot;
  // Porter over unicode61 turns a folded ASCII word into exactly one token: its stem.
  Catch c{&stem_};
  const int rc = porter_.xTokenize(inner_, &c, FTS5_TOKENIZE_DOCUMENT, reinterpret_cast<const char*>(word), len, caught);
  if (rc != SQLITE_OK || c.count != 1 || stem_.size() > sizeof slot.stem) return nullptr;
  std::memcpy(slot.word, word, sizeof slot.word);
  slot.len = static_cast<uint8_t>(len);
  std::memcpy(slot.stem, stem_.data(), stem_.size());
  slot.stem_len = static_cast<uint8_t>(stem_.size());
  slot.seen = 0;
  return &slot;
}

}  // namespace tw::store
