#include "store/schema.h"

#include <fmt/format.h>

namespace tw::store {
namespace {

// Releases keep an integer key (pk) for the FTS index and the child tables; the public id is
// unique. Child tables refer to releases.pk as `rel`. Values the record leaves unknown are NULL.
constexpr std::string_view kV1 = R"SQL(
CREATE TABLE releases(
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  category TEXT,
  published TEXT NOT NULL,
  truncated INTEGER NOT NULL DEFAULT 0,
  story TEXT,
  url TEXT,
  source TEXT,
  extraction TEXT NOT NULL          -- SPEC §2 fields after `story`, as JSON (for `show`)
);
CREATE INDEX releases_published ON releases(published);
CREATE INDEX releases_story ON releases(story);
CREATE INDEX releases_category ON releases(category);

CREATE VIRTUAL TABLE releases_fts USING fts5(
  title, body, content='releases', content_rowid='pk',
  tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO releases_fts(releases_fts, rank) VALUES('rank', 'bm25(10.0, 1.0)');

-- Entity mentions: country/bloc (value = code), org (value = acronym or name, name = full
-- name), person (value = name), alias (value = a person's alias, name = the person's name),
-- topic (value = topic). spans: JSON [[begin, end] | [begin, end, "title"], ...].
CREATE TABLE mentions(
  rel INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL COLLATE NOCASE,
  name TEXT COLLATE NOCASE,
  spans TEXT
);
CREATE INDEX mentions_value ON mentions(kind, value, rel);
CREATE INDEX mentions_name ON mentions(kind, name, rel);
CREATE INDEX mentions_rel ON mentions(rel, kind, value);

-- Facts: the filterable columns, the span, and the SPEC §2 object as JSON.
CREATE TABLE events(
  rel INTEGER NOT NULL, seq INTEGER NOT NULL,
  type TEXT NOT NULL, name TEXT, start TEXT, "end" TEXT, country TEXT,
  span_begin INTEGER, span_end INTEGER, in_title INTEGER NOT NULL DEFAULT 0,
  item TEXT NOT NULL
);
CREATE INDEX events_rel ON events(rel);
CREATE INDEX events_type ON events(type, rel);

CREATE TABLE agreements(
  rel INTEGER NOT NULL, seq INTEGER NOT NULL,
  kind TEXT NOT NULL, name TEXT, status TEXT, date TEXT, parties TEXT,
  span_begin INTEGER, span_end INTEGER, in_title INTEGER NOT NULL DEFAULT 0,
  item TEXT NOT NULL
);
CREATE INDEX agreements_rel ON agreements(rel);
CREATE INDEX agreements_kind ON agreements(kind, rel);

CREATE TABLE measures(
  rel INTEGER NOT NULL, seq INTEGER NOT NULL,
  kind TEXT NOT NULL, jurisdiction TEXT, sector TEXT, stance TEXT, announced TEXT,
  span_begin INTEGER, span_end INTEGER, in_title INTEGER NOT NULL DEFAULT 0,
  item TEXT NOT NULL
);
CREATE INDEX measures_rel ON measures(rel);
CREATE INDEX measures_kind ON measures(kind, rel);

CREATE TABLE indicators(
  rel INTEGER NOT NULL, seq INTEGER NOT NULL,
  metric TEXT NOT NULL, subject TEXT, country TEXT, partner TEXT, period TEXT,
  value REAL, unit TEXT, change_pct REAL,
  span_begin INTEGER, span_end INTEGER, in_title INTEGER NOT NULL DEFAULT 0,
  item TEXT NOT NULL
);
CREATE INDEX indicators_rel ON indicators(rel);
CREATE INDEX indicators_metric ON indicators(metric, rel);
)SQL";

// Mentions clustered by release: ingest appends to the table instead of inserting into two
// extra indexes, and a release's mentions (facets) sit together. One index serves the filters;
// an organization's full name becomes a lookup row (kind 'org_alias', name = the org's value)
// instead of a second index over every mention.
constexpr std::string_view kV2 = R"SQL(
CREATE TABLE mentions_v2(
  rel INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL COLLATE NOCASE,
  name TEXT,
  spans TEXT,
  PRIMARY KEY (rel, kind, value)
) WITHOUT ROWID;
INSERT OR IGNORE INTO mentions_v2(rel, kind, value, name, spans)
  SELECT rel, kind, value, CASE WHEN kind = 'org' AND name <> value THEN name END, spans FROM mentions ORDER BY rel;
INSERT OR IGNORE INTO mentions_v2(rel, kind, value, name, spans)
  SELECT rel, 'org_alias', name, value, NULL FROM mentions WHERE kind = 'org' AND name IS NOT NULL AND name <> value;
DROP TABLE mentions;
ALTER TABLE mentions_v2 RENAME TO mentions;
CREATE INDEX mentions_value ON mentions(kind, value);
)SQL";

// The columns search filters, sorting and facets read, in rows small enough that checking one
// costs a page read rather than a walk past the body's overflow pages. facets: the release's
// facet values, "c" country, "b" bloc, "t" topic, "e" event type, each as letter, char(31),
// value, joined by char(30), so facet counts read one small row per match. Triggers keep
// published and category in step with releases; the store writes facets with the mentions.
constexpr std::string_view kV3 = R"SQL(
CREATE TABLE release_keys(
  pk INTEGER PRIMARY KEY,
  published TEXT NOT NULL,
  category TEXT,
  facets TEXT
);
INSERT INTO release_keys(pk, published, category, facets)
  SELECT pk, published, category,
    (SELECT group_concat(f, char(30)) FROM (
       SELECT CASE kind WHEN 'country' THEN 'c' WHEN 'bloc' THEN 'b' ELSE 't' END || char(31) || value AS f
         FROM mentions WHERE rel = releases.pk AND kind IN ('country', 'bloc', 'topic')
       UNION SELECT 'e' || char(31) || type FROM events WHERE rel = releases.pk))
  FROM releases;
CREATE INDEX release_keys_published ON release_keys(published);
-- FTS5 buffers a batch's postings in memory up to this size before writing a segment: a
-- batch of several thousand releases is one segment, not several.
INSERT INTO releases_fts(releases_fts, rank) VALUES('hashsize', 33554432);
CREATE TRIGGER release_keys_insert AFTER INSERT ON releases BEGIN
  INSERT INTO release_keys(pk, published, category) VALUES (new.pk, new.published, new.category);
END;
CREATE TRIGGER release_keys_update AFTER UPDATE OF published, category ON releases BEGIN
  UPDATE release_keys SET published = new.published, category = new.category WHERE pk = new.pk;
END;
CREATE TRIGGER release_keys_delete AFTER DELETE ON releases BEGIN
  DELETE FROM release_keys WHERE pk = old.pk;
END;
)SQL";

// The full-text index's vocabulary (store/terms.h), so a prefix query can be rewritten as the
// terms it stands for. Filled once from the index here; the writer adds each batch's new words.
constexpr std::string_view kV4 = R"SQL(
CREATE TABLE fts_terms(term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.fts_vocab USING fts5vocab(main, releases_fts, row);
INSERT INTO fts_terms(term) SELECT term FROM temp.fts_vocab;
DROP TABLE temp.fts_vocab;
)SQL";

// release_keys(published) serves every listing by date, so the same index on releases only
// cost each ingest a page write per release (the dates of a feed need not come in order).
constexpr std::string_view kV5 = R"SQL(
DROP INDEX IF EXISTS releases_published;
)SQL";

// The filter columns again, in key order: a text search with a date or category filter tests
// each full-text match by its key, and in release_keys itself that lookup lands on a row that
// also holds the facets (about 250 bytes: 16 rows a page), so at a million releases each test
// read a page of its own; this index holds about 90 keys a page. Keys only grow, so an ingest
// appends to it; a large load still sets it aside and builds it at its end (a sort of keys
// already in order: seconds at 1M), which costs less than keeping it up batch by batch.
constexpr std::string_view kV6 = R"SQL(
CREATE INDEX IF NOT EXISTS release_keys_filters ON release_keys(pk, published, category);
)SQL";

// Each release's publication date and facet values in the full-text index, as terms of a third
// column (store/filter_terms.h): "y2020 m202003 d20200315 cus tsteel emeeting". A text search
// with a date range or a common country, bloc, topic or event type ANDs their terms to the
// user's words, and FTS5 skips through the lists of postings instead of the search testing each
// text match by its key (an index lookup per match: 20 ms for a common word in a range of a tenth
// of a million releases). The index reads its columns from a view over releases and their keys;
// the user's words are searched in title and body only. Rebuilding the index takes about as long
// as the full-text part of ingesting the releases again.
constexpr std::string_view kV7 = R"SQL(
DROP TABLE releases_fts;
DROP VIEW IF EXISTS releases_text;
CREATE VIEW releases_text AS
  SELECT r.pk AS pk, r.title AS title, r.body AS body,
    'y' || substr(r.published, 1, 4) ||
    ' m' || substr(r.published, 1, 4) || substr(r.published, 6, 2) ||
    ' d' || substr(r.published, 1, 4) || substr(r.published, 6, 2) || substr(r.published, 9, 2) ||
    coalesce(' ' || replace(replace(replace(k.facets, char(31), ''), char(30), ' '), '_', ''), '') AS filters
  FROM releases r LEFT JOIN release_keys k ON k.pk = r.pk;
CREATE VIRTUAL TABLE releases_fts USING fts5(
  title, body, filters, content='releases_text', content_rowid='pk',
  tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO releases_fts(releases_fts, rank) VALUES('rank', 'bm25(10.0, 1.0, 0.0)');
INSERT INTO releases_fts(releases_fts, rank) VALUES('hashsize', 33554432);
INSERT INTO releases_fts(releases_fts) VALUES('rebuild');
DELETE FROM fts_terms;
CREATE VIRTUAL TABLE temp.fts_vocab USING fts5vocab(main, releases_fts, row);
INSERT INTO fts_terms(term) SELECT term FROM temp.fts_vocab;
DROP TABLE temp.fts_vocab;
)SQL";

constexpr Migration kMigrations[] = {
    {1, "releases, full-text index, mentions and fact tables", kV1},
    {2, "mentions clustered by release, organization names as lookup rows", kV2},
    {3, "narrow release keys for search filters and facets", kV3},
    {4, "the full-text index's terms, for prefix queries", kV4},
    {5, "one date index, on release_keys", kV5},
    {6, "release keys' filter columns in key order", kV6},
    {7, "publication dates and facet values in the full-text index", kV7},
};

// Names and definitions as the migrations above leave them (a test compares the two).
constexpr DeferrableIndex kDeferrable[] = {
    {"mentions_value", "ON mentions(kind, value)"},
    {"releases_story", "ON releases(story)"},
    {"release_keys_published", "ON release_keys(published)"},
    {"release_keys_filters", "ON release_keys(pk, published, category)"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

std::span<const DeferrableIndex> deferrable_indexes() { return kDeferrable; }

Status ensure_indexes(Db& db) {
  for (const auto& ix : kDeferrable)
    if (auto st = db.exec(fmt::format("CREATE INDEX IF NOT EXISTS {} {}", ix.name, ix.on)); !st)
      return Error{fmt::format("cannot build index {}: {}", ix.name, st.error())};
  return Ok{};
}

Status drop_deferrable_indexes(Db& db) {
  for (const auto& ix : kDeferrable)
    if (auto st = db.exec(fmt::format("DROP INDEX IF EXISTS {}", ix.name)); !st)
      return Error{fmt::format("cannot set index {} aside: {}", ix.name, st.error())};
  return Ok{};
}

int schema_version() { return kMigrations[std::size(kMigrations) - 1].version; }

Status migrate(Db& db) {
  // IMMEDIATE: two processes opening a fresh file at once must not both run step 1.
  if (auto st = db.exec("BEGIN IMMEDIATE"); !st) return Error{"cannot lock database for migration: " + st.error()};
  auto rollback = [&](std::string msg) -> Status {
    (void)db.exec("ROLLBACK");
    return Error{std::move(msg)};
  };
  auto v = db.prepare("PRAGMA user_version");
  if (!v) return rollback(v.error());
  int current = v->step() == SQLITE_ROW ? static_cast<int>(v->int64(0)) : 0;
  v->reset();
  if (current > schema_version())
    return rollback(fmt::format("database schema version {} is newer than this tradewatch supports ({})", current,
                                schema_version()));
  for (const auto& m : kMigrations) {
    if (m.version <= current) continue;
    if (auto st = db.exec(std::string(m.sql)); !st)
      return rollback(fmt::format("migration to version {} ({}) failed: {}", m.version, m.what, st.error()));
    if (auto st = db.exec(fmt::format("PRAGMA user_version = {}", m.version)); !st) return rollback(st.error());
  }
  // A load that set indexes aside and was killed before rebuilding them left them missing. (A
  // load still running in another process gets them back too: it stays correct, only slower.)
  if (auto st = ensure_indexes(db); !st) return rollback(st.error());
  if (auto st = db.exec("COMMIT"); !st) return rollback(st.error());
  return Ok{};
}

Status check_version(Db& db) {
  auto v = db.prepare("PRAGMA user_version");
  if (!v) return Error{v.error()};
  int rc = v->step();
  if (rc != SQLITE_ROW) return db.error("cannot read database");
  int current = static_cast<int>(v->int64(0));
  if (current == 0) return Error{"database is empty (run `tradewatch ingest` first)"};
  if (current != schema_version())
    return Error{fmt::format("database schema version {} differs from this tradewatch's ({}); open it once "
                             "for writing (e.g. `tradewatch ingest`) to migrate",
                             current, schema_version())};
  return Ok{};
}

}  // namespace tw::store
