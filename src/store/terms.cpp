#include "store/terms.h"

#include <algorithm>

#include "store/index_tokenizer.h"
#include "store/sqlite_db.h"

namespace tw::store {
namespace {

constexpr const char* kTokenizer = "porter";
// Bound on the words remembered as already written; past it the memory is cleared (a word seen
// again is then written again, which INSERT OR IGNORE makes harmless).
constexpr size_t kMaxWritten = 200000;

// The tokenizer FTS5 finds under "porter" on a recording connection: the built-in one, whose
// tokens pass through unchanged, with the recorder watching those made for indexing.
struct Wrapper {
  TermRecorder recorder;
  fts5_tokenizer inner{};
  void* inner_user = nullptr;
};

struct Instance {
  Wrapper* wrapper;
  Fts5Tokenizer* inner;
  // Documents with the index's own arguments are tokenized by the faster equivalent.
  std::unique_ptr<IndexTokenizer> fast;
};

struct Forward {
  TermRecorder* recorder;
  void* ctx;
  int (*token)(void*, int, const char*, int, int, int);
};

int create(void* user, const char** args, int n, Fts5Tokenizer** out) {
  auto* w = static_cast<Wrapper*>(user);
  Fts5Tokenizer* inner = nullptr;
  int rc = w->inner.xCreate(w->inner_user, args, n, &inner);
  if (rc != SQLITE_OK) return rc;
  auto* inst = new Instance{w, inner, nullptr};
  if (IndexTokenizer::handles(args, n)) inst->fast = std::make_unique<IndexTokenizer>(w->inner, inner);
  *out = reinterpret_cast<Fts5Tokenizer*>(inst);
  return SQLITE_OK;
}

void destroy(Fts5Tokenizer* t) {
  auto* inst = reinterpret_cast<Instance*>(t);
  inst->wrapper->inner.xDelete(inst->inner);
  delete inst;
}

int tokenize(Fts5Tokenizer* t, void* ctx, int flags, const char* text, int n,
             int (*token)(void*, int, const char*, int, int, int)) {
  auto* inst = reinterpret_cast<Instance*>(t);
  const fts5_tokenizer& inner = inst->wrapper->inner;
  if (!(flags & FTS5_TOKENIZE_DOCUMENT)) return inner.xTokenize(inst->inner, ctx, flags, text, n, token);
  if (inst->fast && flags == FTS5_TOKENIZE_DOCUMENT)
    return inst->fast->tokenize(ctx, text, n, token, &inst->wrapper->recorder);
  Forward fwd{&inst->wrapper->recorder, ctx, token};
  return inner.xTokenize(inst->inner, &fwd, flags, text, n,
                         [](void* p, int tflags, const char* tok, int len, int begin, int end) {
                           auto* f = static_cast<Forward*>(p);
                           f->recorder->see(std::string_view(tok, static_cast<size_t>(len)));
                           return f->token(f->ctx, tflags, tok, len, begin, end);
                         });
}

}  // namespace

Result<TermRecorder*> TermRecorder::install(sqlite3* db) {
  fts5_api* api = fts5_of(db);
  if (!api) return Error{"this SQLite has no FTS5 module"};
  auto w = std::make_unique<Wrapper>();
  if (api->xFindTokenizer(api, kTokenizer, &w->inner_user, &w->inner) != SQLITE_OK)
    return Error{"FTS5 has no porter tokenizer"};
  fts5_tokenizer mine{create, destroy, tokenize};
  // FTS5 looks tokenizers up newest first, so this one shadows the built-in on this connection.
  Wrapper* raw = w.get();
  if (api->xCreateTokenizer(api, kTokenizer, raw, &mine, [](void* p) { delete static_cast<Wrapper*>(p); }) != SQLITE_OK)
    return Error{"cannot register the term-recording tokenizer"};
  w.release();
  return &raw->recorder;
}

Status TermRecorder::flush(Db& db) {
  std::vector<std::string_view> fresh;
  fresh.reserve(seen_.size());
  for (const auto& t : seen_) fresh.push_back(t);  // see() keeps out the written ones
  // In key order, so the inserts walk the table's B-tree forward.
  std::sort(fresh.begin(), fresh.end());
  if (!fresh.empty()) {
    auto ins = db.cached("INSERT OR IGNORE INTO fts_terms(term) VALUES (?)");
    if (!ins) return Error{ins.error()};
    Stmt& s = **ins;
    for (std::string_view t : fresh) {
      s.bind(1, t);
      const int rc = s.step();
      s.reset();
      if (rc != SQLITE_DONE) return db.error("cannot record index terms");
    }
    if (written_.size() + fresh.size() > kMaxWritten) {
      written_.clear();
      forget_recent();
    }
    for (std::string_view t : fresh) written_.emplace(t);
  }
  seen_.clear();
  return Ok{};
}

void TermRecorder::discard() {
  seen_.clear();
  written_.clear();
  forget_recent();
}

Result<std::optional<std::vector<std::string>>> terms_with_prefix(Db& db, std::string_view token, size_t max) {
  // Every UTF-8 string starting with `token` sorts (bytewise) before token + 0xFF.
  std::string upper(token);
  upper += '\xFF';
  auto q = db.cached("SELECT term FROM fts_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?");
  if (!q) return Error{q.error()};
  StmtUse use(**q);
  use->bind(1, token);
  use->bind(2, upper);
  use->bind(3, static_cast<int64_t>(max + 1));
  std::vector<std::string> out;
  int rc;
  while ((rc = use->step()) == SQLITE_ROW) out.push_back(use->str(0));
  if (rc != SQLITE_DONE) return Error{db.error("cannot read index terms").error()};
  if (out.size() > max) return std::optional<std::vector<std::string>>{};
  return std::optional<std::vector<std::string>>{std::move(out)};
}

}  // namespace tw::store
