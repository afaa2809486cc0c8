#include "store/rank.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "store/sqlite_db.h"

namespace tw::store {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per query (FTS5 aux data): the weight of each scored phrase, the columns a row's length
// counts and their mean length.
struct QueryData {
  int64_t scored = 0;  // rows scored so far
  double avgdl = 1;
  std::vector<double> idf;    // per scored phrase
  std::vector<int> columns;   // the columns a row's length counts: those not weighted 0
  std::vector<double> freq;   // per row scratch
};

struct Count {
  long hits = 0;
  long cap = 0;
};

int count_hit(const Fts5ExtensionApi*, Fts5Context*, void* user) {
  auto* n = static_cast<Count*>(user);
  return ++n->hits >= n->cap ? SQLITE_DONE : SQLITE_OK;
}

// weights: the first nval values of the call, one per column (missing ones weigh 1);
// unscored: the query's last phrases that only filter.
QueryData* query_data(const Fts5ExtensionApi* api, Fts5Context* fts, int nval, sqlite3_value** vals, int unscored,
                      int& rc) {
  if (auto* d = static_cast<QueryData*>(api->xGetAuxdata(fts, 0))) return d;
  auto* d = new QueryData();
  const int ncols = api->xColumnCount(fts);
  for (int c = 0; c < ncols; ++c)
    if (c >= nval || sqlite3_value_double(vals[c]) != 0.0) d->columns.push_back(c);
  sqlite3_int64 rows = 0, tokens = 0;
  rc = api->xRowCount(fts, &rows);
  for (int c : d->columns) {
    sqlite3_int64 n = 0;
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, c, &n);
    tokens += n;
  }
  if (rc == SQLITE_OK && rows > 0) d->avgdl = static_cast<double>(tokens) / static_cast<double>(rows);
  const int phrases = std::max(0, api->xPhraseCount(fts) - unscored);
  const long cap = doc_frequency_cap(phrases);
  for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
    Count count{0, cap};
    rc = api->xQueryPhrase(fts, i, &count, count_hit);
    const double hits = static_cast<double>(count.hits);
    double idf = std::log((static_cast<double>(rows) - hits + 0.5) / (hits + 0.5));
    d->idf.push_back(idf <= 0 ? 1e-6 : idf);
  }
  d->freq.assign(d->idf.size(), 0);
  if (rc != SQLITE_OK) {
    delete d;
    return nullptr;
  }
  rc = api->xSetAuxdata(fts, d, [](void* p) { delete static_cast<QueryData*>(p); });
  return rc == SQLITE_OK ? d : nullptr;
}

// Same score and sign as bm25(): lower is better. After the column weights, an optional
// argument scores only that many rows and gives NULL for the rest, so one walk down a match can
// both rank its first rows and count the others; a last one names how many of the query's last
// phrases only filter (a date range ANDed to the user's words) and score nothing. A column
// weighted 0 is left out of a row's length too, so a filter column changes no score.
void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nval, sqlite3_value** vals) {
  const int columns = api->xColumnCount(fts);
  const int unscored = nval > columns + 1 ? sqlite3_value_int(vals[columns + 1]) : 0;
  int rc = SQLITE_OK;
  QueryData* d = query_data(api, fts, nval, vals, unscored, rc);
  if (!d) {
    sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
    return;
  }
  if (nval > columns && ++d->scored > sqlite3_value_int64(vals[columns])) {
    sqlite3_result_null(ctx);
    return;
  }
  std::fill(d->freq.begin(), d->freq.end(), 0.0);
  int inst = 0;
  rc = api->xInstCount(fts, &inst);
  for (int i = 0; rc == SQLITE_OK && i < inst; ++i) {
    int phrase = 0, col = 0, off = 0;
    rc = api->xInst(fts, i, &phrase, &col, &off);
    if (rc == SQLITE_OK && phrase >= 0 && static_cast<size_t>(phrase) < d->freq.size())
      d->freq[static_cast<size_t>(phrase)] += nval > col ? sqlite3_value_double(vals[col]) : 1.0;
  }
  int size = 0;
  for (int c : d->columns) {
    int n = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, c, &n);
    size += n;
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  double score = 0;
  for (size_t i = 0; i < d->idf.size(); ++i) {
    const double f = d->freq[i];
    score += d->idf[i] * (f * (kK1 + 1.0)) / (f + kK1 * (1 - kB + kB * size / d->avgdl));
  }
  sqlite3_result_double(ctx, -score);
}

}  // namespace

long doc_frequency_cap(int phrases) {
  if (phrases <= 0) return kDocFrequencyCap;
  return std::clamp(kDocFrequencyBudget / phrases, kMinDocFrequencyCap, kDocFrequencyCap);
}

Status register_rank_function(sqlite3* db) {
  fts5_api* api = fts5_of(db);
  if (!api) return Error{"this SQLite has no FTS5 module"};
  if (api->xCreateFunction(api, "tw_rank", nullptr, rank, nullptr) != SQLITE_OK)
    return Error{"cannot register the tw_rank ranking function"};
  return Ok{};
}

}  // namespace tw::store
