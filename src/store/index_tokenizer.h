// Documents tokenized for the full-text index as FTS5's "porter unicode61 remove_diacritics 2"
// tokenizes them, token for token, at a fraction of the cost.
//
// Indexing runs every word of every release through unicode61 (a per-character Unicode table
// walk) and the porter stemmer, though nearly all of the text is ASCII and its words repeat. For
// ASCII, unicode61's rule is simple: a token is a maximal run of letters and digits, folded to
// lower case, and every other ASCII byte separates (none of them can be part of a UTF-8
// sequence). So a run of letters and digits bounded by ASCII separators is tokenized here, and
// its stem is looked up in a small memo of recent words, filled by FTS5's own porter on a miss.
// A run holding any non-ASCII byte (a curly apostrophe, an accented letter) goes to FTS5's own
// tokenizer whole: the ASCII separators around it end tokens there too, so the tokens are the
// same as over the whole text. The stems and positions FTS5 stores are therefore unchanged.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

namespace tw::store {

class TermRecorder;

class IndexTokenizer {
 public:
  using TokenFn = int (*)(void*, int, const char*, int, int, int);

  // True when a porter tokenizer created with these arguments tokenizes as this class does.
  static bool handles(const char** args, int n);

  // porter: FTS5's porter tokenizer, `inner` an instance of it created with arguments
  // handles() accepts. Both outlive this object.
  IndexTokenizer(const fts5_tokenizer& porter, Fts5Tokenizer* inner);

  // As porter's xTokenize with FTS5_TOKENIZE_DOCUMENT. Every token is also shown to `recorder`
  // (when given and on), except a memo word it has seen since it last forgot any.
  int tokenize(void* ctx, const char* text, int n, TokenFn token, TermRecorder* recorder = nullptr);

 private:
  static constexpr int kMaxWord = 31;
  // A folded word of up to kMaxWord bytes, zero-padded so that it compares as four integers,
  // and its stem when that fits too.
  struct Slot {
    uint64_t word[4] = {};
    uint8_t len = 0xFF;  // no word: matches no token
    uint8_t stem_len = 0;
    uint32_t seen = 0;  // the recorder's epoch when it saw the stem; 0: not seen
    char stem[kMaxWord];
  };
  static constexpr size_t kSlots = 1 << 15;  // 2.5 MB

  // The run text[begin, end) through FTS5's tokenizer, offsets shifted to the whole text.
  int delegate(void* ctx, const char* text, int begin, int end, TokenFn token, TermRecorder* recorder);
  // The slot holding `word` (len bytes, folded, zero-padded), filled by porter on a miss; null
  // when the stem is too long for a slot.
  Slot* stem_of(const uint64_t* word, int len);

  const fts5_tokenizer& porter_;
  Fts5Tokenizer* inner_;
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
  std::string stem_;  // a miss's stem, as porter returns it
};

}  // namespace tw::store
