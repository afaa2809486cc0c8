// User search syntax → FTS5 MATCH expression. Every term reaches FTS5 as a quoted string, so no
// FTS5 operator (NEAR, AND, column filters, ^, parentheses) can come from user text; only the
// OR and NOT this translator emits itself.
#include <utf8proc.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "tradewatch/query.h"

namespace tw {
namespace {

constexpr size_t kMaxQueryBytes = 2000;
constexpr size_t kMaxTerms = 64;

struct Term {
  std::string text;
  bool phrase = false;
  bool prefix = false;
  bool negated = false;
};

enum class Kind { kTerm, kOr, kNot };

struct Token {
  Kind kind = Kind::kTerm;
  Term term;
  size_t pos = 0;  // character position (1-based) for messages
};

struct CodePoint {
  int32_t cp;
  size_t begin, end;  // byte range
};

bool is_space(int32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return true;
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP ||
         cat == UTF8PROC_CATEGORY_CC;
}

bool is_quote(int32_t cp) { return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E; }

// The characters FTS5's unicode61 tokenizer keeps in tokens (its default "L* N* Co").
bool is_token_char(int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_CO:
      return true;
    default:
      return false;
  }
}

bool searchable(const std::vector<CodePoint>& cps, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i)
    if (is_token_char(cps[i].cp)) return true;
  return false;
}

// A prefix must end in a word of at least this many characters: a one-letter prefix stands for
// a good part of the vocabulary, which FTS5 would merge in full for every query.
constexpr size_t kMinPrefixChars = 2;

// The characters of the last word in [b, e).
size_t last_word_chars(const std::vector<CodePoint>& cps, size_t b, size_t e) {
  size_t n = 0;
  while (e > b && !is_token_char(cps[e - 1].cp)) --e;
  while (e > b && is_token_char(cps[e - 1].cp)) --e, ++n;
  return n;
}

Status check_prefix(const std::vector<CodePoint>& cps, size_t b, size_t e, size_t pos) {
  if (last_word_chars(cps, b, e) >= kMinPrefixChars) return Ok{};
  return Error{fmt::format("the prefix at character {} is too short: give at least {} letters before '*'", pos,
                           kMinPrefixChars)};
}

Result<std::vector<CodePoint>> decode(std::string_view q) {
  std::vector<CodePoint> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(q.data());
  size_t pos = 0;
  while (pos < q.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(p + pos, static_cast<utf8proc_ssize_t>(q.size() - pos), &cp);
    if (n <= 0) return Error{fmt::format("query is not valid UTF-8 (at byte {})", pos)};
    out.push_back({cp, pos, pos + static_cast<size_t>(n)});
    pos += static_cast<size_t>(n);
  }
  return out;
}

Result<std::vector<Token>> lex(std::string_view q, const std::vector<CodePoint>& cps) {
  std::vector<Token> out;
  auto text_of = [&](size_t b, size_t e) {
    return b < e ? std::string(q.substr(cps[b].begin, cps[e - 1].end - cps[b].begin)) : std::string();
  };
  size_t i = 0;
  const size_t n = cps.size();
  while (i < n) {
    if (is_space(cps[i].cp)) {
      ++i;
      continue;
    }
    Token t;
    t.pos = i + 1;
    // A leading '-' excludes the term, unless it stands alone.
    if (cps[i].cp == '-' && i + 1 < n && !is_space(cps[i + 1].cp)) {
      t.term.negated = true;
      ++i;
    }
    if (is_quote(cps[i].cp)) {
      size_t open = i++;
      size_t b = i;
      while (i < n && !is_quote(cps[i].cp)) ++i;
      if (i == n)
        return Error{fmt::format("unbalanced quote: the phrase opened at character {} is not closed", open + 1)};
      size_t e = i++;
      t.term.phrase = true;
      if (i < n && cps[i].cp == '*') {
        t.term.prefix = true;
        while (i < n && cps[i].cp == '*') ++i;
      }
      if (!searchable(cps, b, e)) continue;  // "" or "--": nothing to look for
      if (t.term.prefix)
        if (auto st = check_prefix(cps, b, e, t.pos); !st) return Error{st.error()};
      t.term.text = text_of(b, e);
      out.push_back(std::move(t));
      continue;
    }
    // A word runs to the next space; quotes inside it are ordinary characters.
    size_t b = i;
    while (i < n && !is_space(cps[i].cp)) ++i;
    size_t e = i;
    std::string word = text_of(b, e);
    if (!t.term.negated && word == "OR") {
      t.kind = Kind::kOr;
      out.push_back(std::move(t));
      continue;
    }
    if (!t.term.negated && word == "NOT") {
      t.kind = Kind::kNot;
      out.push_back(std::move(t));
      continue;
    }
    while (e > b && cps[e - 1].cp == '*') {
      --e;
      t.term.prefix = true;
    }
    if (!searchable(cps, b, e)) continue;  // punctuation only: the tokenizer would drop it anyway
    if (t.term.prefix)
      if (auto st = check_prefix(cps, b, e, t.pos); !st) return Error{st.error()};
    t.term.text = text_of(b, e);
    out.push_back(std::move(t));
  }
  return out;
}

std::string quote(const Term& t) {
  std::string s = "\"";
  for (char c : t.text) {
    if (c == '"') s += '"';
    // Control characters (NUL ends the expression for FTS5) separate words like spaces do.
    s += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
  }
  s += '"';
  if (t.prefix) s += '*';
  return s;
}

// The query as an AND of OR-groups of terms, plus the terms it excludes.
struct Parsed {
  std::vector<std::vector<Term>> groups;
  std::vector<Term> exclusions;
};

Result<Parsed> parse(std::string_view user_query) {
  if (user_query.size() > kMaxQueryBytes)
    return Error{fmt::format("query is too long ({} bytes; at most {})", user_query.size(), kMaxQueryBytes)};
  auto cps = decode(user_query);
  if (!cps) return Error{cps.error()};
  auto tokens = lex(user_query, *cps);
  if (!tokens) return Error{tokens.error()};
  if (tokens->empty()) return Error{"empty query: give at least one word to search for"};

  // NOT binds to the next term.
  std::vector<Token> items;
  for (size_t i = 0; i < tokens->size(); ++i) {
    Token& t = (*tokens)[i];
    if (t.kind != Kind::kNot) {
      items.push_back(std::move(t));
      continue;
    }
    if (i + 1 == tokens->size() || (*tokens)[i + 1].kind != Kind::kTerm)
      return Error{fmt::format("NOT at character {} needs a word or \"phrase\" right after it", t.pos)};
    Token& next = (*tokens)[++i];
    next.term.negated = true;
    items.push_back(std::move(next));
  }

  Parsed parsed;
  auto& groups = parsed.groups;
  auto& exclusions = parsed.exclusions;
  size_t terms = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    Token& t = items[i];
    if (t.kind == Kind::kOr) {
      bool left = i > 0 && items[i - 1].kind == Kind::kTerm;
      bool right = i + 1 < items.size() && items[i + 1].kind == Kind::kTerm;
      if (!left || !right) return Error{fmt::format("OR at character {} needs a word on both sides", t.pos)};
      if (items[i - 1].term.negated || items[i + 1].term.negated)
        return Error{fmt::format("OR at character {} cannot join an exclusion (-word or NOT word)", t.pos)};
      continue;
    }
    if (++terms > kMaxTerms) return Error{fmt::format("query has too many terms (at most {})", kMaxTerms)};
    if (t.term.negated) {
      exclusions.push_back(std::move(t.term));
    } else if (i > 0 && items[i - 1].kind == Kind::kOr) {
      groups.back().push_back(std::move(t.term));
    } else {
      groups.push_back({std::move(t.term)});
    }
  }
  if (groups.empty())
    return Error{"a query of only exclusions matches nothing useful: add a word to search for"};

  return parsed;
}

}  // namespace

Result<std::string> translate_query(std::string_view user_query, const PrefixTerms& expand) {
  auto parsed = parse(user_query);
  if (!parsed) return Error{parsed.error()};
  const auto& groups = parsed->groups;
  const auto& exclusions = parsed->exclusions;
  // A prefix the callback resolves becomes the OR of what it stands for.
  auto term = [&](const Term& t) {
    if (!t.prefix || !expand) return quote(t);
    auto terms = expand(t.text);
    if (!terms || terms->empty()) return quote(t);
    auto one = [](const QueryTerm& q) { return quote({q.text, false, q.prefix}); };
    if (terms->size() == 1) return one((*terms)[0]);
    std::string s = "(";
    for (size_t k = 0; k < terms->size(); ++k) {
      if (k) s += " OR ";
      s += one((*terms)[k]);
    }
    return s + ")";
  };
  std::string expr;
  for (const auto& g : groups) {
    if (!expr.empty()) expr += " AND ";
    if (g.size() == 1) {
      expr += term(g[0]);
      continue;
    }
    expr += '(';
    for (size_t k = 0; k < g.size(); ++k) {
      if (k) expr += " OR ";
      expr += term(g[k]);
    }
    expr += ')';
  }
  if (!exclusions.empty()) {
    expr = "(" + expr + ")";
    for (const auto& x : exclusions) expr += " NOT " + term(x);
  }
  return expr;
}

std::vector<QueryTerm> positive_terms(std::string_view user_query) {
  std::vector<QueryTerm> out;
  auto parsed = parse(user_query);
  if (!parsed) return out;
  for (const auto& g : parsed->groups)
    for (const auto& t : g) out.push_back({t.text, t.prefix});
  return out;
}

}  // namespace tw
