// Organizations named in a release: acronym definitions ("Full Name (ACR)"), capitalized names
// built around organization words (data/org_forms.tsv), universally known bodies
// (data/org_known.tsv), companies introduced as such ("companies such as X, Y and Z", "X, a local
// manufacturer"), and acronyms in front of a title ("AIT Director …"). Later bare uses of an
// acronym attach to the organization it stands for.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicon.h"
#include "extract/places.h"
#include "extract/shared_data.h"
#include "extract/span_index.h"
#include "extract/stages.h"
#include "extract/textview.h"
#include "extract/wordscan.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

enum FormFlag : unsigned {
  kHeadOf = 1,   // "Ministry of …"
  kTail = 2,     // "… Association"
  kWeak = 4,     // only in an abbreviated name
  kAbroad = 8,   // keeps "in <place>"
  kVenue = 16,   // a place, not a body
  kHeadCountry = 32,  // "Statistics Canada": heads a name whose rest is a country's name
  kFirm = 64,    // a company's legal form ("Inc.", "Corp."): a tail
  kNational = 128,  // a country adjective before it is no part of the name ("French Ministry of …")
};

// Words before a name that make it any body of its kind ("each Port Authority").
bool quantifier(std::string_view w) {
  for (std::string_view q : {"each", "Each", "every", "Every", "any", "Any"})
    if (w == q) return true;
  return false;
}

constexpr size_t kNoToken = static_cast<size_t>(-1);

// The token that ends at byte offset end, or kNoToken.
size_t token_ending_at(const TextView& tv, size_t end) {
  auto it = std::lower_bound(tv.toks.begin(), tv.toks.end(), end,
                             [](const lex::Tok& t, size_t e) { return t.e < e; });
  return it != tv.toks.end() && it->e == end ? static_cast<size_t>(it - tv.toks.begin()) : kNoToken;
}

bool connector(std::string_view w) { return w == "of" || w == "for" || w == "on" || w == "and" || w == "&"; }

struct Vocab {
  std::shared_ptr<const PlaceLexicon> places;
  lex::PhraseTable forms;  // id: flags
  std::vector<unsigned> form_flags;
  struct Known {
    std::string name, acronym, country;
    // norm_key of name and acronym, worked out at load: add() needs them at every mention.
    std::string name_key, acronym_key;
  };
  std::vector<Known> known;
  lex::PhraseTable known_table;  // id: index into known
  WordSet company_cues;  // lower case
  WordSet list_cues;     // lower case: "bodies such as …"
  // data/org_generic_words.tsv: capitalized words that alone do not make a body's name its own
  // ("the Joint Committee", "the Free Trade Commission").
  WordSet generic_words;
  WordSet appositive_nouns;  // lower case: "the trade authority, GECEX, …"
  // Of appositive_nouns, those that also stand right before a body's short name, no commas
  // between ("the farm lobby Copa-Cogeca", "steel industry group Eurofer").
  WordSet descriptor_nouns;
  WordFilter descriptor_filter;  // of descriptor_nouns: asked about every lower-case word
  WordSet portfolio;     // data/title_words.tsv: "Trade", "Energy" — never a person's name
  WordSet country_firms;  // data/org_forms.tsv, kind country_firm: "Steel" in "U.S. Steel"
  std::shared_ptr<const facts::Lexicon> ordinals;  // data/ordinals.tsv: "second", "fourth"
  WordSet honorifics;    // data/honorifics.tsv, the abbreviated ones: "Dr."
  WordSet address;       // data/honorifics.tsv, the one-word ones without their full stop: "Sir", "Mr"
  WordSet particles;     // data/name_particles.tsv, the lower-case ones: "bin", "von"
  WordFilter cue_filter;  // of company_cues: asked about every body word
  size_t longest_cue = 0;
  // Per cue length, a bit for the low five bits of some cue's first (cue_first) and last
  // (cue_last) byte: the same bit for a letter in either case.
  std::vector<uint32_t> cue_first, cue_last;
  // Whether word w, lower-cased, is a company cue. Asked of every body word: the lower-cased
  // copy goes to a buffer on the stack, with no string to assign.
  bool company_cue(std::string_view w) const {
    if (w.size() > longest_cue || w.empty()) return false;
    // By length, the first and last letters of the cues (ASCII, folded): most words share no
    // cue's shape and are turned away before they are copied or hashed, inline at the caller.
    auto bit = [](char c) { return uint32_t{1} << (static_cast<unsigned char>(c) & 31); };
    if (!(cue_first[w.size()] & bit(w.front())) || !(cue_last[w.size()] & bit(w.back()))) return false;
    return cue_lookup(w);
  }
  [[gnu::noinline]] bool cue_lookup(std::string_view w) const {
    char small[64];
    std::string big;
    char* buf = small;
    if (w.size() > sizeof small) {
      big.resize(w.size());
      buf = big.data();
    }
    for (size_t k = 0; k < w.size(); ++k) {
      const char c = w[k];
      buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const std::string_view low(buf, w.size());
    return cue_filter.may_contain(low) && company_cues.count(low) > 0;
  }
  lex::PhraseTable titles;  // id 0: head, 1: modifier, 2: plural
  WordSet plural_titles;    // "Directors", "Ministers": one-word titles in the plural
  struct ShortRef {
    std::string phrase, name, required;
  };
  std::vector<ShortRef> short_refs;
  lex::PhraseTable short_table;
};

// Tokens of a view, from its first on, where the passes over it begin: a pass that looked for
// them itself walked every token.
struct Marks {
  std::vector<uint32_t> caps;    // words in capitals ("WTO", "KORUS", "G7")
  std::vector<uint32_t> cues;    // company nouns (Vocab::company_cue) before a word that lists
  std::vector<uint32_t> commas;  // ","
  std::vector<uint32_t> ands;    // "and"
  std::vector<uint32_t> leads;   // ",", "and", "including", ";": a name in a list may follow
  std::vector<uint32_t> such;    // "such"
};

Marks marks_of(const TextView& tv, const Vocab& v) {
  Marks m;
  const size_t n = tv.size();
  // Each list is first written through a pointer into scratch room for every token, kept on
  // this thread from one text to the next, and copied out at its length: a push per mark was a
  // call each.
  const size_t room = n > tv.first_tok ? n - tv.first_tok : 0;
  thread_local std::vector<uint32_t> scratch;
  if (scratch.size() < 6 * room) scratch.resize(6 * room);
  uint32_t* const base[6] = {scratch.data(), scratch.data() + room, scratch.data() + 2 * room,
                             scratch.data() + 3 * room, scratch.data() + 4 * room, scratch.data() + 5 * room};
  uint32_t *caps = base[0], *cues = base[1], *commas = base[2], *ands = base[3], *leads = base[4], *such = base[5];
  const char* text = tv.text.data();
  auto is = [](const char* w, std::string_view lit) { return std::memcmp(w, lit.data(), lit.size()) == 0; };
  for (size_t i = tv.first_tok; i < n; ++i) {
    const lex::Tok& t = tv.toks[i];
    const char* w = text + t.b;
    const size_t len = t.e - t.b;
    const auto at = static_cast<uint32_t>(i);
    // A company noun matters to the companies pass only before one of these: "companies, …",
    // "companies such as …", "… including …", "… like …", "… include …", "an importer (…)".
    bool after_cue = false;
    if (t.word) {
      if (t.allcaps) *caps++ = at;
      switch (len) {
        case 3:
          if (is(w, "and")) {
            *ands++ = at;
            *leads++ = at;
          }
          break;
        case 4:
          if (is(w, "such")) {
            *such++ = at;
            after_cue = true;
          } else {
            after_cue = is(w, "like");
          }
          break;
        case 7:
          after_cue = is(w, "include");
          break;
        case 9:
          if (is(w, "including")) {
            *leads++ = at;
            after_cue = true;
          }
          break;
        default:
          break;
      }
    } else if (len == 1) {
      if (w[0] == ',') {
        *commas++ = at;
        *leads++ = at;
        after_cue = true;
      } else if (w[0] == ';') {
        *leads++ = at;
      } else {
        after_cue = w[0] == '(';
      }
    }
    if (after_cue && i > tv.first_tok && tv.toks[i - 1].word && v.company_cue(tv.tok(i - 1))) *cues++ = at - 1;
  }
  m.caps.assign(base[0], caps);
  m.cues.assign(base[1], cues);
  m.commas.assign(base[2], commas);
  m.ands.assign(base[3], ands);
  m.leads.assign(base[4], leads);
  m.such.assign(base[5], such);
  return m;
}

class OrganizationsStage final : public Stage {
 public:
  explicit OrganizationsStage(std::shared_ptr<const Vocab> v) : v_(std::move(v)) {}
  const char* name() const override { return "organizations"; }
  void run(Doc& doc) const override;

 private:
  struct Org {
    std::string name, acronym, country;
    std::vector<Span> spans;
    size_t order = 0;
    // norm_key of name and acronym, kept with them: add() compares them with every new name.
    std::string name_key, acronym_key;
    void set_name(const std::string& n) {
      name = n;
      name_key = lex::norm_key(n);
    }
    void set_acronym(const std::string& a) {
      acronym = a;
      acronym_key = lex::norm_key(a);
    }
  };
  struct State {
    Doc& doc;
    std::vector<Org> orgs;
    std::unordered_set<std::string> not_org_acronyms;
    std::unordered_set<std::string> joint_meetings;  // "Industrial Cooperation Committee" of "A–B …"
    SpanSet claimed;  // spans of names already found
    size_t order = 0;
    std::vector<size_t> short_names;  // orgs named by a short name after a body's noun
  };

  // Asked at most tokens: the table's two-byte test turns most away inline, before the call.
  [[gnu::always_inline]] unsigned flags_at(const TextView& tv, size_t i, size_t* len) const {
    *len = 0;
    if (!tv.word(i) || !v_->forms.may_begin(tv.text, tv.toks[i].b)) return 0;
    return flags_from(tv, i, len);
  }
  unsigned flags_from(const TextView& tv, size_t i, size_t* len) const;
  // The end of a country's name (not an adjective) that starts at token i, or i.
  static size_t country_rest(const TextView& tv, size_t i);
  // rule: why, for the trace, followed by detail; views so that the literal most callers pass
  // is no string, and the two are joined only when the trace is kept.
  int add(State& st, const std::string& name, const std::string& acronym, const std::string& country, Span span,
          std::string_view rule, std::string_view detail = {}) const {
    return add_keyed(st, name, acronym, country, span, rule, detail, lex::norm_key(name), lex::norm_key(acronym));
  }
  // A known body: its keys are the vocabulary's, worked out at load.
  int add_known(State& st, const Vocab::Known& k, Span span, std::string_view rule, std::string_view detail) const {
    return add_keyed(st, k.name, k.acronym, k.country, span, rule, detail, k.name_key, k.acronym_key);
  }
  // add, given nk and ak, norm_key of name and acronym.
  int add_keyed(State& st, const std::string& name, const std::string& acronym, const std::string& country, Span span,
                std::string_view rule, std::string_view detail, const std::string& nk, const std::string& ak) const;
  static bool claimed(const State& st, Span s);
  // Whether a name already found has a mention overlapping s.
  static bool found_at(const State& st, Span s);
  // The name already found that is the known body at `inner` followed by "of <its country>".
  static Org* named_with_its_country(State& st, const TextView& tv, Span inner, const std::string& country);
  bool short_of(std::string_view full, std::string_view part, const std::string& country) const;
  std::string country_of(const TextView& tv, size_t from, size_t to) const;

  // An acronym defined in the text, as acronym_definitions reads it: what it does to the state,
  // found from the text alone. The body's are applied twice (before and after the names built
  // from organization words), read once.
  struct AcronymDef {
    enum Kind : uint8_t {
      kAttach,  // no aligned long form: a name found ending at span.end takes the acronym
      kNotOrg,  // not an organization: the acronym is marked so and the span claimed
      kOrg,     // an organization: add(name, acronym, country, span)
    } kind;
    std::string name, acronym, country;
    std::string acr;  // as written in the parenthesis, for the trace
    Span span;
  };
  void acronym_definitions(const TextView& tv, std::vector<AcronymDef>& defs) const;
  void apply_acronym_definitions(State& st, const std::vector<AcronymDef>& defs) const;
  void form_names(State& st, const TextView& tv) const;
  bool country_led(const TextView& tv, size_t s, size_t k) const;
  static size_t pair_lead(const TextView& tv, size_t s, size_t k);
  bool distributed_plural(State& st, const TextView& tv, size_t s, size_t k, size_t e) const;
  void known_bodies(State& st, const TextView& tv) const;
  // The passes below look only at the tokens of m (marks_of(tv)), found for all in one walk.
  void companies(State& st, const TextView& tv, const Marks& m) const;
  void acronym_before_title(State& st, const TextView& tv, const Marks& m) const;
  void bare_acronyms(State& st, const TextView& tv, const Marks& m) const;
  void appositive_acronyms(State& st, const TextView& tv) const;
  void country_named_firms(State& st, const TextView& tv) const;
  void descriptor_short_names(State& st, const TextView& tv) const;
  // Further uses of the short names descriptor_short_names found, wherever they stand.
  static void short_name_uses(State& st, const TextView& tv);
  void ministry_of_minister(State& st, const TextView& tv, const Marks& m) const;
  void known_names(State& st, const TextView& tv) const;
  void short_refs(State& st, const TextView& tv) const;
  void name_before_title(State& st, const TextView& tv, const Marks& m) const;
  void coordinated(State& st, const TextView& tv, const Marks& m) const;

  // Tokens of a title starting at i (0: none); the same inline test first.
  size_t title_after(const TextView& tv, size_t i) const {
    if (!tv.word(i) || !v_->titles.may_begin(tv.text, tv.toks[i].b)) return 0;
    return title_from(tv, i);
  }
  size_t title_from(const TextView& tv, size_t i) const;
  size_t complement_end(const TextView& tv, size_t i, bool abroad) const;
  bool person_starts(const TextView& tv, size_t j) const;
  // Whether a name read back from its last word runs on across the "of" at p: only to a body's or
  // a portfolio's word before it.
  bool crosses_of(const TextView& tv, size_t p) const {
    size_t len = 0;
    return p > 0 && (flags_at(tv, p - 1, &len) || v_->portfolio.count(tv.tok(p - 1)) > 0);
  }
  bool name_after_portfolio_before(const TextView& tv, size_t p) const;

  std::shared_ptr<const Vocab> v_;
};

unsigned OrganizationsStage::flags_from(const TextView& tv, size_t i, size_t* len) const {
  lex::Hit h = v_->forms.match_at(tv.text, tv.toks[i].b, false);
  if (h.id < 0) return 0;
  size_t j = i;
  while (j < tv.size() && tv.toks[j].b < h.e) ++j;
  *len = j - i;
  return v_->form_flags[static_cast<size_t>(h.id)];
}

bool OrganizationsStage::claimed(const State& st, Span s) { return st.claimed.overlaps(s); }

bool OrganizationsStage::found_at(const State& st, Span s) {
  return std::any_of(st.orgs.begin(), st.orgs.end(), [&](const Org& o) {
    return std::any_of(o.spans.begin(), o.spans.end(),
                       [&](const Span& os) { return os.in_title == s.in_title && s.begin < os.end && os.begin < s.end; });
  });
}

int OrganizationsStage::add_keyed(State& st, const std::string& name, const std::string& acronym,
                                  const std::string& country, Span span, std::string_view rule,
                                  std::string_view detail, const std::string& nk, const std::string& ak) const {
  int found = -1;
  for (size_t i = 0; i < st.orgs.size(); ++i) {
    const Org& o = st.orgs[i];
    const std::string &onk = o.name_key, &oak = o.acronym_key;
    if ((!ak.empty() && (ak == oak || ak == onk)) || nk == onk || (!oak.empty() && nk == oak)) {
      found = static_cast<int>(i);
      break;
    }
  }
  // "the Trade Development Authority" after "the Trade Development Authority of Pakistan (TDAP)":
  // the name without its country is the same body, not a second one.
  if (found < 0 && ak.empty())
    for (size_t i = 0; i < st.orgs.size() && found < 0; ++i)
      if (short_of(st.orgs[i].name, name, st.orgs[i].country)) found = static_cast<int>(i);
  if (found < 0) {
    st.orgs.push_back({name, acronym, country, {}, st.order++, nk, ak});
    found = static_cast<int>(st.orgs.size() - 1);
  } else {
    Org& o = st.orgs[static_cast<size_t>(found)];
    if (o.acronym.empty() && !acronym.empty()) o.set_acronym(acronym);
    // The name is the first full form: an acronym-only entry takes a full name when one appears.
    if (!o.acronym.empty() && o.name_key == o.acronym_key && nk != ak && !name.empty() && nk != o.acronym_key)
      o.set_name(name);
    // "The State Secretariat for Economic Affairs (SECO)": a definition that lost a leading word
    // ("Secretariat for …") yields to the full form found over the same words.
    else if (name.size() > o.name.size() && name.ends_with(" " + o.name) && !o.spans.empty() &&
             span.in_title == o.spans.front().in_title && span.begin < o.spans.front().begin &&
             span.end >= o.spans.front().end)
      o.set_name(name);
    // "the General Administration of Customs (GAC) … GAC spokesperson": the text's own definition
    // of an acronym names its body; a known body sharing the acronym (Global Affairs Canada) is
    // another body and lends it no country. One name holding the other is the same body ("the
    // Ministry of Commerce (MOFCOM)" is the Ministry of Commerce of the People's Republic of China).
    const bool other_body = !ak.empty() && ak == o.acronym_key && nk != ak && o.name_key != o.acronym_key &&
                            nk.find(o.name_key) == std::string::npos && o.name_key.find(nk) == std::string::npos;
    if (o.country.empty() && !other_body) o.country = country;
  }
  Org& o = st.orgs[static_cast<size_t>(found)];
  if (std::find(o.spans.begin(), o.spans.end(), span) == o.spans.end()) o.spans.push_back(span);
  st.claimed.add(span);
  if (st.doc.explain) st.doc.trace("organizations", o.name, std::string(rule) + std::string(detail), span);
  return found;
}

// Whether full is part followed by "of [the] <a name of country>" ("Ministry of Commerce of the
// People's Republic of China" for "Ministry of Commerce" and CN).
bool OrganizationsStage::short_of(std::string_view full, std::string_view part, const std::string& country) const {
  if (country.empty() || part.find(' ') == std::string_view::npos || !full.starts_with(part)) return false;
  std::string_view rest = full.substr(part.size());
  if (!rest.starts_with(" of ")) return false;
  rest.remove_prefix(4);
  if (rest.starts_with("the ")) rest.remove_prefix(4);
  const lex::Hit h = v_->places->table.match_at(rest, 0, false);
  if (h.id < 0 || h.e != rest.size()) return false;
  const PlaceEntry& e = v_->places->entries[static_cast<size_t>(h.id)];
  return e.kind == PlaceEntry::Country && !e.adj && e.code == country;
}

std::string OrganizationsStage::country_of(const TextView& tv, size_t from, size_t to) const {
  for (size_t i = from; i < to; ++i)
    if (const PlaceEntry* e = tv.place_entry(i); e && e->kind == PlaceEntry::Country) return e->code;
  // "China's Ministry of Commerce", "the French Ministry of Economy"
  if (from >= 1 && tv.possessive(from - 1)) {
    if (const PlaceEntry* e = tv.place_entry(from - 2); e && e->kind == PlaceEntry::Country) return e->code;
  }
  if (const PlaceEntry* e = tv.place_entry(from - 1); from >= 1 && e && e->kind == PlaceEntry::Country) return e->code;
  if (const PlaceEntry* e = tv.place_entry(from - 1); from >= 1 && e && e->kind == PlaceEntry::Bloc && e->code == "EU")
    return "EU";
  return {};
}

// Acronym letters aligned with a long form: the first letter starts the first word; each later
// letter starts a later word or continues the word of the letter before it (KITECH = Korea
// Institute of Industrial TECHnology).
namespace {
bool align(const std::vector<std::string_view>& words, size_t w, size_t pos, std::string_view acr, size_t a) {
  if (a == acr.size()) return true;
  char c = static_cast<char>(std::tolower(static_cast<unsigned char>(acr[a])));
  // continue inside the current word
  for (size_t p = pos + 1; p < words[w].size(); ++p) {
    if (std::tolower(static_cast<unsigned char>(words[w][p])) == c && align(words, w, p, acr, a + 1)) return true;
  }
  for (size_t k = w + 1; k < words.size(); ++k) {
    if (!words[k].empty() && std::tolower(static_cast<unsigned char>(words[k][0])) == c &&
        align(words, k, 0, acr, a + 1))
      return true;
  }
  return false;
}

// Splits a token into sub-words at hyphens, dashes, '&' and '/' ("Seoul-Japan" → Seoul, Japan),
// appended to out: each is a run of the token's own bytes, so a view of it.
void sub_words(std::string_view t, std::vector<std::string_view>& out) {
  size_t cur = 0, len = 0;  // the run being read: t.substr(cur, len)
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (lex::ascii_alnum(c) || c >= 0x80) {  // std::isalnum in the "C" locale, without the call
      if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {  // dash
        i += 2;
        if (len) out.push_back(t.substr(cur, len));
        len = 0;
        continue;
      }
      if (!len) cur = i;
      ++len;
    } else {
      if (len) out.push_back(t.substr(cur, len));
      len = 0;
    }
  }
  if (len) out.push_back(t.substr(cur, len));
}

// "MoCI", "MoFA", "MoEF": an acronym that keeps its function words' letters in lower case. Letters
// only, a capital first and at least two capitals, at most eight letters.
bool mixed_case_acronym(std::string_view w) {
  if (w.size() < 3 || w.size() > 8 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  size_t upper = 0;
  for (char c : w) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    upper += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return upper >= 2;
}

// "Camex", "Gecex", "Mincetur": Latin American bodies write their acronyms as a word, a capital and
// lower-case letters. Read as one only in parentheses right after a body's name (never as a long
// form's initials), so that "(Monday)" or "(Reuters)" after other words take nothing.
bool word_acronym(std::string_view w) {
  if (w.size() < 4 || w.size() > 8 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  for (size_t k = 1; k < w.size(); ++k)
    if (!std::islower(static_cast<unsigned char>(w[k]))) return false;
  return !is_month_or_weekday(w);
}

// "MDIC", "SECEX": two letters or more, capitals and digits only.
bool upper_acronym(std::string_view w) {
  size_t letters = 0;
  for (char c : w) {
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
    else if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return letters >= 2;
}

bool acronym_like(std::string_view w) { return upper_acronym(w) || mixed_case_acronym(w) || word_acronym(w); }

std::string letters_of(std::string_view acr) {
  std::string out;
  for (char c : acr)
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  return out;
}

// letters_of(acr).size(), with no string built.
size_t letter_count(std::string_view acr) {
  size_t k = 0;
  for (char c : acr) k += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return k;
}
}  // namespace

size_t OrganizationsStage::title_from(const TextView& tv, size_t i) const {
  size_t j = i;
  // modifiers then a head ("Deputy Secretary-General", "Section Chief", "Vice President")
  for (int guard = 0; guard < 5 && j < tv.size(); ++guard) {
    lex::Hit h = v_->titles.match_at(tv.text, tv.toks[j].b, false);
    if (h.id < 0) return 0;
    size_t k = j;
    while (k < tv.size() && tv.toks[k].b < h.e) ++k;
    if (h.id == 0) {
      // a longer modifier+head phrase may follow ("Vice President" after "Executive")
      lex::Hit h2 = v_->titles.match_at(tv.text, tv.toks[k < tv.size() ? k : j].b, false);
      if (k < tv.size() && h2.id == 0) {
        size_t k2 = k;
        while (k2 < tv.size() && tv.toks[k2].b < h2.e) ++k2;
        return k2 - i;
      }
      return k - i;
    }
    if (h.id != 1) return 0;
    j = k;
  }
  return 0;
}

// Whether a person's name begins at j: two capitalized words in a row, neither a portfolio word,
// an organization form, a place nor in capitals only.
bool OrganizationsStage::person_starts(const TextView& tv, size_t j) const {
  for (size_t k = j; k < j + 2; ++k) {
    size_t fl = 0;
    if (!tv.cap(k) || tv.toks[k].allcaps || tv.place[k] >= 0 || v_->portfolio.count(tv.tok(k)) > 0 ||
        flags_at(tv, k, &fl) || is_month_or_weekday(tv.tok(k)))
      return false;
  }
  return true;
}

// Whether two to four words before the "and" at p are a person's name that a portfolio word
// precedes ("… of Trade and Industry Prudence Sebahizi and …").
bool OrganizationsStage::name_after_portfolio_before(const TextView& tv, size_t p) const {
  size_t q = p;
  while (q > tv.first_tok && p - q < 4) {
    size_t fl = 0;
    const size_t j = q - 1;
    if (!tv.cap(j) || tv.toks[j].allcaps || tv.place[j] >= 0 || v_->portfolio.count(tv.tok(j)) > 0 ||
        flags_at(tv, j, &fl) || is_month_or_weekday(tv.tok(j)))
      break;
    q = j;
  }
  return p - q >= 2 && q > tv.first_tok && v_->portfolio.count(tv.tok(q - 1)) > 0;
}

// "I.Batkhuu", "Ch.Khurelbaatar", "L.Oyun-Erdene": a Mongolian name, the initial of the father's
// name glued to the given name; a person's, never a word of a body's name ("U.S." is no such).
static bool glued_initial_name(std::string_view w) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  size_t k = 0;
  if (w.size() < 4 || !upper(w[k++])) return false;
  if (lower(w[k])) ++k;
  if (w[k++] != '.' || k + 1 >= w.size() || !upper(w[k]) || !lower(w[k + 1])) return false;
  return true;
}

// "Sub-regional", "Non-governmental", "Co-operative": a capitalized word with a bound prefix set
// off by a hyphen is one word of a name, unlike a compound that modifies one ("Seoul-based").
bool prefixed_word(std::string_view w) {
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash < 2 || dash > 5) return false;
  static constexpr std::string_view kPrefixes[] = {"Sub", "Non", "Co", "Multi", "Inter", "Intra", "Trans",
                                                   "Semi", "Pre", "Post", "Supra", "Pluri", "Extra"};
  const std::string_view p = w.substr(0, dash);
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), p) != std::end(kPrefixes) &&
         w.find('-', dash + 1) == std::string_view::npos;
}

// End (exclusive) of "of/for/on …" after an organization word at i-1: capitalized words, lists
// ("of Trade, Industry and Resources"), "the" before a capital, and for bodies abroad "in <place>".
size_t OrganizationsStage::complement_end(const TextView& tv, size_t i, bool abroad) const {
  size_t end = i;
  size_t j = i;
  const size_t n = tv.size();
  size_t stop_at = n;  // where a person's name begins after "and <portfolio>"
  bool list_closed = false;  // an "and" has closed a list of portfolios ("Trade, Industry and Competition")
  auto name_word = [&](size_t k) {
    if (!tv.word(k)) return false;
    std::string_view w = tv.tok(k);
    if (is_month_or_weekday(w) || (is_hyphen_compound(w) && !prefixed_word(w))) return false;
    // "the Export Promotion Mission for FY 2025-26", "… for FY2026": a fiscal year dates the
    // body's work, no part of its name.
    if (w.starts_with("FY") && (w.size() > 2 ? w[2] >= '0' && w[2] <= '9' : k + 1 < n && tv.toks[k + 1].digit))
      return false;
    if (tv.toks[k].digit) {
      // "the Korea Customs Service on the 21st, exports …": a day of the month after "on the" is
      // a date, no part of the name; "Commission on the 21st Century" still is one.
      if (k >= 2 && tv.is(k - 1, "the") && tv.is(k - 2, "on")) {
        size_t d = 0;
        while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
        std::string_view suffix = w.substr(d);
        size_t after = k + 1;
        if (suffix.empty() && d <= 2 && after < n) suffix = tv.tok(after++);
        if (d >= 1 && d <= 2 && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
            (after >= n || !(tv.toks[after].cap || tv.toks[after].allcaps)))
          return false;
      }
      // "… for Trade on 10-11 March", "… and Industry on 12 March": days before a month are a
      // date, no part of the name.
      size_t m = k + 1;
      while (m < n && m < k + 4 && (tv.toks[m].digit || tv.is(m, "-") || tv.is(m, "\xE2\x80\x93") || tv.is(m, "and") ||
                                    tv.is(m, "to")))
        ++m;
      return m >= n || !is_month_or_weekday(tv.tok(m));
    }
    return tv.toks[k].cap || tv.toks[k].allcaps;
  };
  while (j < n) {
    std::string_view w = tv.tok(j);
    if ((w == "of" || w == "for" || w == "on") && j == i) {
      ++j;
      continue;
    }
    if (w == "the" && name_word(j + 1)) {
      ++j;
      continue;
    }
    if (name_word(j)) {
      if (j == stop_at || glued_initial_name(w)) break;
      // The same written as two tokens, the initial with its dot and the name glued after it.
      if (w.size() <= 3 && w.back() == '.' && j + 1 < n && tv.toks[j + 1].b == tv.toks[j].e &&
          glued_initial_name(std::string(w) + std::string(tv.tok(j + 1))))
        break;
      // "… General Authority for Foreign Trade Dr. Majid …": a form of address opens a person's name.
      // The tokens keep an abbreviation's period ("Dr."), or give it a token of its own.
      if (j > i && (v_->honorifics.count(w) || (tv.is(j + 1, ".") && v_->honorifics.count(std::string(w) + "."))))
        break;
      size_t fl = 0;
      unsigned f = flags_at(tv, j, &fl);
      if (j > i + 1 && (f & kHeadOf) && tv.is(j - 1, ",")) break;  // ", Ministry of …": a new name
      // "Director-General of the Department of Trade Negotiations Auramon Supthaweethum": two
      // capitalized words that are no portfolio, form or place, right after a portfolio word,
      // begin a person's name.
      // "Department of Commerce of Guangdong Province Zhang Yi": so too after a place's name.
      if (end > i && j == end && !f && person_starts(tv, j) &&
          (v_->portfolio.count(tv.tok(j - 1)) > 0 || tv.place[j - 1] >= 0 || tv.is(j - 1, "Province") ||
           tv.is(j - 1, "Prefecture") || tv.is(j - 1, "Region") || tv.is(j - 1, "Municipality")))
        break;
      // "Department of Statistics Director-General Beatrice Tsai": a title before a person's name
      // after the complement's first word is that person's, no part of the body's name.
      if (j > i + 1 && end > i) {
        const size_t t = title_after(tv, j);
        if (t > 0 && person_starts(tv, j + t)) break;
      }
      ++j;
      if (tv.possessive(j)) {
        // "the U.S. Department of Commerce's Bureau …": the complement's own first word owns what
        // follows, and ends the name.
        if (j >= 2 && end == i && (tv.is(j - 2, "of") || tv.is(j - 2, "for"))) return j;
        return end;  // "… and China's Ministry": the name stopped before
      }
      end = j;
      continue;
    }
    if ((w == "of" || w == "for" || w == "on" || w == "&" || w == "de") && end > i && name_word(j + 1)) {
      ++j;
      continue;
    }
    // "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan", "Ministry of
    // Economy of the Kyrgyz Republic": the state a body belongs to, named with its article.
    if (w == "of" && end > i && tv.is(j + 1, "the") &&
        (tv.place[j + 2] >= 0 || tv.is(j + 2, "Republic") || tv.is(j + 2, "Kingdom") || tv.is(j + 2, "Sultanate"))) {
      j += 2;
      continue;
    }
    if ((w == "and" || w == "&") && end > i) {
      // "Economy and Finance" but not "… Resources and China's Ministry of Commerce"
      size_t k = j + 1;
      if (tv.is(k, "the")) ++k;
      // "… co-chaired by Vice Minister Park of the Ministry of Trade, Industry and Energy of Korea and
      // Vice-Minister for International Affairs Matsuo Takehiko of …": a title and a person's name
      // after "and" begin the next person, no portfolio of the body.
      if (const size_t t = title_after(tv, k); t > 0) {
        const size_t c = std::max(complement_end(tv, k + t, false), k + t);
        if (person_starts(tv, c)) break;
        // "the King's Privy Council for Canada and Minister responsible for …": a title before a
        // lower-case word after "and" is the person's second post, no portfolio of the body.
        if (tv.word(k + t) && !tv.toks[k + t].cap) break;
      }
      // "the Office of Trade Negotiations, and Sir Chris Bryant": a form of address after "and"
      // opens a person's name; so does a capitalized word joined to the next by a name's particle
      // ("the Department of Economic Development, and Abdulla bin Touq Al Marri, Minister of …").
      if (tv.word(k) && v_->address.count(tv.tok(k))) break;
      if (tv.cap(k) && !tv.toks[k].allcaps && tv.word(k + 1) && !tv.toks[k + 1].cap &&
          v_->particles.count(tv.tok(k + 1)) && tv.cap(k + 2))
        break;
      size_t m = k;
      bool new_name = false, portfolio_seen = false;
      // "Department of Health and Services Australia": a tail right after "and" followed by more
      // words starts another body's name.
      bool tail_portfolio = false;
      while (m < n && name_word(m)) {
        // "Ministry of Trade, Industry and Energy Yeo Han Koo led …": after a portfolio word,
        // a capitalized word that is none begins a person's name.
        const bool portfolio = v_->portfolio.count(tv.tok(m)) > 0;
        // "… Industrial Cities and Technology Zones (MODON)": a plural noun closing the run is
        // the name's last word, no one's surname ("Lewis", "Marcus" are no plurals).
        const std::string_view mw = tv.tok(m);
        const bool plural_close = mw.size() >= 5 && mw.back() == 's' && !mw.ends_with("ss") && !mw.ends_with("is") &&
                                  !mw.ends_with("us") && !mw.ends_with("os") && !tv.cap(m + 1);
        if (portfolio_seen && !portfolio && !tv.toks[m].allcaps && !plural_close) {
          stop_at = m;
          break;
        }
        portfolio_seen |= portfolio;
        size_t fl = 0;
        // A tail form names a body only after words of its own ("and Customs Service"); right
        // after "and" it is the last portfolio of the list ("Trade and Services"), alone.
        const unsigned f = flags_at(tv, m, &fl);
        if ((f & kHeadOf) || ((f & kTail) && m > k)) new_name = true;
        if ((f & kTail) && m == k) tail_portfolio = true;
        if (v_->known_table.match_at(tv.text, tv.toks[m].b, false).id >= 0) new_name = true;
        ++m;
      }
      if (tail_portfolio && m != k + 1) new_name = true;
      // "Department of Trade, Industry and Competition and Wesgro": after a list of portfolios
      // closed by "and", another "and" before words that are no portfolio joins another body.
      if (list_closed && !portfolio_seen) new_name = true;
      // "… and China's Ministry": a possessive after "and" begins another name; but "the Department
      // for Business and Trade's chief adviser": a last portfolio word's possessive is the name's own.
      const bool own_possessive = m == k + 1 && tv.place[k] < 0 && v_->portfolio.count(tv.tok(k)) > 0;
      if (m == k || new_name || (stop_at == n && tv.possessive(m) && !own_possessive)) break;
      if (portfolio_seen) list_closed = true;
      if (own_possessive && tv.possessive(m)) return m;
      j = k;
      continue;
    }
    if (w == "," && end > i) {
      // A list "A, B and C" / "A, B, and C" continues the name; any other comma ends it. A place
      // completes a name ("Ministry of Foreign Affairs of Bangladesh, and Abida Islam, ambassador
      // …"): a list after it is the sentence's, not the name's.
      if (tv.place[j - 1] >= 0) break;
      size_t k = j + 1;
      bool list = false;
      while (k < n) {
        if (name_word(k)) {
          size_t fl = 0;
          if (flags_at(tv, k, &fl) & kHeadOf) break;
          ++k;
          continue;
        }
        if (tv.is(k, ",")) {
          ++k;
          continue;
        }
        if ((tv.is(k, "and") || tv.is(k, "&")) && name_word(k + 1) && !tv.is(k - 1, "(")) list = true;
        break;
      }
      if (!list) break;
      ++j;
      continue;
    }
    // The capitalized words of a place or body after "in" or "to" at j (past "the", up to four,
    // "of" between): [k, m).
    auto place_after = [&](size_t& k, size_t& m) {
      k = j + 1;
      if (tv.is(k, "the")) ++k;
      m = k;
      while (m < n && name_word(m) && m < k + 4) {
        ++m;
        if (tv.is(m, "of") && name_word(m + 1)) ++m;
      }
    };
    if (w == "in" && abroad && end > i) {
      size_t k = 0, m = 0;
      place_after(k, m);
      if (m > k && !tv.possessive(m)) end = m;
      break;
    }
    // "Permanent Mission of Singapore to the WTO", "China Chamber of Commerce to the EU (CCCEU)":
    // a body abroad named by whom it is accredited to. Only a place or an acronym alone, or a
    // name the text abbreviates right after: "a letter from the Chamber to the Ministry of Trade"
    // is sent, no part of the name.
    if (w == "to" && abroad && end > i) {
      size_t k = 0, m = 0;
      place_after(k, m);
      const bool alone = m == k + 1 && (tv.place[k] >= 0 || tv.toks[k].allcaps);
      if (m > k && !tv.possessive(m) && (alone || tv.is(m, "("))) end = m;
      break;
    }
    break;
  }
  return end;
}

void OrganizationsStage::acronym_definitions(const TextView& tv, std::vector<AcronymDef>& defs) const {
  const size_t n = tv.size();
  // Only at the text's parentheses, found with one search rather than token by token: a '('
  // is always a token of its own.
  if (tv.first_tok + 1 >= n) return;
  // Sub-words of each long form tried, views of the text; kept from one parenthesis to the next.
  std::vector<std::string_view> words;
  for (size_t at = tv.text.find('(', tv.toks[tv.first_tok + 1].b); at != std::string_view::npos;
       at = tv.text.find('(', at + 1)) {
    const size_t i = static_cast<size_t>(
        std::lower_bound(tv.toks.begin(), tv.toks.end(), at, [](const lex::Tok& t, size_t b) { return t.b < b; }) -
        tv.toks.begin());
    if (!tv.is(i, "(")) continue;
    size_t a = i + 1;
    if (tv.is(a, "hereinafter")) ++a;
    while (a < n && !tv.toks[a].word && !tv.is(a, ")")) ++a;  // opening quotes
    if (!tv.word(a)) continue;
    // "Foreign Trade Secretariat (Secex/MDIC)", "(Gecex/Camex)": the body's acronym, a slash and
    // its parent's, one token. The first is the body's; the parent is named on its own.
    std::string_view aw = tv.tok(a);
    bool caps = tv.toks[a].allcaps;
    if (const size_t slash = aw.find('/'); slash != std::string_view::npos) {
      const std::string_view first = aw.substr(0, slash), second = aw.substr(slash + 1);
      if (!acronym_like(first) || !acronym_like(second)) continue;
      aw = first;
      caps = upper_acronym(first);
    }
    // A portfolio word is no acronym: "the Foreign Affairs Council (Trade)" names the configuration.
    const bool as_word = !caps && !mixed_case_acronym(aw) && word_acronym(aw) && v_->portfolio.count(aw) == 0;
    const bool two_part = !caps && tv.toks[a].cap && tv.word(a + 1) && tv.toks[a + 1].allcaps &&
                          upper_acronym(tv.tok(a + 1)) && tv.is(a + 2, ")");
    if (two_part || !(caps || mixed_case_acronym(aw) || as_word)) {
      // "Saudi Export Development Authority (Saudi EXIM)", "Enterprise Singapore (EnterpriseSG)":
      // a short form that keeps the long form's first word whole, then capitals for the rest. It
      // names the body when that word opens the capitalized run before the parenthesis and the
      // capitals begin with the next word's initial.
      std::string_view lead, rest;
      size_t close2 = a + 1;
      if (two_part) {
        lead = aw;
        rest = tv.tok(a + 1);
        close2 = a + 2;
      } else if (tv.toks[a].cap && aw.size() >= 5) {
        size_t k = 1;
        while (k < aw.size() && std::islower(static_cast<unsigned char>(aw[k]))) ++k;
        if (k >= 3 && aw.size() - k >= 2 && upper_acronym(aw.substr(k))) {
          lead = aw.substr(0, k);
          rest = aw.substr(k);
        }
      }
      if (lead.empty() || !tv.is(close2, ")")) continue;
      for (size_t s = i; s-- > tv.first_tok && s + 10 > i;) {
        if (!tv.word(s) || !(tv.toks[s].cap || connector(tv.tok(s)))) break;
        if (tv.tok(s) != lead) continue;
        if (s + 1 < i && tv.word(s + 1) && tv.toks[s + 1].cap && tv.tok(s + 1)[0] == rest[0])
          defs.push_back({AcronymDef::kAttach, {}, std::string(tv.slice(a, close2)), {}, {},
                          Span{tv.toks[i - 1].e, tv.toks[i - 1].e, tv.in_title}});
        break;
      }
      continue;
    }
    size_t ae = a + 1;
    if (!as_word && aw.size() == tv.tok(a).size() && tv.word(ae) && tv.toks[ae].allcaps) ++ae;  // "KORUS FTA"
    size_t close = ae;
    while (close < n && !tv.toks[close].word && !tv.is(close, ")") && !tv.is(close, ",")) ++close;  // quotes
    if (!tv.is(close, ")") && !tv.is(close, ",")) continue;
    std::string acr = aw.size() < tv.tok(a).size() ? std::string(aw) : std::string(tv.slice(a, ae));
    if (const PlaceEntry* e = tv.place_entry(a); e && e->kind == PlaceEntry::Country) continue;
    // The long form: the words before the parenthesis, back to the nearest word whose initial is
    // the acronym's first letter and from which the letters align.
    std::string letters = letters_of(acr);
    if (letters.size() < 2) continue;
    size_t lo = i >= 16 ? i - 16 : 0;
    lo = std::max(lo, tv.first_tok);
    if (as_word) lo = i;  // no long form is read from its letters
    size_t start = i;
    // "Nigerian Office for Trade Negotiations (NOTN)": letters found inside one word alone
    // (NegOTiatioNs) are the fallback; a form over several words, further back, comes first.
    size_t one_word = i;
    for (size_t s = i; s-- > lo;) {
      std::string_view w = tv.tok(s);
      if (!tv.toks[s].word) {
        if (w == "," || w == "&" || w == "-" || w == "–" || w == "—") continue;
        break;
      }
      if (w == "the" || w == "The") break;
      if (!tv.toks[s].cap && !connector(w) && w != "in" && !tv.toks[s].word) break;
      if (!tv.toks[s].cap) continue;
      if (std::tolower(static_cast<unsigned char>(w[0])) != std::tolower(static_cast<unsigned char>(letters[0])))
        continue;
      words.clear();
      for (size_t k = s; k < i; ++k) {
        if (!tv.toks[k].word) continue;
        sub_words(tv.tok(k), words);
      }
      if (!words.empty() && align(words, 0, 0, letters, 1)) {
        if (words.size() == 1 && letters.size() >= 3 && s + 1 == i) {
          one_word = s;
          continue;
        }
        start = s;
        break;
      }
      // "Tubos de Acero de México (TAMSA)", "Altos Hornos de México (AHMSA)": a company's acronym
      // often ends with the letters of its legal form (S.A., sociedad anónima) that the name
      // before it leaves out.
      if (!words.empty() && letters.size() >= 4 && caps && letters.ends_with("SA") &&
          align(words, 0, 0, letters.substr(0, letters.size() - 2), 1)) {
        start = s;
        break;
      }
    }
    if (start == i) start = one_word;
    // Name and span; "Free Economic Zone (FEZ) Committee" takes the organization word after it.
    size_t after = close + 1;
    size_t tail_end = after;
    if (tv.is(close, ")")) {
      while (tail_end < n && tv.cap(tail_end) && tail_end < after + 3) {
        size_t fl = 0;
        unsigned f = flags_at(tv, tail_end, &fl);
        if (f & kTail) {
          tail_end += fl;
          break;
        }
        ++tail_end;
      }
      size_t fl = 0;
      if (tail_end == after || !(flags_at(tv, tail_end - 1, &fl) & kTail)) tail_end = after;
    }
    if (start == i) {
      // No aligned long form: a name built from organization words just before it takes the
      // acronym ("Korea Federation of SMEs (KBIZ)").
      defs.push_back({AcronymDef::kAttach, {}, acr, {}, {}, Span{tv.toks[i - 1].e, tv.toks[i - 1].e, tv.in_title}});
      // "the Japanese Chamber of Trade and Industry, Malaysia (Jactim)": the country where the
      // body sits, set off by a comma, comes between the name and its acronym.
      if (const PlaceEntry* pe = tv.place_entry(i - 1); pe && pe->kind == PlaceEntry::Country && !pe->adj) {
        size_t c = i - 1;
        while (c > tv.first_tok && tv.place[c - 1] == tv.place[i - 1]) --c;
        if (c >= tv.first_tok + 2 && tv.is(c - 1, ","))
          defs.push_back(
              {AcronymDef::kAttach, {}, acr, {}, {}, Span{tv.toks[c - 2].e, tv.toks[c - 2].e, tv.in_title}});
      }
      continue;
    }
    // "United Nations Economic Commission for Africa (ECA)": a known body's name right before the
    // long form is the parent's, part of the name, though the acronym leaves it out.
    for (size_t j = start; j-- > tv.first_tok && j + 6 > start;) {
      if (!tv.toks[j].word) break;
      const lex::Hit kh = v_->known_table.match_at(tv.text, tv.toks[j].b, false);
      if (kh.id >= 0 && kh.e == tv.toks[start - 1].e && tv.toks[start - 1].e + 1 == tv.toks[start].b &&
          !v_->known[static_cast<size_t>(kh.id)].acronym.empty() &&
          v_->known[static_cast<size_t>(kh.id)].acronym != acr) {
        start = j;
        break;
      }
    }
    std::string name(tv.slice(start, i));
    // "Minister of Trade, Industry and Resources (MOTIR)": the acronym is the ministry's.
    if (name.rfind("Minister of ", 0) == 0 || name.rfind("Minister for ", 0) == 0) name = "Ministry" + name.substr(8);
    std::string full_acr = acr;
    Span span = tv.span(start, i);
    if (tail_end > after) {
      name += " " + std::string(tv.slice(after, tail_end));
      full_acr += " " + std::string(tv.slice(after, tail_end));
      span = tv.span(start, tail_end);
    }
    // Is it an organization? An organization word ends it or heads it, or it is a known body.
    bool org = tail_end > after;
    size_t last = i;
    while (last > start && !tv.toks[last - 1].word) --last;
    // "Innovation, Science and Economic Development Canada": a country after the organization word
    size_t head_last = last;
    if (const PlaceEntry* pe = tv.place_entry(head_last - 1);
        head_last - start >= 3 && pe && pe->kind == PlaceEntry::Country && !pe->adj)
      org = true;
    for (size_t k = start; k < last && !org; ++k) {
      size_t fl = 0;
      unsigned f = flags_at(tv, k, &fl);
      if (f & kVenue) break;
      if ((f & (kTail | kWeak)) && k + fl == last) org = true;
      if ((f & kHeadOf) && (tv.is(k + fl, "of") || tv.is(k + fl, "for") || tv.is(k + fl, "on"))) org = true;
      if ((f & kHeadCountry) && k == start && country_rest(tv, k + fl) == last) org = true;
    }
    // "Director General for Enterprises (DGE)": an office named after its head
    if (!org && title_after(tv, start) > 0 && (tv.is(start + title_after(tv, start), "for") ||
                                              tv.is(start + title_after(tv, start), "of")))
      org = true;
    if (!org) {
      lex::Hit h = v_->known_table.match_at(tv.text, tv.toks[start].b, false);
      if (h.id >= 0 && h.e == tv.toks[i - 1].e) org = true;
    }
    // "General Authority for the Suez Canal Economic Zone (SCZONE)": the letters align with the
    // body's subject alone; the body's head before "for (the)" or "of (the)" is the name's start.
    if (!org && start > tv.first_tok + 1) {
      size_t b = start;
      if (tv.is(b - 1, "the")) --b;
      if (b > tv.first_tok + 1 && (tv.is(b - 1, "for") || tv.is(b - 1, "of"))) {
        size_t h = b - 1;
        for (size_t k = h; k-- > tv.first_tok && k + 4 > h;) {
          if (!tv.cap(k)) break;
          size_t fl = 0;
          if ((flags_at(tv, k, &fl) & kHeadOf) && k + fl == h) {
            size_t from = k;
            while (from > tv.first_tok && tv.cap(from - 1) && !tv.is(from - 1, "The") && title_after(tv, from - 1) == 0)
              --from;
            // "the 4th Joint Commission of the Digital Economy Partnership Agreement (DEPA)": a
            // numbered sitting of the body meets; the acronym is the subject's, no body's.
            if (from > tv.first_tok && facts::ordinal_word(*v_->ordinals, facts::lower(tv.tok(from - 1)))) break;
            start = from;
            org = true;
            break;
          }
        }
        if (org) {
          name = std::string(tv.slice(start, i));
          span = tv.span(start, i);
        }
      }
    }
    if (!org) {
      defs.push_back({AcronymDef::kNotOrg, {}, std::move(acr), {}, {}, span});
      continue;
    }
    size_t name_start = start;
    std::string country = country_of(tv, name_start, i);
    lex::Hit kh = v_->known_table.match_at(tv.text, tv.toks[start].b, false);
    if (kh.id >= 0 && kh.e == tv.toks[i - 1].e && country.empty())
      country = v_->known[static_cast<size_t>(kh.id)].country;
    defs.push_back({AcronymDef::kOrg, std::move(name), std::move(full_acr), std::move(country), std::move(acr), span});
  }
}

void OrganizationsStage::apply_acronym_definitions(State& st, const std::vector<AcronymDef>& defs) const {
  for (const AcronymDef& d : defs) {
    switch (d.kind) {
      case AcronymDef::kAttach:
        for (Org& o : st.orgs) {
          for (const Span& s : o.spans)
            if (s.in_title == d.span.in_title && s.end == d.span.end && o.acronym.empty()) o.set_acronym(d.acronym);
        }
        break;
      case AcronymDef::kNotOrg:
        st.not_org_acronyms.insert(d.acronym);
        st.claimed.add(d.span);
        break;
      case AcronymDef::kOrg:
        // The rule's text only when it is traced: building it costs allocations otherwise.
        add(st, d.name, d.acronym, d.country, d.span,
            st.doc.explain ? "acronym definition: " + d.name + " (" + d.acr + ")" : std::string());
        break;
    }
  }
}

void OrganizationsStage::form_names(State& st, const TextView& tv) const {
  const size_t n = tv.size();
  for (size_t k = tv.first_tok; k < n; ++k) {
    if (!tv.cap(k)) continue;
    size_t fl = 0;
    unsigned f = flags_at(tv, k, &fl);
    if (!(f & (kHeadOf | kTail | kHeadCountry)) || (f & kVenue)) continue;
    // "Kenyan Cabinet Secretary for Trade Lee Kinyanjui": a form that opens a longer title is
    // the title's word.
    if (title_after(tv, k) > fl) continue;
    std::string_view head = tv.tok(k);
    // Prefix: capitalized words before the organization word.
    size_t s = k;
    size_t last_and = k;  // the "and" crossed nearest the start
    size_t word_and = k;  // the same, of the word "and" alone (not "&")
    while (s > tv.first_tok) {
      size_t p = s - 1;
      std::string_view w = tv.tok(p);
      if (tv.toks[p].word && (tv.toks[p].cap || tv.toks[p].allcaps) && !is_month_or_weekday(w) &&
          (!is_hyphen_compound(w) || prefixed_word(w)) && !tv.toks[p].digit) {
        size_t pl = 0;
        unsigned pf = flags_at(tv, p, &pl);
        if (title_after(tv, p) > 0 && !(pf & (kHeadOf | kTail))) {  // "Minister", "Director"
          // "Secretary Alfredo E. Pascual and European Commission Executive Vice President …": a
          // person's name after the title and before "and" is no part of the body's name.
          if (last_and < k && person_starts(tv, s)) s = last_and + 1;
          break;
        }
        if (pf & kHeadOf) break;
        // "… LG Energy Solution Ltd. The International Monetary Fund": a legal form's period ends
        // the sentence, unless another form follows it ("Co. Ltd.").
        size_t sl = 0;
        if ((pf & kFirm) && w.ends_with(".") && !tv.is(s, ",") && !(flags_at(tv, s, &sl) & kTail)) break;
        s = p;
        continue;
      }
      // "National Farmers' Federation", "the Exporters' Association": a plural's apostrophe
      // written against a capitalized word is the name's.
      if ((w == "'" || w == "\xE2\x80\x99") && p > tv.first_tok && tv.toks[p].b == tv.toks[p - 1].e && tv.cap(p - 1) &&
          tv.tok(p - 1).ends_with('s')) {
        s = p;
        continue;
      }
      // "SK hynix Inc.": a brand written in lower case right before a legal form, after a
      // capitalized word, is the company's name.
      if (s == k && p + 1 == k && (f & kFirm) && tv.toks[p].word && !tv.toks[p].digit && p > tv.first_tok &&
          tv.toks[p - 1].word && (tv.toks[p - 1].cap || tv.toks[p - 1].allcaps) && !is_month_or_weekday(tv.tok(p - 1))) {
        static constexpr std::string_view kJoins[] = {"and", "of", "the", "for", "by", "to", "in", "at", "with",
                                                      "from", "on", "or", "as", "its", "their", "his", "her"};
        if (std::find(std::begin(kJoins), std::end(kJoins), w) == std::end(kJoins)) {
          s = p;
          continue;
        }
      }
      // "Samsung Electronics Co., Ltd.": two legal forms, the comma between them the name's.
      if (w == "," && s == k && (f & kFirm) && p > tv.first_tok && tv.cap(p - 1)) {
        size_t ql = 0;
        if ((flags_at(tv, p - 1, &ql) & kFirm) && p - 1 + ql == p) {
          s = p;
          continue;
        }
      }
      if ((w == "&" || w == "and" || w == "of") && p > tv.first_tok && tv.cap(p - 1) && s < k) {
        // "Minister of Trade and Industry Prudence Sebahizi and African Union Commission
        // Chairperson …": a person's name right after a portfolio word and before "and" ends the
        // first person's description; the body's name begins after "and".
        if (w == "and" && name_after_portfolio_before(tv, p)) break;
        // "Samsung Electronics Co and Hyundai Motor Group": a company's legal form before "and"
        // closes the first company's name.
        if (w != "of") {
          size_t ql = 0;
          if (flags_at(tv, p - 1, &ql) & kFirm) break;
        }
        // "UK and Gulf Cooperation Council agree trade deal": a headline's country standing alone
        // before "and" is one side of the news, no part of the other's name ("Bosnia and
        // Herzegovina" is one place, "and" included).
        if (tv.in_title && w == "and" && tv.place_noun(p - 1) && tv.place[p] < 0) {
          size_t q = p - 1;
          while (q > tv.first_tok && tv.place[q - 1] == tv.place[p - 1]) --q;
          if (q == tv.first_tok || !tv.cap(q - 1)) break;
        }
        // "Economist Takahide Kiuchi of Nomura Research Institute said", "Shares of Embraer SA
        // fell": a name ending in a body's word runs back across "of" only to a body's or a
        // portfolio's word ("Port of Busan Authority", "Chamber of Commerce Foundation"); before
        // any other word "of" is the sentence's, and the body's name begins after it.
        if (w == "of" && !crosses_of(tv, p)) break;
        if (w != "of") last_and = p;
        if (w == "and") word_and = p;
        s = p;
        continue;
      }
      break;
    }
    // "Japanese trade minister Yoji Muto and European Commission Executive Vice-President …": a
    // person's name of two or three words after a lower-case word and before "and" is the
    // sentence's, no part of the body's name, as it is after a title.
    if (last_and < k && tv.is(last_and, "and") && last_and >= s + 2 && last_and <= s + 3 && s > tv.first_tok &&
        tv.word(s - 1) && !tv.toks[s - 1].cap && person_starts(tv, s) && (last_and == s + 2 || person_starts(tv, s + 1)))
      s = last_and + 1;
    while (s < k && !tv.toks[s].word) ++s;
    while (s < k && (tv.is(s, "and") || tv.is(s, "of") || tv.is(s, "&"))) ++s;
    // "Samsung Electronics and SK Hynix Inc.": a company's legal form after two names of two words
    // or more joined by "and" lists two companies ("Procter and Gamble Co." is one). The first is
    // named on its own.
    // "Hyundai Engineering & Construction and Samsung C&T Corp.": an ampersand inside either.
    // "Adani Ports and Special Economic Zone Ltd": words after "and" that are all a portfolio's or
    // a generic name's ("Special", "Economic", "Zone") name no second company; they describe the
    // one.
    bool described = word_and > s && word_and + 1 < k;
    for (size_t p = word_and + 1; p < k && described; ++p)
      described = tv.toks[p].word && (v_->portfolio.count(tv.tok(p)) > 0 || v_->generic_words.count(tv.tok(p)) > 0);
    if ((f & kFirm) && !described && word_and > s && word_and < k && word_and >= s + 2 && k >= word_and + 3) {
      bool plain = true;
      for (size_t p = s; p < word_and && plain; ++p)
        plain = (tv.toks[p].word && (tv.toks[p].cap || tv.toks[p].allcaps)) || (p > s && tv.is(p, "&"));
      if (plain && !claimed(st, tv.span(s, word_and)))
        add(st, std::string(tv.slice(s, word_and)), "", "", tv.span(s, word_and), "company listed before another's legal form");
      if (plain) s = word_and + 1;
    }
    // "the French Ministry of Economy" is the Ministry of Economy, of France; "the Australian Bureau
    // of Statistics" is written so in its own name (data/org_forms.tsv, kind "national").
    if ((f & kNational) && s < k) {
      while (s < k && tv.place_adj(s)) ++s;
    }
    while (s < k && (tv.tok(s) == "The" || tv.tok(s) == "A" || tv.tok(s) == "An" || tv.tok(s) == "Each" ||
                     tv.tok(s) == "Every" || tv.tok(s) == "Both")) ++s;
    if ((f & kWeak) && (f & kHeadOf) && !(f & kTail) && country_led(tv, s, k)) f |= kTail;
    // Complement: "of …", "for …", "on …"; and a trailing "in <place>" for bodies abroad.
    size_t e = k + fl;
    bool abroad = (f & kAbroad) != 0;
    if ((f & kHeadOf) && (tv.is(e, "of") || tv.is(e, "for") || tv.is(e, "on"))) {
      size_t ce = complement_end(tv, e, abroad);
      if (ce > e + 1) e = ce;
      // "Chairman of the Board of Directors of the General Authority for Foreign Trade": an organ
      // named by its members alone, of the body named next, is that body's, no body of its own.
      if (s == k && e == k + fl + 2 && tv.is(k + fl, "of") && v_->plural_titles.count(tv.tok(k + fl + 1)) &&
          tv.is(e, "of") && (tv.is(e + 1, "the") ? tv.cap(e + 2) : tv.cap(e + 1))) {
        k = e - 1;
        continue;
      }
    } else if ((f & kHeadCountry) && s == k && country_rest(tv, e) > e) {
      e = country_rest(tv, e);  // "Statistics Indonesia", "Stats NZ", "Bank Indonesia"
    } else if (f & kTail) {
      // "Labor Union Act", "Root Industries Conference": the word only modifies another name.
      // A meeting of the body or a title after it does not make it a modifier.
      // "… by Hyundai Steel Co. The plant …": a legal form's period ends the sentence as well, and
      // the capital after it opens the next one ("Co. Ltd." is one form after another).
      size_t nl = 0;
      // "Samsung Electronics Co., Ltd.": the name ends at the second form, read there.
      if ((f & kFirm) && tv.is(e, ",") && (flags_at(tv, e + 1, &nl) & kFirm)) continue;
      const bool form_ends = (f & kFirm) && tv.tok(e - 1).ends_with(".") && !(flags_at(tv, e, &nl) & kTail);
      if (tv.cap(e) && !tv.place_noun(e) && title_after(tv, e) == 0 && !tv.is(e, "Meeting") &&
          !tv.is(e, "Meetings") && !tv.is(e, "Session") && !tv.is(e, "Ministerial") && !tv.is(e, "Plenary") &&
          !form_ends)
        continue;
      // "Forum on Innovative Industries": part of a longer name. Not after "of" that the prefix
      // did not cross ("Takahide Kiuchi of Nomura Research Institute").
      if (s >= 2 && (tv.is(s - 1, "on") || tv.is(s - 1, "for") || tv.is(s - 1, "of")) && tv.cap(s - 2) &&
          title_after(tv, s - 2) == 0 && !(tv.is(s - 1, "of") && !crosses_of(tv, s - 1)))
        continue;
      if ((tv.is(e, "of") || tv.is(e, "on") || tv.is(e, "for")) && s < k) {
        size_t ce = complement_end(tv, e, abroad);
        if (ce > e + 1) e = ce;
      } else if (tv.place_noun(e) && !tv.possessive(e + 1) && s < k && tv.cap(e)) {
        ++e;  // "Mitsubishi Corporation Korea"
      } else if (abroad && tv.is(e, "in") && s < k) {
        size_t ce = complement_end(tv, e, true);
        if (ce > e) e = ce;
      }
    } else {
      continue;
    }
    // "Statistics Agency under the President of the Republic of Uzbekistan", "Agency under the
    // Cabinet of Ministers": a body named by the head of state or government it answers to; a
    // body "under the Ministry of …" is another's, named apart.
    if ((s < k || e > k + fl) && tv.is(e, "under") && tv.is(e + 1, "the")) {
      size_t p = e + 2;
      if (tv.is(p, "President") || tv.is(p, "Government")) ++p;
      else if (tv.is(p, "Cabinet") && tv.is(p + 1, "of") && tv.is(p + 2, "Ministers")) p += 3;
      if (p > e + 2 && !tv.possessive(p)) {
        e = p;
        // "of the Republic of Uzbekistan", "of the Kyrgyz Republic": the state, and no more.
        if (tv.is(p, "of")) {
          size_t q = p + 1, last = p;
          if (tv.is(q, "the")) ++q;
          while (q < tv.size() && (tv.place[q] >= 0 || tv.is(q, "Republic") || tv.is(q, "Kingdom") ||
                                   tv.is(q, "Sultanate") || tv.is(q, "of"))) {
            if (!tv.is(q, "of")) last = q;
            ++q;
          }
          if (last > p) e = last + 1;
        }
      }
    }
    if (e == k + fl && s == k) continue;  // a bare organization word
    // "each Port Authority", "every Trade Office": any body of a kind, not a named one.
    if (s > tv.first_tok && s < k && quantifier(tv.tok(s - 1))) {
      k = e - 1;
      continue;
    }
    if (e == k + fl && distributed_plural(st, tv, s, k, e)) {
      k = e - 1;
      continue;
    }
    if (e == k + fl && !(f & kTail)) continue;
    // A prefix of generic words alone ("the Joint Committee") does not name a body.
    if (e == k + fl) {
      bool specific = false;
      // "Indonesia's Trade Ministry": a portfolio before "Ministry" names the ministry, though
      // "Trade" alone makes no other body's name ("the Trade Committee").
      for (size_t p = s; p < k; ++p)
        if (tv.toks[p].word &&
            (!v_->generic_words.count(tv.tok(p)) || (head == "Ministry" && v_->portfolio.count(tv.tok(p)) > 0)))
          specific = true;
      if (!specific) continue;
    }
    // A place's own name ("European Union", "Russian Federation") is not a body here.
    bool place_only = true;
    for (size_t p = s; p < e; ++p)
      if (tv.place[p] < 0) place_only = false;
    if (place_only) continue;
    Span span = tv.span(s, e);
    // "UK-Gulf Cooperation Council": the name starts inside the first word.
    // (The hits are in text order: only those starting inside the first word are read.)
    const uint32_t first_end = tv.toks[s].e;
    for (auto h = std::upper_bound(tv.place_hits.begin(), tv.place_hits.end(), span.begin,
                                   [](uint32_t b, const lex::Hit& x) { return b < x.b; });
         h != tv.place_hits.end() && h->b < first_end; ++h)
      if (h->e == span.end) span.begin = h->b;
    if (lex::Hit kh = v_->known_table.match_at(tv.text, span.begin, false); kh.id >= 0 && kh.e == span.end) {
      const auto& kn = v_->known[static_cast<size_t>(kh.id)];
      add_known(st, kn, span, "known body: ", kn.name);
      k = e - 1;
      continue;
    }
    if (claimed(st, span)) {
      k = e - 1;
      continue;
    }
    std::string name(tv.text.substr(span.begin, span.end - span.begin));
    // "the 20th Ruritania–Freedonia Trade Committee": a joint committee of two countries meets
    // as an occasion (an event), not as a body; so does its short form later in the text.
    if (head == "Committee") {
      const size_t after = pair_lead(tv, s, k);
      if (after > s) {
        st.joint_meetings.insert(lex::norm_key(tv.slice(after, e)));
        k = e - 1;
        continue;
      }
      if (st.joint_meetings.count(lex::norm_key(name))) {
        k = e - 1;
        continue;
      }
    }
    // "co-chaired the 4th Joint Commission of …", "the second Joint Committee": a numbered sitting
    // of a committee or commission is an occasion (an event), not the body; so is its name later.
    if ((head == "Committee" || head == "Commission") && s > 0 && facts::ordinal_word(*v_->ordinals, facts::lower(tv.tok(s - 1)))) {
      st.joint_meetings.insert(lex::norm_key(name));
      k = e - 1;
      continue;
    }
    add(st, name, "", country_of(tv, s, e), span, "organization word: ", head);
    k = e - 1;
  }
}

size_t OrganizationsStage::country_rest(const TextView& tv, size_t i) {
  const PlaceEntry* pe = tv.place_entry(i);
  if (!pe || pe->kind != PlaceEntry::Country || pe->adj || !tv.cap(i)) return i;
  size_t e = i + 1;
  while (e < tv.toks.size() && tv.place[e] == tv.place[i] && tv.toks[e].b <= tv.toks[e - 1].e + 1) ++e;
  return e;
}

// A word that names a body when it heads a name ("Center for …") but at the end of one is often a
// place ("Trade Center"), names a body there when a country leads the name and a word of its own
// stands between them ("the Ruritania Maritime Center"); not when a venue word is in it
// ("Ruritania Exhibition Center"), nor when a second country joins the first.
bool OrganizationsStage::country_led(const TextView& tv, size_t s, size_t k) const {
  if (s >= k) return false;
  const PlaceEntry* pe = tv.place_entry(s);
  if (!pe || pe->kind != PlaceEntry::Country) return false;
  // "Ruritania–Freedonia Cooperation Center": a joint facility of two countries, not a body.
  size_t lead_end = s + 1;
  while (lead_end < k && tv.toks[lead_end].b == tv.toks[lead_end - 1].e) ++lead_end;
  const std::string_view lead = tv.slice(s, lead_end);
  for (std::string_view dash : {"-", "\u2013", "\u2014", "/"})
    if (lead.find(dash) != std::string_view::npos) return false;
  bool own = false;
  for (size_t p = s; p < k; ++p) {
    if (!tv.word(p)) continue;
    size_t pl = 0;
    if (flags_at(tv, p, &pl) & kVenue) return false;
    if (tv.place[p] < 0 && !v_->generic_words.count(tv.tok(p))) own = true;
  }
  return own;
}

// Where a name before k starts with two countries joined by a dash ("Ruritania–Freedonia …"), the
// token after them; else s.
size_t OrganizationsStage::pair_lead(const TextView& tv, size_t s, size_t k) {
  size_t end = s + 1;
  while (end < k && tv.toks[end].b == tv.toks[end - 1].e) ++end;
  if (end >= k) return s;
  const uint32_t b = tv.toks[s].b, e = tv.toks[end - 1].e;
  const std::string_view group = tv.text.substr(b, e - b);
  bool dash = false;
  for (std::string_view d : {"-", "\u2013", "\u2014"})
    if (group.find(d) != std::string_view::npos) dash = true;
  if (!dash) return s;
  size_t places = 0;
  for (const lex::Hit& h : tv.place_hits)
    if (h.b >= b && h.e <= e) ++places;
  return places >= 2 ? end : s;
}

// "the Alpha, Beta and Gamma Port Authorities" names three bodies, Alpha Port Authority, Beta
// Port Authority and Gamma Port Authority: the plural form word and the words before it are shared
// by each coordinated name. Earlier names have as many words as the first words of the last one
// that stand for it. Tokens [s, e) are the last name with its plural head at k.
bool OrganizationsStage::distributed_plural(State& st, const TextView& tv, size_t s, size_t k, size_t e) const {
  const std::string_view plural = tv.slice(k, e);
  std::string single;
  if (plural.size() > 3 && plural.substr(plural.size() - 3) == "ies")
    single = std::string(plural.substr(0, plural.size() - 3)) + "y";
  else if (plural.size() > 2 && plural.back() == 's' && plural[plural.size() - 2] != 's')
    single = std::string(plural.substr(0, plural.size() - 1));
  if (single.empty() || !v_->forms.contains(single)) return false;
  if (s < tv.first_tok + 3 || !(tv.is(s - 1, "and") || tv.is(s - 1, "&"))) return false;
  // Earlier names, last first: runs of capitalized words separated by commas.
  auto joined = [&](size_t a) { return tv.toks[a].b == tv.toks[a - 1].e; };  // "Busan–Jinhae"
  struct Item {
    size_t b, e, words;
  };
  std::vector<Item> items;
  size_t p = s - 1;  // at "and"
  if (tv.is(p - 1, ",")) --p;
  while (p > tv.first_tok) {
    size_t ie = p, ib = p;
    size_t words = 0;
    while (ib > tv.first_tok && (tv.cap(ib - 1) || (ib < ie && joined(ib))) && !is_month_or_weekday(tv.tok(ib - 1))) {
      --ib;
      if (tv.word(ib) && !(ib + 1 < ie && joined(ib + 1))) ++words;
    }
    if (ib < ie && (tv.is(ib, "The") || tv.is(ib, "the"))) {
      ++ib;
      --words;
    }
    if (ib == ie || words == 0) break;
    for (size_t q = ib; q < ie; ++q) {
      size_t fl = 0;
      if (flags_at(tv, q, &fl) & (kHeadOf | kTail)) return false;  // a full name of its own
    }
    items.push_back({ib, ie, words});
    if (ib > tv.first_tok + 1 && tv.is(ib - 1, ",")) {
      p = ib - 1;
      continue;
    }
    break;
  }
  if (items.empty()) return false;
  size_t n_words = 0;
  for (const Item& it : items) n_words = std::max(n_words, it.words);
  // The last name's own words: the first n_words words, with the tokens joined to them.
  size_t own = s, counted = 0;
  while (own < k && counted < n_words) {
    ++own;
    while (own < k && joined(own)) ++own;
    ++counted;
  }
  if (own >= k || counted < n_words) return false;  // no shared words left before the head
  const std::string shared = std::string(tv.slice(own, k)) + " " + single;
  std::reverse(items.begin(), items.end());
  items.push_back({s, e, n_words});
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    const size_t own_e = i + 1 == items.size() ? own : it.e;
    const std::string name = std::string(tv.slice(it.b, own_e)) + " " + shared;
    add(st, name, "", country_of(tv, it.b, it.e), tv.span(it.b, it.e), "organization word, shared: " + single);
  }
  return true;
}

namespace {
// End of a standards committee's designation after a body's acronym at pos ("ISO/IEC JTC 1/SC 42",
// "ISO/TC 307", "IEC TC 111"): an optional "/ACRONYM", then committee codes with their numbers
// joined by '/'; pos when none follows.
size_t committee_designation(std::string_view t, size_t pos) {
  auto code_at = [&](size_t p) -> size_t {  // past "TC 307", or 0
    size_t q = p;
    while (q < t.size() && t[q] >= 'A' && t[q] <= 'Z') ++q;
    const std::string_view code = t.substr(p, q - p);
    bool known = false;
    for (std::string_view c : {"JTC", "TC", "SC", "WG", "SG", "PC", "JWG", "AG"})
      if (code == c) known = true;
    if (!known || q >= t.size() || t[q] != ' ') return 0;
    size_t d = q + 1;
    while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
    if (d == q + 1 || (d < t.size() && std::isalpha(static_cast<unsigned char>(t[d])))) return 0;
    return d;
  };
  if (pos >= t.size() || (t[pos] != ' ' && t[pos] != '/')) return pos;
  size_t end = code_at(pos + 1);
  if (end == 0 && t[pos] == '/') {  // a second body first: "/IEC JTC 1"
    size_t q = pos + 1;
    while (q < t.size() && t[q] >= 'A' && t[q] <= 'Z') ++q;
    if (q - pos > 2 && q < t.size() && t[q] == ' ') end = code_at(q + 1);
  }
  if (end == 0) return pos;
  while (end < t.size() && t[end] == '/') {
    const size_t next = code_at(end + 1);
    if (next == 0) break;
    end = next;
  }
  return end;
}
}  // namespace

OrganizationsStage::Org* OrganizationsStage::named_with_its_country(State& st, const TextView& tv, Span inner,
                                                                  const std::string& country) {
  if (country.empty()) return nullptr;
  // The token after the inner name: "of", "the" perhaps, then that country's name to the end.
  size_t t = 0;
  while (t < tv.size() && tv.toks[t].b < inner.end) ++t;
  if (t >= tv.size() || tv.toks[t].b != inner.end + 1 || !tv.is(t, "of")) return nullptr;
  size_t c = t + 1;
  if (tv.is(c, "the")) ++c;
  const PlaceEntry* place = tv.place_entry(c);
  if (!place || place->kind != PlaceEntry::Country || place->adj || place->code != country) return nullptr;
  size_t end = c;
  while (end < tv.size() && tv.place[end] == tv.place[c]) ++end;
  const uint32_t whole_end = tv.toks[end - 1].e;
  for (Org& o : st.orgs)
    for (const Span& s : o.spans)
      if (s.in_title == inner.in_title && s.begin == inner.begin && s.end == whole_end) return &o;
  return nullptr;
}

void OrganizationsStage::known_bodies(State& st, const TextView& tv) const {
  for (const lex::Hit& h : v_->known_table.find_all(tv.text, tv.word_starts, false)) {
    if (tv.toks.empty() || (tv.first_tok < tv.size() && h.b < tv.toks[tv.first_tok].b)) continue;
    // "ISO/IEC JTC 1/SC 42" is a joint committee, not ISO and IEC themselves.
    if (h.b > 0 && tv.text[h.b - 1] == '/') continue;
    if (size_t e = committee_designation(tv.text, h.e); e > h.e) {
      Span span{h.b, static_cast<uint32_t>(e), tv.in_title};
      if (!claimed(st, span))
        add(st, std::string(tv.text.substr(h.b, e - h.b)), "", "", span, "committee of a known body");
      continue;
    }
    if (h.e < tv.text.size() && tv.text[h.e] == '/') continue;
    const auto& k = v_->known[static_cast<size_t>(h.id)];
    Span span{h.b, h.e, tv.in_title};
    if (claimed(st, span)) {
      // "United Nations Economic Commission for Africa (ECA)": the parent's name leading a body
      // defined with an acronym of its own is that body's, not the parent named.
      bool leads = false;
      for (const Org& o : st.orgs)
        for (const Span& s : o.spans)
          if (s.in_title == span.in_title && s.begin == span.begin && span.end < s.end && !o.acronym.empty() &&
              o.acronym != k.acronym && o.name.starts_with(std::string(tv.text.substr(h.b, h.e - h.b)) + " "))
            leads = true;
      if (leads) continue;
      // inside a longer name already found: only the same body takes the span
      bool same = false, other_country = false;
      for (const Org& o : st.orgs)
        for (const Span& s : o.spans) {
          if (s == span) same = true;
          // "International Trade Administration Commission of South Africa": a known body's name
          // inside the name of a body of another country is that name's words, not the body.
          else if (s.in_title == span.in_title && s.begin <= span.begin && span.end <= s.end && !k.country.empty() &&
                   !o.country.empty() && o.country != k.country)
            other_country = true;
        }
      if (same || other_country) continue;
      // "Ministry of Economy, Trade and Industry of Japan": the known body of that country,
      // named with its country after it, is the longer name, which takes its acronym.
      if (Org* whole = named_with_its_country(st, tv, span, k.country)) {
        if (whole->acronym.empty()) whole->set_acronym(k.acronym);
        if (whole->country.empty()) whole->country = k.country;
        continue;
      }
    }
    // "MOFCOM Regular Press Conference" over "the Ministry of Commerce": a known body's bare
    // acronym names the body the text wrote without its country, where the text names that country
    // and gives the body no other, nor names the known body itself.
    if (!k.acronym.empty() && tv.text.substr(h.b, h.e - h.b) == k.acronym &&
        std::none_of(st.orgs.begin(), st.orgs.end(), [&](const Org& o) { return o.acronym == k.acronym; }) &&
        std::any_of(st.doc.x.countries.begin(), st.doc.x.countries.end(),
                    [&](const CodeMention& c) { return c.code == k.country; })) {
      Org* part = nullptr;
      for (Org& o : st.orgs)
        if (o.acronym.empty() && (o.country.empty() || o.country == k.country) && short_of(k.name, o.name, k.country))
          part = &o;
      if (part) {
        part->set_acronym(k.acronym);
        part->country = k.country;
        add(st, part->name, k.acronym, k.country, span, "known body's acronym: ", k.name);
        continue;
      }
    }
    add_known(st, k, span, "known body: ", k.name);
  }
}

void OrganizationsStage::companies(State& st, const TextView& tv, const Marks& m) const {
  const size_t n = tv.size();
  auto item_word = [&](size_t k) {
    return tv.word(k) && (tv.toks[k].cap || tv.toks[k].allcaps) && !is_month_or_weekday(tv.tok(k)) &&
           !is_hyphen_compound(tv.tok(k));
  };
  auto add_item = [&](size_t s, size_t e, const char* rule) {
    bool place_only = true;
    for (size_t p = s; p < e; ++p)
      if (!tv.place_noun(p) && !tv.place_adj(p)) place_only = false;
    if (place_only) return;
    Span span = tv.span(s, e);
    if (claimed(st, span)) return;
    add(st, std::string(tv.slice(s, e)), "", "", span, rule);
  };
  for (const size_t i : m.cues) {
    // "companies such as X, Y, and Z" / "companies, including X" / "companies like X"
    size_t j = i + 1;
    if (tv.is(j, ",")) ++j;
    if (tv.is(j, "such") && tv.is(j + 1, "as")) {
      j += 2;
    } else if (tv.is(j, "including") || tv.is(j, "like") || tv.is(j, "include")) {
      j += 1;
    } else if (tv.is(j, "(") && item_word(j + 1)) {
      // "an additional importer (Hailide)"
      size_t e = j + 1;
      while (item_word(e) && e < j + 4) ++e;
      if (tv.is(e, ")")) add_item(j + 1, e, "company named after a company noun");
      continue;
    } else {
      continue;
    }
    for (int items = 0; items < 12; ++items) {
      size_t s = j;
      while (item_word(j) && j < s + 4) ++j;
      if (j == s) break;
      add_item(s, j, "company in a list after a company noun");
      if (tv.is(j, ",")) ++j;
      if (tv.is(j, "and")) ++j;
      if (!item_word(j)) break;
    }
  }
  // "multilateral bodies such as the Alpha Group and the Beta Council (BC)": a noun for bodies in
  // general introduces named ones, each maybe with "the" and its acronym.
  // Only where the text says " such as " (single spaces around and after the two words): at
  // the "such" tokens the marks walk found, rather than a search of the text for it.
  for (const size_t su : m.such) {
    if (su == 0 || su + 1 >= n) continue;
    const uint32_t at = tv.toks[su - 1].e, as_b = tv.toks[su + 1].b, as_e = tv.toks[su + 1].e;
    if (tv.toks[su].b != at + 1 || tv.text[at] != ' ' || as_b != tv.toks[su].e + 1 || tv.text[as_b - 1] != ' ' ||
        as_e >= tv.text.size() || tv.text[as_e] != ' ' || !tv.is(su + 1, "as"))
      continue;
    const size_t i = su - 1;
    if (i < tv.first_tok || i + 3 >= n) continue;
    if (!tv.is(i + 1, "such") || !tv.is(i + 2, "as") || !tv.word(i) || tv.toks[i].cap) continue;
    if (!v_->list_cues.count(tv.tok(i))) continue;
    size_t j = i + 3;
    for (int items = 0; items < 12; ++items) {
      if (tv.is(j, "the")) ++j;
      size_t s = j;
      while (item_word(j) && j < s + 5) ++j;
      if (j == s) break;
      std::string acr;
      const bool paren = tv.is(j, "(") && tv.word(j + 1) && tv.toks[j + 1].allcaps && tv.is(j + 2, ")");
      if (paren) acr = tv.tok(j + 1);
      bool place_only = true;
      for (size_t p = s; p < j; ++p)
        if (!tv.place_noun(p) && !tv.place_adj(p)) place_only = false;
      // The noun makes it a body even where the acronym alone did not ("… Partnership (MSP)"):
      // only a name already found takes the span.
      // A grouping named by its code ("the G20") acts as a body here.
      const PlaceEntry* pe = tv.place_entry(s);
      const bool grouping = j == s + 1 && tv.toks[s].allcaps && pe && pe->kind == PlaceEntry::Bloc;
      if (grouping) acr = tv.tok(s);
      const Span span = tv.span(s, j);
      if (!(place_only && !grouping) && !found_at(st, span)) {
        st.not_org_acronyms.erase(acr);
        add(st, std::string(tv.slice(s, j)), acr, "", span, "body in a list after a noun for bodies");
      }
      if (paren) j += 3;
      if (tv.is(j, ",")) ++j;
      if (tv.is(j, "and") || tv.is(j, "or")) ++j;
      if (!item_word(j) && !(tv.is(j, "the") && item_word(j + 1))) break;
    }
  }
  // Appositives: "Nova International, a local manufacturer of …"
  for (const size_t i : m.commas) {
    if (i < tv.first_tok + 1) continue;
    if (i + 2 >= n) break;
    size_t j = i + 1;
    if (!(tv.is(j, "a") || tv.is(j, "an"))) continue;
    bool cue = false;
    for (size_t k = j + 1; k < n && k < j + 7 && tv.word(k); ++k) {
      if (v_->company_cue(tv.tok(k))) {
        cue = true;
        break;
      }
    }
    if (!cue) continue;
    size_t e = i, s = i;
    while (s > tv.first_tok && item_word(s - 1) && s > e - 4) --s;
    if (s == e) continue;
    if (s > 0 && tv.word(s - 1) && tv.toks[s - 1].cap) continue;
    add_item(s, e, "company described by an appositive");
  }
}

void OrganizationsStage::acronym_before_title(State& st, const TextView& tv, const Marks& m) const {
  const size_t n = tv.size();
  for (const size_t i : m.caps) {
    if (i + 2 >= n) break;
    std::string acr(tv.tok(i));
    if (letter_count(acr) < 2 || tv.place_entry(i) || st.not_org_acronyms.count(acr)) continue;
    if (i > tv.first_tok && (tv.cap(i - 1) || (tv.word(i - 1) && tv.toks[i - 1].allcaps))) continue;
    if (title_after(tv, i) > 0) continue;  // "CEO" is a title itself
    // "KIEP Economic Security TF Committee Director Yeon Wonho": words of the title may come first
    size_t ts = i + 1, t = 0;
    for (; ts < i + 6 && ts < n; ++ts) {
      t = title_after(tv, ts);
      if (t > 0 || !(tv.cap(ts) || (tv.word(ts) && tv.toks[ts].allcaps))) break;
    }
    if (t == 0) continue;
    size_t nm = ts + t;
    if (!tv.cap(nm) || tv.toks[nm].allcaps) continue;
    add(st, acr, acr, "", tv.span(i, i + 1), "acronym before a title");
  }
}

void OrganizationsStage::bare_acronyms(State& st, const TextView& tv, const Marks& m) const {
  for (const size_t i : m.caps) {
    std::string_view w = tv.tok(i);
    for (size_t o = 0; o < st.orgs.size(); ++o) {
      const std::string& a = st.orgs[o].acronym;
      if (a.empty()) continue;
      // multi-word acronyms ("KORUS FTA Joint Committee") match from their first token
      size_t end = lex::match_phrase(tv.text, tv.toks[i].b, a, false);
      if (end == std::string_view::npos || !lex::boundary_after(tv.text, end)) continue;
      if (a.find(' ') == std::string::npos && w != a) continue;
      Span span{tv.toks[i].b, static_cast<uint32_t>(end), tv.in_title};
      auto& sp = st.orgs[o].spans;
      bool inside = false;
      for (const Span& s : sp)
        if (s.in_title == span.in_title && span.begin >= s.begin && span.end <= s.end) inside = true;
      if (!inside) {
        sp.push_back(span);
        if (st.doc.explain) st.doc.trace("organizations", st.orgs[o].name, "acronym use: " + a, span);
      }
      break;
    }
  }
  // An acronym written as a word ("Camex") is no word in capitals: its uses are found by its text.
  for (auto& o : st.orgs) {
    if (o.acronym.empty() || !word_acronym(o.acronym)) continue;
    for (size_t at = tv.text.find(o.acronym); at != std::string_view::npos; at = tv.text.find(o.acronym, at + 1)) {
      const size_t end = at + o.acronym.size();
      if (!lex::boundary_before(tv.text, at) || !lex::boundary_after(tv.text, end)) continue;
      Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(end), tv.in_title};
      bool inside = false;
      for (const Span& sp : o.spans)
        if (sp.in_title == span.in_title && span.begin >= sp.begin && span.end <= sp.end) inside = true;
      if (inside) continue;
      o.spans.push_back(span);
      if (st.doc.explain) st.doc.trace("organizations", o.name, "acronym use: " + o.acronym, span);
    }
  }
}

// "EEPC India said", "U.S. Steel said": a body's name made of its acronym and a country's name, or of
// a country's name and the word of a firm's trade (data/org_forms.tsv, kind country_firm), standing
// alone between words that are no name's: the country is the name's, not the news'. Only as the
// subject of a report, an owner or a title's body (a comma, "said", a possessive or a title after
// it), or after "of" for a firm: "the FTA India signed" is no body, nor is an acronym after an
// article ("under the CEPA India, the UAE …": a pact's).
void OrganizationsStage::country_named_firms(State& st, const TextView& tv) const {
  const size_t n = tv.size();
  auto name_word = [&](size_t k) { return k < n && tv.word(k) && (tv.cap(k) || tv.toks[k].allcaps); };
  for (size_t i = tv.first_tok; i + 1 < n; ++i) {
    if (!tv.word(i) || (i > tv.first_tok && name_word(i - 1))) continue;
    size_t e = 0;
    std::string country;
    bool firm = false;
    const std::string_view w = tv.tok(i);
    if (tv.toks[i].allcaps && w.size() >= 3 && tv.place[i] < 0 &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
        !st.not_org_acronyms.count(std::string(w)) && title_after(tv, i) == 0 &&
        tv.toks[i + 1].b == tv.toks[i].e + 1 &&
        !(i > tv.first_tok && (tv.is(i - 1, "the") || tv.is(i - 1, "a") || tv.is(i - 1, "an")))) {
      e = country_rest(tv, i + 1);  // "EEPC India"
      if (e == i + 1) continue;
      country = tv.place_entry(i + 1)->code;
    } else if (const PlaceEntry* pe = tv.place_entry(i); pe && pe->kind == PlaceEntry::Country && !pe->adj) {
      const size_t c = country_rest(tv, i);  // "U.S. Steel"
      if (c == i || c >= n || !tv.cap(c) || tv.toks[c].allcaps || !v_->country_firms.count(tv.tok(c)) ||
          tv.toks[c].b != tv.toks[c - 1].e + 1)
        continue;
      e = c + 1;
      country = pe->code;
      firm = true;
    } else {
      continue;
    }
    bool subject = tv.is(e, ",") || tv.possessive(e) || tv.is(e, "said") || tv.is(e, "says") || title_after(tv, e) > 0;
    if (firm) subject |= i > tv.first_tok && tv.is(i - 1, "of");
    if (!subject || (name_word(e) && title_after(tv, e) == 0)) continue;
    const Span span = tv.span(i, e);
    if (claimed(st, span) || found_at(st, span)) continue;
    // "EEPC India … EEPC India Chairman …": the acronym alone is the same body's.
    add(st, std::string(tv.slice(i, e)), firm ? std::string() : std::string(w), country, span,
        "name of an acronym or a country and a firm's trade");
    i = e - 1;
  }
}

// "Brazil's foreign trade authority, GECEX, approved …": an acronym set off by commas right after
// a body's lower-case noun names that body, though its full name is never written; a country
// owning the noun phrase ("Brazil's") is its country.
void OrganizationsStage::appositive_acronyms(State& st, const TextView& tv) const {
  const size_t n = tv.size();
  for (size_t i = tv.first_tok + 2; i + 1 < n; ++i) {
    if (!tv.word(i) || !tv.toks[i].allcaps || !tv.is(i - 1, ",") || !tv.is(i + 1, ",")) continue;
    const std::string_view acr = tv.tok(i);
    if (acr.size() < 3 || !std::all_of(acr.begin(), acr.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
    if (tv.place[i] >= 0 || st.not_org_acronyms.count(std::string(acr)) || !tv.word(i - 2) || tv.toks[i - 2].cap ||
        !v_->appositive_nouns.count(tv.tok(i - 2)))
      continue;
    const Span span = tv.span(i, i + 1);
    if (claimed(st, span)) continue;
    // The owner of the noun phrase: "<Country>'s" a few lower-case words before the noun.
    std::string country;
    for (size_t k = i - 3; k > tv.first_tok && k + 6 > i; --k) {
      if (tv.possessive(k)) {
        if (const PlaceEntry* e = tv.place_entry(k - 1); e && e->kind == PlaceEntry::Country) country = e->code;
        break;
      }
      if (!tv.word(k) || tv.toks[k].cap) break;
    }
    add(st, std::string(acr), std::string(acr), country, span, "acronym after a body's noun: " + std::string(acr));
  }
}

// "Brazil's coffee exporters council Cecafe said", "the farm lobby Copa-Cogeca", "steel industry
// group Eurofer": a body's lower-case noun after words that say what it is (one lower-case word
// at least, no article) stands before its short name, one or two capitalized words that end
// there, or before a title. A place, a weekday or a title there is no name ("the customs union
// Mercosur", "the group Monday", "group Chairman …"); nor is a longer capitalized run. A country owning the phrase
// ("Brazil's") or its adjective among the words before the noun ("the German farm lobby") is the
// body's country.
void OrganizationsStage::descriptor_short_names(State& st, const TextView& tv) const {
  const size_t n = tv.size();
  auto describing = [&](size_t k) {
    if (!tv.word(k) || tv.toks[k].cap || tv.toks[k].digit) return false;
    static constexpr std::string_view kFunction[] = {"the", "a", "an", "and", "or", "of", "its", "their", "his",
                                                     "her", "our", "this", "that", "which", "said", "says",
                                                     "with", "from", "by", "to", "for", "as", "other", "another"};
    const std::string_view w = tv.tok(k);
    return std::find(std::begin(kFunction), std::end(kFunction), w) == std::end(kFunction);
  };
  auto name_word = [&](size_t k) {
    return k < n && tv.word(k) && (tv.toks[k].cap || tv.toks[k].allcaps) && !tv.toks[k].digit && tv.place[k] < 0 &&
           !is_month_or_weekday(tv.tok(k)) && title_after(tv, k) == 0;
  };
  // An acronym in capitals is the body's acronym; a short name in ordinary case is looked for
  // again wherever it stands (short_name_uses).
  auto add_short = [&](const std::string& name, bool capitals, const std::string& country, const Span& span,
                       const char* rule, std::string_view noun) {
    const bool acronym = capitals && upper_acronym(name);
    const int o = add(st, name, acronym ? name : std::string(), country, span, rule, noun);
    if (!acronym) st.short_names.push_back(static_cast<size_t>(o));
  };
  for (size_t i = tv.first_tok + 1; i + 1 < n; ++i) {
    if (!tv.word(i) || tv.toks[i].cap || !v_->descriptor_filter.may_contain(tv.tok(i)) ||
        !v_->descriptor_nouns.count(tv.tok(i)) || !describing(i - 1))
      continue;
    size_t e = i + 1;
    while (e < i + 3 && name_word(e)) ++e;
    // "the business lobby Keidanren Chairman Masakazu Tokura said": a title may follow the name.
    if (e == i + 1 || (tv.word(e) && (tv.toks[e].cap || tv.toks[e].allcaps) && title_after(tv, e) == 0)) continue;
    const Span span = tv.span(i + 1, e);
    if (claimed(st, span) || found_at(st, span)) continue;
    std::string country;
    for (size_t k = i; k > tv.first_tok && k + 6 > i; --k) {
      const size_t p = k - 1;
      if (tv.possessive(p)) {
        if (const PlaceEntry* pe = tv.place_entry(p - 1); pe && pe->kind == PlaceEntry::Country) country = pe->code;
        break;
      }
      if (tv.place_adj(p)) {
        if (const PlaceEntry* pe = tv.place_entry(p); pe && pe->kind == PlaceEntry::Country) country = pe->code;
        break;
      }
      if (!describing(p)) break;
    }
    add_short(std::string(tv.slice(i + 1, e)), e == i + 2 && tv.toks[i + 1].allcaps, country, span,
              "short name after a body's noun: ", tv.tok(i));
    i = e;
  }
  // "Germany's BDI industry association", "France's Medef employers' group": after a country's
  // possessive, one capitalized word, then words that say what it is and a body's noun, is the
  // short name of that country's body. Not a portfolio word ("Japan's Trade ministry").
  for (size_t i = tv.first_tok + 1; i + 2 < n; ++i) {
    if (!tv.possessive(i) || tv.toks[i].word) continue;
    const PlaceEntry* pe = tv.place_entry(i - 1);
    if (!pe || pe->kind != PlaceEntry::Country) continue;
    const size_t k = i + 1;
    if (!name_word(k) || tv.cap(k + 1) || v_->portfolio.count(tv.tok(k))) continue;
    size_t m = k + 1;
    // A plural's apostrophe ("employers' group") is a token of its own.
    while (m < n && m < k + 5 &&
           ((describing(m) && !v_->descriptor_nouns.count(tv.tok(m))) || tv.possessive(m) || tv.is(m, "'") ||
            tv.is(m, "\xE2\x80\x99")))
      ++m;
    if (m == k + 1 || !tv.word(m) || tv.toks[m].cap || !v_->descriptor_nouns.count(tv.tok(m))) continue;
    const Span span = tv.span(k, k + 1);
    if (claimed(st, span) || found_at(st, span)) continue;
    add_short(std::string(tv.tok(k)), tv.toks[k].allcaps, pe->code, span, "short name before a body's noun: ",
              tv.tok(m));
  }
}

// "The steel lobby Eurofer said … Eurofer director general Axel Eggert warned": a short name in
// ordinary case, once a descriptor has said it is a body's, names the body wherever it stands
// again, as an acronym does (bare_acronyms finds those in capitals).
void OrganizationsStage::short_name_uses(State& st, const TextView& tv) {
  for (const size_t o : st.short_names) {
    const std::string& name = st.orgs[o].name;  // no org is added here: the reference stays
    for (size_t at = tv.text.find(name); at != std::string_view::npos; at = tv.text.find(name, at + 1)) {
      const size_t end = at + name.size();
      if (!lex::boundary_before(tv.text, at) || !lex::boundary_after(tv.text, end)) continue;
      const Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(end), tv.in_title};
      if (claimed(st, span)) continue;
      st.orgs[o].spans.push_back(span);
      st.claimed.add(span);
      if (st.doc.explain) st.doc.trace("organizations", name, "short name used again", span);
    }
  }
}

namespace {
// Whether the letters of acr are the initials of words, in order, where "of", "for" and "on" may
// give a letter or not and "and", "&", "the" give none (MOFA = Ministry of Foreign Affairs, MTI =
// Ministry of Trade and Industry).
bool initials(const std::vector<std::string_view>& words, size_t w, std::string_view acr, size_t a) {
  if (w == words.size()) return a == acr.size();
  const std::string_view word = words[w];
  if (word == "and" || word == "&" || word == "the") return initials(words, w + 1, acr, a);
  const bool optional = word == "of" || word == "for" || word == "on";
  if (a < acr.size() && std::tolower(static_cast<unsigned char>(word[0])) ==
                            std::tolower(static_cast<unsigned char>(acr[a])) &&
      initials(words, w + 1, acr, a + 1))
    return true;
  return optional && initials(words, w + 1, acr, a);
}
}  // namespace

// A ministry met only through its minister's title and a bare acronym: "the Minister of Trade and
// Industry" with "MOTI" elsewhere in the text names the Ministry of Trade and Industry (MOTI).
void OrganizationsStage::ministry_of_minister(State& st, const TextView& tv, const Marks& m) const {
  const size_t n = tv.size();
  struct Post {
    std::string name;
    std::vector<std::string_view> words;  // of the ministry's name
  };
  std::vector<Post> posts;
  for (size_t at = tv.text.find("Minister "); at != std::string_view::npos; at = tv.text.find("Minister ", at + 1)) {
    const size_t i = token_ending_at(tv, at + 8);
    if (i == kNoToken || i < tv.first_tok || i + 1 >= n) continue;
    if (!tv.is(i, "Minister") || !(tv.is(i + 1, "of") || tv.is(i + 1, "for"))) continue;
    const size_t ce = complement_end(tv, i + 1, false);
    if (ce <= i + 2) continue;
    Post p;
    p.name = "Ministry " + std::string(tv.slice(i + 1, ce));
    p.words.push_back("Ministry");
    for (size_t k = i + 1; k < ce; ++k)
      if (tv.word(k) || tv.is(k, "&")) p.words.push_back(tv.tok(k));
    posts.push_back(std::move(p));
  }
  if (posts.empty()) return;
  for (const size_t i : m.caps) {
    if (tv.toks[i].digit) continue;
    const std::string acr(tv.tok(i));
    if (acr.size() < 4 || acr[0] != 'M' || st.not_org_acronyms.count(acr) || tv.place_entry(i)) continue;
    bool known = false;
    for (const Org& o : st.orgs)
      if (o.acronym == acr) known = true;
    if (known) continue;
    for (const Post& p : posts) {
      if (!initials(p.words, 0, acr, 0)) continue;
      add(st, p.name, acr, "", Span{tv.toks[i].b, tv.toks[i].e, tv.in_title}, "minister's title: " + p.name);
      break;
    }
  }
}

void OrganizationsStage::known_names(State& st, const TextView& tv) const {
  for (size_t o = 0; o < st.orgs.size(); ++o) {
    const std::string name = st.orgs[o].name;  // copy: add() may grow the list
    size_t pos = 0;
    while ((pos = tv.text.find(name, pos)) != std::string_view::npos) {
      size_t end = pos + name.size();
      if (lex::boundary_before(tv.text, pos) && lex::boundary_after(tv.text, end)) {
        Span span{static_cast<uint32_t>(pos), static_cast<uint32_t>(end), tv.in_title};
        auto& sp = st.orgs[o].spans;
        if (std::find(sp.begin(), sp.end(), span) == sp.end()) {
          sp.push_back(span);
          if (st.doc.explain) st.doc.trace("organizations", name, "name found in the body", span);
        }
      }
      pos = end;
    }
  }
}

void OrganizationsStage::short_refs(State& st, const TextView& tv) const {
  auto in_context = [&](const Vocab::ShortRef& r) {
    for (const auto* list : {&st.doc.x.blocs, &st.doc.x.countries})
      for (const CodeMention& m : *list)
        if (m.code == r.required) return true;
    return false;
  };
  // A reference counts only where its bloc or country is mentioned: most texts mention none of
  // those, and then no search of the text can find one.
  if (std::none_of(v_->short_refs.begin(), v_->short_refs.end(), in_context)) return;
  for (const lex::Hit& h : v_->short_table.find_all(tv.text, tv.word_starts, false)) {
    const auto& r = v_->short_refs[static_cast<size_t>(h.id)];
    if (!in_context(r)) continue;
    // "the Commission" but not "the Commission's President"? Both name it; only a longer name does not.
    if (h.e < tv.text.size() && tv.text[h.e] == ' ' && h.e + 1 < tv.text.size() &&
        std::isupper(static_cast<unsigned char>(tv.text[h.e + 1])))
      continue;
    // The span leaves out the article.
    Span span{h.b, h.e, tv.in_title};
    std::string_view t = tv.text.substr(h.b, h.e - h.b);
    if (auto sp = t.find(' '); sp != std::string_view::npos) span.begin += static_cast<uint32_t>(sp + 1);
    if (claimed(st, span)) continue;
    for (const auto& k : v_->known)
      if (k.name == r.name) add_known(st, k, span, "short reference: ", r.phrase);
  }
}

// "…, and Hyundai Steel Vice Chairman Kim Yong-hwan": a name before a title and a person's name.
void OrganizationsStage::name_before_title(State& st, const TextView& tv, const Marks& m) const {
  const size_t n = tv.size();
  for (const size_t lead : m.leads) {  // ",", "and", "including" or ";" just before i
    const size_t i = lead + 1;
    if (i + 2 >= n) break;
    size_t j = i;
    while (j < n && j < i + 3 && tv.cap(j) && !tv.toks[j].allcaps && title_after(tv, j) == 0 && tv.place[j] < 0 &&
           !is_month_or_weekday(tv.tok(j)))
      ++j;
    if (j == i || j == i + 1) continue;  // one word is more likely a first name than a company
    // "National Security Adviser Khalilur Rahman", "Foreign Affairs Minister …": portfolio words
    // alone are the title's, not a body's name.
    bool all_portfolio = true;
    for (size_t k = i; k < j && all_portfolio; ++k) all_portfolio = v_->portfolio.count(tv.tok(k)) > 0;
    if (all_portfolio) continue;
    size_t t = title_after(tv, j);
    if (t == 0 || !tv.cap(j + t) || tv.toks[j + t].allcaps) continue;
    Span span = tv.span(i, j);
    if (claimed(st, span)) continue;
    size_t fl = 0;
    bool has_form = false;
    for (size_t k = i; k < j; ++k)
      if (flags_at(tv, k, &fl)) has_form = true;
    if (has_form) continue;
    add(st, std::string(tv.slice(i, j)), "", "", span, "name before a title and a person");
  }
}

// "Korea National Oil Corporation (KNOC) and SK Gas": a short name joined to a known one.
void OrganizationsStage::coordinated(State& st, const TextView& tv, const Marks& m) const {
  const size_t n = tv.size();
  // Where the names found so far end on this side, sorted: asked at every "and". Names come only
  // through add() until this pass, so the list is kept up with the ones added here.
  std::vector<uint32_t> org_ends;
  for (const Org& o : st.orgs)
    for (const Span& s : o.spans)
      if (s.in_title == tv.in_title) org_ends.push_back(s.end);
  std::sort(org_ends.begin(), org_ends.end());
  for (const size_t i : m.ands) {
    if (i < tv.first_tok + 1) continue;
    if (i + 1 >= n) break;
    size_t p = i - 1;
    if (tv.is(p, ")")) {
      while (p > tv.first_tok && !tv.is(p, "(")) --p;
      if (p == tv.first_tok) continue;
      --p;
    }
    if (!tv.word(p)) continue;
    Span prev = tv.span(p, p + 1);
    if (!std::binary_search(org_ends.begin(), org_ends.end(), prev.end)) continue;
    size_t s = i + 1, j = s;
    while (j < n && j < s + 3 && (tv.cap(j) || (tv.word(j) && tv.toks[j].allcaps)) && tv.place[j] < 0 &&
           title_after(tv, j) == 0 && !is_month_or_weekday(tv.tok(j)))
      ++j;
    if (j == s || tv.possessive(j) || tv.cap(j) || tv.is(j, "(")) continue;
    // "… and Sir Chris Bryant, Minister of State": a person, not a body.
    size_t after = tv.is(j, ",") ? j + 1 : j;
    if (tv.is(after, "the")) ++after;
    if (tv.is(j, ",") && title_after(tv, after) > 0) continue;
    if (tv.is(s, "Sir") || tv.is(s, "Mr.") || tv.is(s, "Ms.") || tv.is(s, "Mrs.") || tv.is(s, "Dr.")) continue;
    Span span = tv.span(s, j);
    if (claimed(st, span)) continue;
    add(st, std::string(tv.slice(s, j)), "", "", span, "joined to an organization by 'and'");
    org_ends.insert(std::upper_bound(org_ends.begin(), org_ends.end(), span.end), span.end);
  }
}

// A title written like a sentence ("Industry Ministry inspects impact of floods on exports")
// capitalizes names only, as the body does; one in title case capitalizes every longer word.
bool sentence_case(const TextView& tv) {
  size_t lower = 0, upper = 0;
  for (size_t i = tv.first_tok + 1; i < tv.size(); ++i) {
    const lex::Tok& t = tv.toks[i];
    if (!t.word || t.allcaps || t.digit || t.e - t.b < 4) continue;
    (t.cap ? upper : lower) += 1;
  }
  return lower > 0 && lower >= upper;
}

void OrganizationsStage::run(Doc& doc) const {
  State st{doc, {}, {}, {}, {}, 0, {}};
  const TextView& body = view_of(doc, false, *v_->places);
  const TextView& title = view_of(doc, true, *v_->places);
  // The title is in title case: names there are only those the body (or the gazetteer) knows.
  std::vector<AcronymDef> body_defs, title_defs;
  acronym_definitions(body, body_defs);
  acronym_definitions(title, title_defs);
  apply_acronym_definitions(st, body_defs);
  apply_acronym_definitions(st, title_defs);
  form_names(st, body);
  if (sentence_case(title)) form_names(st, title);  // "Trade ministry holds talks with …"
  apply_acronym_definitions(st, body_defs);  // acronyms after names built from organization words
  for (const TextView* tv : {&body, &title}) known_bodies(st, *tv);
  short_refs(st, body);
  const Marks body_marks = marks_of(body, *v_);
  companies(st, body, body_marks);
  acronym_before_title(st, body, body_marks);
  name_before_title(st, body, body_marks);
  coordinated(st, body, body_marks);
  known_names(st, title);
  ministry_of_minister(st, body, body_marks);
  appositive_acronyms(st, body);
  country_named_firms(st, body);
  descriptor_short_names(st, body);
  short_name_uses(st, body);
  short_name_uses(st, title);
  bare_acronyms(st, body, body_marks);
  bare_acronyms(st, title, marks_of(title, *v_));
  // "Economía and the Mexican Business Council meet …" over "the Mexican Business Council for
  // Foreign Trade, Investment and Technology (COMCE)": a headline shortens a body's name to its
  // first words; a name only the title gives that opens a name the body gives is that body.
  std::vector<bool> merged(st.orgs.size(), false);
  for (size_t i = 0; i < st.orgs.size(); ++i) {
    Org& o = st.orgs[i];
    if (o.spans.empty() || !o.acronym.empty() || o.name.find(' ') == std::string::npos ||
        !std::all_of(o.spans.begin(), o.spans.end(), [](const Span& s) { return s.in_title; }))
      continue;
    for (Org& full : st.orgs) {
      if (&full == &o || full.name.size() <= o.name.size() + 1 || !full.name.starts_with(o.name) ||
          full.name[o.name.size()] != ' ' ||
          std::none_of(full.spans.begin(), full.spans.end(), [](const Span& s) { return !s.in_title; }))
        continue;
      full.spans.insert(full.spans.end(), o.spans.begin(), o.spans.end());
      merged[i] = true;
      break;
    }
  }
  for (size_t i = st.orgs.size(); i-- > 0;)
    if (merged[i]) st.orgs.erase(st.orgs.begin() + static_cast<long>(i));
  for (Org& o : st.orgs) {
    std::sort(o.spans.begin(), o.spans.end(), [](const Span& a, const Span& b) {
      return a.in_title != b.in_title ? b.in_title : a.begin < b.begin;
    });
    doc.x.organizations.push_back({std::move(o.name), std::move(o.acronym), std::move(o.country), std::move(o.spans)});
  }
}

}  // namespace

Result<StagePtr> make_organizations_stage(const std::string& data_dir) {
  auto v = std::make_shared<Vocab>();
  auto places = load_place_lexicon(data_dir);
  if (!places) return Error{places.error()};
  v->places = std::move(places).value();
  // The forms, titles, title words and honorifics other stages read too (shared_data.h).
  auto forms = shared_rows(data_dir, "org_forms.tsv");
  if (!forms) return Error{forms.error()};
  std::unordered_map<std::string, unsigned> flags;
  std::vector<std::string> order;
  for (const auto& r : *forms.value()) {
    if (r.size() < 2) return Error{"org_forms.tsv: expected word and kind in every row"};
    if (r[1] == "country_firm") {
      v->country_firms.insert(r[0]);
      continue;
    }
    unsigned f = r[1] == "head_of" ? unsigned{kHeadOf}
                 : r[1] == "tail"  ? kTail
                 : r[1] == "both"  ? (kHeadOf | kTail)
                 : r[1] == "weak"  ? kWeak
                 : r[1] == "abroad" ? kAbroad
                 : r[1] == "venue"  ? kVenue
                 : r[1] == "head_country" ? kHeadCountry
                 : r[1] == "firm"   ? (kTail | kFirm)
                 : r[1] == "national" ? kNational
                                    : 0u;
    if (f == 0) return Error{"org_forms.tsv: unknown kind " + r[1]};
    if (!flags.count(r[0])) order.push_back(r[0]);
    flags[r[0]] |= f;
  }
  for (const auto& w : order) {
    v->forms.add(w, static_cast<int>(v->form_flags.size()));
    v->form_flags.push_back(flags[w]);
  }
  auto known = text::read_tsv(data_dir, "org_known.tsv");
  if (!known) return Error{known.error()};
  for (const auto& r : known.value()) {
    if (r.empty() || r[0].empty()) continue;
    Vocab::Known k{r[0], r.size() > 1 ? r[1] : "", r.size() > 2 ? r[2] : "", {}, {}};
    k.name_key = lex::norm_key(k.name);
    k.acronym_key = lex::norm_key(k.acronym);
    int id = static_cast<int>(v->known.size());
    v->known.push_back(k);
    v->known_table.add(k.name, id);
    if (!k.acronym.empty()) v->known_table.add(k.acronym, id);
    if (r.size() > 3)
      for (const auto& form : text::alternatives(r[3])) v->known_table.add(form, id);
  }
  auto refs = text::read_tsv(data_dir, "org_short_refs.tsv");
  if (!refs) return Error{refs.error()};
  for (const auto& r : refs.value()) {
    if (r.size() < 3) return Error{"org_short_refs.tsv: expected phrase, organization and place in every row"};
    v->short_table.add(r[0], static_cast<int>(v->short_refs.size()));
    v->short_refs.push_back({r[0], r[1], r[2]});
  }
  auto cues = text::read_tsv(data_dir, "org_company_cues.tsv");
  if (!cues) return Error{cues.error()};
  for (const auto& r : cues.value()) {
    if (r.empty()) continue;
    v->company_cues.insert(r[0]);
    v->cue_filter.add(r[0]);
    v->longest_cue = std::max(v->longest_cue, r[0].size());
  }
  v->cue_first.assign(v->longest_cue + 1, 0);
  v->cue_last.assign(v->longest_cue + 1, 0);
  for (const auto& cue : v->company_cues) {
    if (cue.empty()) continue;
    v->cue_first[cue.size()] |= uint32_t{1} << (static_cast<unsigned char>(cue.front()) & 31);
    v->cue_last[cue.size()] |= uint32_t{1} << (static_cast<unsigned char>(cue.back()) & 31);
  }
  auto generic = text::read_tsv(data_dir, "org_generic_words.tsv");
  if (!generic) return Error{generic.error()};
  for (const auto& r : generic.value())
    if (!r.empty()) v->generic_words.insert(r[0]);
  auto list_cues = text::read_tsv(data_dir, "org_list_cues.tsv");
  if (!list_cues) return Error{list_cues.error()};
  for (const auto& r : list_cues.value())
    if (!r.empty()) v->list_cues.insert(r[0]);
  auto appositive = text::read_tsv(data_dir, "org_appositive_nouns.tsv");
  if (!appositive) return Error{appositive.error()};
  for (const auto& r : appositive.value()) {
    if (r.empty()) continue;
    if (r.size() >= 2 && r[1] != "comma" && r[1] != "both")
      return Error{data_dir + "/org_appositive_nouns.tsv: a row's use is 'both' or 'comma'"};
    v->appositive_nouns.insert(r[0]);
    if (r.size() < 2 || r[1] == "both") {
      v->descriptor_nouns.insert(r[0]);
      v->descriptor_filter.add(r[0]);
    }
  }
  auto ordinals = shared_lexicon(data_dir, "ordinals.tsv", 1);
  if (!ordinals) return Error{ordinals.error()};
  v->ordinals = std::move(ordinals).value();
  auto titles = shared_rows(data_dir, "titles.tsv");
  if (!titles) return Error{titles.error()};
  for (const auto& r : *titles.value()) {
    if (r.size() < 2) return Error{"titles.tsv: expected form and kind in every row"};
    // A title said only after a name ("…, Ruler of Sharjah") is the people stage's alone: before
    // a capitalized word the same word is as often part of a name ("Sultan Al Jaber").
    if (r[1] == "appositive") continue;
    v->titles.add(r[0], r[1] == "head" ? 0 : r[1] == "modifier" ? 1 : 2);
    if (r[0].find(' ') == std::string::npos && (r[1] == "head" || r[1] == "plural"))
      v->plural_titles.insert(r[1] == "head" ? r[0] + "s" : r[0]);
  }
  auto portfolio = shared_rows(data_dir, "title_words.tsv");
  if (!portfolio) return Error{portfolio.error()};
  for (const auto& r : *portfolio.value())
    if (!r.empty()) v->portfolio.insert(r[0]);
  auto honorifics = shared_rows(data_dir, "honorifics.tsv");
  if (!honorifics) return Error{honorifics.error()};
  for (const auto& r : *honorifics.value())
    if (!r.empty() && r[0].size() > 1 && r[0].back() == '.' && r[0].find(' ') == std::string::npos &&
        r[0].find('.') == r[0].size() - 1)
      v->honorifics.insert(r[0]);
  for (const auto& r : *honorifics.value())
    if (!r.empty() && r[0].find(' ') == std::string::npos && r[0].find('.') == std::string::npos) v->address.insert(r[0]);
  auto particles = shared_rows(data_dir, "name_particles.tsv");
  if (!particles) return Error{particles.error()};
  for (const auto& r : *particles.value())
    if (!r.empty() && !r[0].empty() && r[0][0] >= 'a' && r[0][0] <= 'z') v->particles.insert(r[0]);
  return StagePtr(new OrganizationsStage(std::move(v)));
}

}  // namespace tw::extract
