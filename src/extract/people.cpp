// People named in a release. A name counts when a title or role stands next to it ("Deputy Minister
// for Trade Park Jung-sung", "Thomas Courbe, Director General for Enterprises", "(KATS, President
// Kim Dae-ja)", "KATS President Kim Dae-ja") or a form of address precedes it ("The Honourable Mary
// Ng", "H.E. Mr. Maksim Oreshkin"). Forms of one person merge ("JK Kim", "JK (Jung-Kwan) Kim", "Kim
// Jung-kwan"); later "Minister Park" or "Mr Yau" attach to the person, and a title before a lone
// surname names a person only when no fuller form exists in the release.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "extract/facts_common.h"
#include "extract/lexicon.h"
#include "extract/places.h"
#include "extract/reporter.h"
#include "extract/shared_data.h"
#include "extract/span_index.h"
#include "extract/stages.h"
#include "extract/textview.h"
#include "extract/wordscan.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

struct Vocab {
  std::shared_ptr<const PlaceLexicon> places;
  lex::PhraseTable titles;  // id 0: head, 1: modifier, 2: plural, 3: appositive
  lex::PhraseTable honorifics;
  lex::PhraseTable roles;  // lower-case roles of news copy ("trade minister", "counterpart")
  // The fewest ASCII letters any role opens with ("vice", "chief": 4). A token runs over every
  // letter that follows its first, so a shorter word ("and", "of", "for") opens no role.
  size_t role_head = 0;
  // With role_head four or more: a bit per hash of each role's first four bytes, which a role
  // matched at a word (in the role's own case) shares with it. Most words that share a role's
  // first two letters do not share its first four ("cooperation", "investment", "continue").
  std::array<uint64_t, 64> role_heads{};
  static size_t head_bit(const char* p) {
    uint32_t h;
    std::memcpy(&h, p, 4);
    return (h * 0x9E3779B1u) >> 20;  // 12 bits
  }
  bool may_open_role(std::string_view text, size_t pos) const {
    if (role_head < 4) return roles.may_begin(text, pos);
    const size_t bit = head_bit(text.data() + pos);
    return role_heads[bit >> 6] >> (bit & 63) & 1;
  }
  // Per byte, whether some title (kTitleByte) or form of address (kHonorificByte) opens with it
  // in its own case (every byte for one that opens with a dash, apostrophe or space, which stand
  // for other bytes). A lower-case word opens neither but for a few letters ("the Hon", "senior"):
  // most tokens are turned away by one load, before the tables' two-byte tests.
  static constexpr uint8_t kTitleByte = 1, kHonorificByte = 2;
  std::array<uint8_t, 256> first_byte{};
  void add_first_byte(const std::string& phrase, uint8_t kind) {
    if (phrase.empty()) return;
    const char c = phrase[0];
    if (c == '-' || c == '\'' || c == ' ')
      for (auto& b : first_byte) b |= kind;
    else
      first_byte[static_cast<unsigned char>(c)] |= kind;
  }
  bool may_open(std::string_view text, size_t pos, uint8_t kind) const {
    return first_byte[static_cast<unsigned char>(text[pos])] & kind;
  }
  WordSet title_words;
  WordSet function_words;  // title_words.tsv rows marked "function": "To", "In", "The"
  WordFilter title_filter;  // of title_words: asked about every capitalized word
  bool title_word(std::string_view w) const { return title_filter.may_contain(w) && title_words.count(w); }
  // One-word titles in the plural ("Ministers", "Negotiators": each head title with an "s", and
  // the plural rows): after a head, they make a plural title ("Chief Negotiators reaffirmed …").
  WordSet plural_titles;
  WordSet particles;  // "bin", "von", "da": lower-case parts of a name
  WordSet title_chain;  // data/honorific_chain.tsv: "Orang", "Kaya", "Laila" after "Pehin", "Dato"
  WordSet given_abbrevs, suffix_abbrevs;  // "Ma." opening a name, "Jr." closing one
  WordSet regnal;  // "II", "VI": a monarch's number after a given name ("Abdullah II")
  WordSet royal;  // "Tengku": a prefix that heads the name even with honorifics after it
  WordSet ranks;  // "Senator": a one-word title that stands before a name as a form of address does
  WordSet peers;  // honorifics.tsv, kind "peer": "Lord", "Baroness"
  WordSet qualifiers;  // "former", "acting": lower-case words before a title that are part of it
  // person_roles.tsv, kind "modifier": lower-case words that extend a role after them ("top trade
  // negotiator", "lead negotiator"), no role alone.
  WordSet role_modifiers;
  WordSet venues;      // "Convention", "Airport": one-word forms of a place's name (org_forms.tsv)
  WordSet cities;      // "Havana", "Kuala Lumpur": the cities of event_cities.tsv, an envoy's post
  WordSet headline_verbs;  // "Restores", "Launches": in a title-case headline, they end a name
  // data/person_cues.tsv: the words that tell a person met ("met with", "hosted") and a visit
  // ("Xi's state visit", "will travel to Korea") from one who speaks for the release.
  std::vector<std::string> met_before;  // kind "met": the words right before a person met
  std::vector<std::string> signed_by;   // kind "signed": "signed" before "by" names a signer, not one met
  WordSet visit_nouns, visit_verbs;     // kinds "visit" and "visiting"
  WordSet appointed;                    // kind "appointed": "who was recently appointed"
  // data/person_leaders.tsv: the country of a well-known head of state or government, by each
  // form of the name as written ("Donald Trump", "Lula da Silva").
  std::unordered_map<std::string, std::string> leaders;
  // data/title_blocs.tsv: a bloc's office that names no place ("European Commissioner"), told by
  // the first and last of a title's capitalized words before its portfolio.
  struct BlocOffice {
    std::string first, last, bloc, body;
  };
  std::vector<BlocOffice> bloc_offices;
  const BlocOffice* bloc_office(std::string_view title) const;
  // data/reporter_voices.tsv, event_cities.tsv, news_agencies.tsv and the international bodies of
  // org_known.tsv: what tells the government that writes the release, whose officer a titled
  // person of no stated country is; its voices and cities also tell where the release shows it.
  ReporterSources reporter;
  // data/title_private.tsv: titles of companies and research bodies ("CEO", "economist").
  std::vector<std::string> private_titles;
  bool private_title(std::string_view title) const {
    for (const std::string& t : private_titles)
      for (size_t at = title.find(t); at != std::string_view::npos; at = title.find(t, at + 1))
        if ((at == 0 || title[at - 1] == ' ') && (at + t.size() == title.size() || title[at + t.size()] == ' ' ||
                                                  title[at + t.size()] == ','))
          return true;
    return false;
  }
};

const Vocab::BlocOffice* Vocab::bloc_office(std::string_view title) const {
  if (bloc_offices.empty()) return nullptr;
  // The capitalized words before the portfolio: past lower-case qualifiers ("former"), up to the
  // first lower-case word or comma ("European Commissioner for Trade", "European Trade
  // Commissioner, …").
  std::string_view first, last;
  size_t pos = 0;
  while (pos < title.size()) {
    size_t end = title.find(' ', pos);
    if (end == std::string_view::npos) end = title.size();
    std::string_view w = title.substr(pos, end - pos);
    pos = end + 1;
    if (w.empty()) continue;
    const bool comma = w.back() == ',';
    if (comma) w.remove_suffix(1);
    if (!(w[0] >= 'A' && w[0] <= 'Z')) {
      if (first.empty()) continue;
      break;
    }
    if (first.empty()) first = w;
    last = w;
    if (comma) break;
  }
  for (const BlocOffice& o : bloc_offices)
    if (first == o.first && last == o.last) return &o;
  return nullptr;
}

struct Candidate {
  std::string name;
  std::vector<std::string> aliases;
  std::string title, organization, country;
  Span span;
  bool full = true;  // false: a lone surname after a title or a form of address
  bool may_create = false;
  bool known_only = false;  // a full form that only mentions a person the text names otherwise
  std::string rule;
};

class PeopleStage final : public Stage {
 public:
  explicit PeopleStage(std::shared_ptr<const Vocab> v) : v_(std::move(v)) {}
  const char* name() const override { return "people"; }
  void run(Doc& doc) const override;

 private:
  // Asked at nearly every token: the tests that turn most tokens away are inline here, the rest
  // of each is in the *_from function. Forced for title_at, which the compiler otherwise leaves
  // a call in a caller this size.
  [[gnu::always_inline]] size_t title_at(const TextView& tv, size_t i) const {
    if (!may_open_title(tv, i)) return 0;
    return title_from(tv, i);
  }
  // Whether a title may open at token i, told from its first bytes before the table is read.
  [[gnu::always_inline]] bool may_open_title(const TextView& tv, size_t i) const {
    return tv.word(i) && v_->may_open(tv.text, tv.toks[i].b, Vocab::kTitleByte) &&
           v_->titles.may_begin(tv.text, tv.toks[i].b);
  }
  // Forced inline as title_at is: asked at nearly every token, where its first tests turn the
  // token away, and left a call otherwise.
  [[gnu::always_inline]] size_t honorific_at(const TextView& tv, size_t i) const {
    if (i >= tv.size() || !v_->may_open(tv.text, tv.toks[i].b, Vocab::kHonorificByte) ||
        !v_->honorifics.may_begin(tv.text, tv.toks[i].b))
      return 0;
    // A form of address in lower case opens with its article ("the Hon", "the Rt Hon"), and a
    // capital follows: "the" before a common word, one of the commonest tokens, is turned away
    // before the table is read.
    if (tv.text[tv.toks[i].b] >= 'a' && tv.text[tv.toks[i].b] <= 'z' && !tv.cap(i + 1)) return 0;
    return honorific_from(tv, i);
  }
  // "Datuk Seri Tengku Zafrul Abdul Aziz, who was recently appointed Minister of International
  // Trade and Industry": the tokens of a relative clause of appointment at i, between a name's
  // comma and the title it gives the person (person_cues.tsv kind "appointed"), or 0.
  size_t appointment_at(const TextView& tv, size_t i) const {
    if (!tv.is(i, "who")) return 0;
    size_t k = i + 1;
    while (k < tv.size() && tv.word(k) && !tv.toks[k].cap && v_->appointed.count(tv.tok(k))) ++k;
    return k > i + 1 && (tv.cap(k) || tv.is(k, "the")) ? k - i : 0;
  }
  // Forced inline: asked twice at nearly every token, and left a call otherwise.
  [[gnu::always_inline]] bool name_tok(const TextView& tv, size_t i) const {
    if (!tv.word(i) || !tv.toks[i].cap || tv.toks[i].digit) return false;
    return name_tok_from(tv, i);
  }
  size_t title_from(const TextView& tv, size_t i) const {
    return title_from(tv, i, v_->titles.match_at(tv.text, tv.toks[i].b, false));
  }
  // The same, given the title table's match at i (first): the tokens of a title at i, and of a
  // plural title at i ("Commissioners", "Trade Ministers"), or 0. Both open with that match, which
  // the caller that asks for both looks up once.
  size_t title_from(const TextView& tv, size_t i, lex::Hit first) const;
  size_t plural_title_from(const TextView& tv, size_t i, lex::Hit first) const;
  // A title at i set off after a name ("…, Minister of Trade", "…, Ruler of Sharjah"): a title, or
  // one that stands only after the name it is said of (titles.tsv kind "appositive": "Ruler",
  // "Amir", "Sultan", which before a capitalized word are part of a name), modifiers before it
  // ("Deputy Ruler"). Tokens it covers, or 0.
  size_t appositive_title_at(const TextView& tv, size_t i) const;
  size_t honorific_from(const TextView& tv, size_t i) const;
  bool name_tok_from(const TextView& tv, size_t i) const;
  bool function_word_in_name(const TextView& tv, size_t i) const;
  // A lower-case role ("minister", "counterpart") at i: tokens it covers, or 0. Asked at every
  // token, so its first tests are inline as title_at's are.
  [[gnu::always_inline]] size_t role_at(const TextView& tv, size_t i) const {
    if (!tv.word(i)) return 0;
    // Most capitalized words follow another word: only one after a sentence's opening mark can
    // be a role capitalized for that reason.
    if (tv.toks[i].cap) return i == tv.first_tok || (i > tv.first_tok && !tv.word(i - 1)) ? opening_role(tv, i) : 0;
    if (tv.toks[i].e - tv.toks[i].b < v_->role_head || !v_->may_open_role(tv.text, tv.toks[i].b)) return 0;
    return role_from(tv, i);
  }
  size_t role_from(const TextView& tv, size_t i) const;
  // "Economist Jane Smith said …": a role capitalized only because it opens a sentence (after a
  // full stop, a dateline's dash, a colon or an opening quote), no title of its own. Tokens it
  // covers, or 0.
  size_t opening_role(const TextView& tv, size_t i) const;
  // Where a lower-case role at i is stated from: before up to three modifiers right before it
  // ("top trade negotiator Jamieson Greer", "lead negotiator"), the first of them capitalized only
  // where it opens the sentence ("Top trade negotiator Jamieson Greer said"); else i.
  size_t role_start(const TextView& tv, size_t i) const;
  // orgs, when given: an all-caps word inside an organization's mention ("WTO") is no family name.
  size_t name_run(const TextView& tv, size_t i, size_t max, const SpanIndex* orgs = nullptr) const;
  // "MUTO Yoji", "AHN Duk-geun": at j, a family name in capitals before a given name in ordinary
  // case, as Japanese and Korean releases write it; no acronym of an organization's mention (orgs).
  // Asked at every token that is no name word: a token not in capitals is turned away inline.
  bool caps_family_name(const TextView& tv, size_t j, const SpanIndex* orgs) const {
    return j < tv.size() && tv.toks[j].allcaps && caps_family_name_from(tv, j, orgs);
  }
  bool caps_family_name_from(const TextView& tv, size_t j, const SpanIndex* orgs) const;
  // Past the forms of address at i, up to three in a row ("HE Sheikh …", "the Hon …"): where the
  // name they stand before begins.
  size_t past_honorifics(const TextView& tv, size_t i) const {
    for (int k = 0; k < 4; ++k) {
      const size_t h = honorific_at(tv, i);
      if (h == 0) break;
      i += h;
      // "Pehin Orang Kaya Laila Setia Bakti Diraja Dato Laila Utama Haji Awang Isa": a conferred
      // title runs on after its first words, up to the name (two capitalized words at least).
      if (tv.word(i - 1) && v_->title_chain.count(tv.tok(i - 1))) i = past_title_chain(tv, i);
    }
    return i;
  }
  // Past the words of a conferred title at i (data/honorific_chain.tsv), when a name of two
  // capitalized words at least follows them; else i.
  // A retired officer's rank among them ("Pehin Datu Lailaraja Major General (Rtd) Dato Paduka
  // Seri Haji Awang Halbi") is passed with the forms of address after it.
  size_t past_title_chain(const TextView& tv, size_t i) const {
    size_t k = i;
    while (k < tv.size() && k < i + 12 && tv.word(k) && tv.toks[k].cap && v_->title_chain.count(tv.tok(k))) ++k;
    if (k == i) return i;
    size_t t = 0;  // the rank's words, capitalized, before "(Rtd)"
    while (t < 3 && tv.word(k + t) && tv.toks[k + t].cap) ++t;
    if (t > 0 && tv.is(k + t, "(") &&
        (tv.is(k + t + 1, "Rtd") || tv.is(k + t + 1, "Retd") || tv.is(k + t + 1, "Retired")) && tv.is(k + t + 2, ")")) {
      size_t r = k + t + 3;
      for (int n = 0; n < 3; ++n) {
        const size_t h = honorific_at(tv, r);
        if (h == 0) break;
        r += h;
      }
      while (r < tv.size() && r < k + 24 && tv.word(r) && tv.toks[r].cap && v_->title_chain.count(tv.tok(r))) ++r;
      if (tv.cap(r) && tv.cap(r + 1)) return r;
    }
    return tv.cap(k) && tv.cap(k + 1) ? k : i;
  }
  // "Lord Johnson of Lainston", "Baroness Gustafsson": a peer's form of address at p, then a
  // surname alone at p + 1, with the peer's territorial designation after it ("of" and up to three
  // capitalized words), is the peer's name as written, the form with it. The end of that name, or
  // 0: before a given name and a surname the form is one of address ("Lord Ian Livingston").
  size_t peer_name_end(const TextView& tv, size_t p, const SpanIndex* orgs) const {
    if (!tv.word(p) || !v_->peers.count(tv.tok(p))) return 0;
    const size_t ns = p + 1;
    if (name_run(tv, ns, 4, orgs) != ns + 1 || tv.toks[ns].allcaps) return 0;
    size_t e = ns + 1;
    if (tv.is(e, "of") && name_tok(tv, e + 1) && !tv.toks[e + 1].allcaps) {
      size_t k = e + 1;
      while (k < e + 4 && name_tok(tv, k) && !tv.toks[k].allcaps) ++k;
      e = k;
    }
    return e;
  }
  // A one-word title at i before a full name, forms of address between ("Senator Don Farrell",
  // "Senator the Hon Don Farrell").
  bool rank_before_name(const TextView& tv, size_t i, const SpanIndex* orgs = nullptr) const {
    // The form of address may open in lower case: "Senator the Hon Don Farrell".
    if (title_at(tv, i) != 1 || (!tv.cap(i + 1) && honorific_at(tv, i + 1) == 0)) return false;
    const size_t h = past_honorifics(tv, i + 1);
    const size_t e = name_run(tv, h, 4, orgs);
    return e >= h + 2 && !tv.possessive(e - 1);
  }
  // "…, Minister of Economy, Trade and Industry and Minister for Economic Cooperation with
  // Russia,": a second title after "and" (two at most) with no name after it is the same
  // person's. The end of the last, from the end te of the first.
  size_t joined_title_end(const TextView& tv, size_t te, const SpanIndex* orgs) const {
    for (int k = 0; k < 2 && tv.is(te, "and") && tv.cap(te + 1); ++k) {
      const size_t t2 = title_at(tv, te + 1);
      if (t2 == 0) break;
      const size_t c2 = std::max(complement(tv, te + 1 + t2, false, orgs), te + 1 + t2);
      if (c2 < tv.size() && tv.word(c2) && tv.toks[c2].cap) break;  // a name follows: another person
      te = c2;
    }
    return te;
  }
  // "Mr. OKANO Masataka, Deputy Minister for Foreign Affairs, and the GCC side by …", "Lee
  // Jae-min, Acting Director-General for FTA Negotiations, and Serbia …": the comma that closes a
  // title set off after a name ends it before "and"; only a serial comma before a last portfolio
  // word ("of Trade, Industry, and Energy") goes on. The end of the title [from, ce).
  size_t before_comma_and(const TextView& tv, size_t from, size_t ce) const {
    for (size_t k = from; k + 2 < ce; ++k)
      if (tv.is(k, ",") && tv.is(k + 1, "and") && v_->titles.match_at(tv.text, tv.toks[k + 2].b, false).id != 1)
        return k;
    return ce;
  }
  // A rank at i ("Senator") before a capitalized word or a form of address: the person's, not
  // part of a title stated before it.
  bool rank_at(const TextView& tv, size_t i) const {
    return tv.word(i) && tv.toks[i].cap && v_->ranks.count(tv.tok(i)) && (tv.cap(i + 1) || honorific_at(tv, i + 1) > 0);
  }
  // lower: the title is written in lower case ("minister of commerce"), and so are its
  // portfolio words.
  // orgs, when given: words of an organization's mention are the complement's ("Chairman of the
  // Board of Directors of the General Authority for Foreign Trade").
  size_t complement(const TextView& tv, size_t i, bool lower = false, const SpanIndex* orgs = nullptr) const;
  // End of the city of up to three words (event_cities.tsv, the longest) that begins at token j,
  // or 0: an envoy's or consul's post ("to Kuala Lumpur", "in Penang").
  size_t city_end(const TextView& tv, size_t j) const {
    for (size_t len = 3; len >= 1; --len)
      if (j + len <= tv.size() && tv.toks[j + len - 1].word && v_->cities.count(tv.slice(j, j + len))) return j + len;
    return 0;
  }
  // A portfolio word written in lower case ("commerce", "foreign affairs").
  bool lower_portfolio(const TextView& tv, size_t j) const;
  void collect(Doc& doc, const SpanIndex& orgs, const TextView& tv, std::vector<Candidate>& out) const;
  // The speakers of a press-conference transcript, named by the label that opens each of their
  // turns ("He Yadong: From October 22 …").
  void speaker_labels(const SpanIndex& orgs, const TextView& tv, std::vector<Candidate>& out) const;
  static void country_after_names(const TextView& tv, std::vector<Candidate>& cands);
  // The full form of a lone surname the text gives elsewhere: given names written right before
  // it ("met Valdis Dombrovskis", "Later, Maroš Šefčovič …") after a lower-case word or a comma.
  // Not at a sentence's start, where any capitalized word may stand before a surname ("Then
  // Dombrovskis said"). Empty when there is none, or more than one.
  std::string full_form_of(const TextView& tv, const SpanIndex& orgs, const std::string& surname) const;
  // orgs: the spans of doc.x.organizations.
  std::string org_near(const Doc& doc, const SpanIndex& orgs, const TextView& tv, size_t from, size_t to,
                       std::string* country) const;
  // doc: the places stage's countries, which tell where an ambiguous form ("Georgia Governor")
  // named no country.
  std::string country_near(const Doc& doc, const TextView& tv, size_t from, size_t to) const;
  // Where a title at i is stated from: before a lower-case qualifier that changes what it says
  // ("former Foreign Affairs Minister", "acting Director"), else i.
  size_t qualified_from(const TextView& tv, size_t i) const {
    return i > tv.first_tok && tv.word(i - 1) && !tv.toks[i - 1].cap && v_->qualifiers.count(tv.tok(i - 1)) ? i - 1 : i;
  }

  std::shared_ptr<const Vocab> v_;
};

size_t PeopleStage::title_from(const TextView& tv, size_t i, lex::Hit first) const {
  size_t j = i;
  bool listed = false;  // portfolio words joined by a comma before
  // "Trade, Industry and Energy 2nd Vice Minister": a portfolio list and its ranks are many words.
  for (int guard = 0; guard < 10 && j < tv.size(); ++guard) {
    lex::Hit h = j == i ? first : v_->titles.match_at(tv.text, tv.toks[j].b, false);
    // "Assistant US Trade Representative", "Deputy U.S. Trade Representative": a country named
    // between a modifier and the rest of the title is part of it.
    if (h.id < 0 && j > i && tv.place[j] >= 0 && !tv.possessive(j)) {
      ++j;
      continue;
    }
    // "Trade and Agriculture Minister", "Trade, Industry and Competition Minister": portfolio
    // words joined by "and" or a comma make one title when another portfolio word follows.
    if (h.id < 0 && j > i && (tv.is(j, "and") || tv.is(j, ",") || tv.is(j, "&")) && j + 1 < tv.size()) {
      // "Trade, Industry, and Energy Minister": a serial comma before the last portfolio word,
      // in a list of three or more ("Agriculture, and European Affairs Minister Paul Duval" after
      // "Commissioner for" is two titles).
      const size_t w = listed && tv.is(j, ",") && tv.is(j + 1, "and") ? j + 2 : j + 1;
      lex::Hit next = w < tv.size() ? v_->titles.match_at(tv.text, tv.toks[w].b, false) : lex::Hit{};
      if (next.id == 1) {
        listed = listed || tv.is(j, ",");
        j = w;
        continue;
      }
    }
    if (h.id < 0) return 0;
    size_t k = j;
    while (k < tv.size() && tv.toks[k].b < h.e) ++k;
    if (h.id == 2 || h.id == 3) return 0;
    if (h.id == 0) {
      // A modifier may also be a head ("Executive"); prefer the longest title.
      while (k < tv.size()) {
        lex::Hit h2 = v_->titles.match_at(tv.text, tv.toks[k].b, false);
        if (h2.id != 0) break;
        // "Foreign Minister Senator Penny Wong": a rank before a name is the person's form of
        // address, no part of the title before it.
        if (rank_at(tv, k)) break;
        while (k < tv.size() && tv.toks[k].b < h2.e) ++k;
      }
      // "Chief Negotiators", "Senior Officials": a head before a title's plural opens a plural
      // title, which stands before no one name.
      if (k < tv.size() && tv.word(k) && tv.tok(k).ends_with('s') && v_->plural_titles.count(tv.tok(k))) return 0;
      return k - i;
    }
    j = k;
  }
  return 0;
}

size_t PeopleStage::plural_title_from(const TextView& tv, size_t i, lex::Hit first) const {
  size_t j = i;
  for (int guard = 0; guard < 6 && j < tv.size(); ++guard) {
    lex::Hit h = j == i ? first : v_->titles.match_at(tv.text, tv.toks[j].b, false);
    if (h.id < 0 || h.id == 0 || h.id == 3) return 0;
    size_t k = j;
    while (k < tv.size() && tv.toks[k].b < h.e) ++k;
    if (h.id == 2) return k - i;
    j = k;
  }
  return 0;
}

size_t PeopleStage::appositive_title_at(const TextView& tv, size_t i) const {
  if (const size_t t = title_at(tv, i); t > 0) return t;
  if (!may_open_title(tv, i)) return 0;
  for (size_t j = i; j < tv.size() && j < i + 4;) {
    const lex::Hit h = v_->titles.match_at(tv.text, tv.toks[j].b, false);
    if (h.id != 1 && h.id != 3) return 0;
    size_t k = j;
    while (k < tv.size() && tv.toks[k].b < h.e) ++k;
    // "…, and Sultan Haitham bin Tarik": before a capitalized word it opens the next name.
    if (h.id == 3) return tv.cap(k) ? 0 : k - i;
    j = k;
  }
  return 0;
}

size_t PeopleStage::honorific_from(const TextView& tv, size_t i) const {
  lex::Hit h = v_->honorifics.match_at(tv.text, tv.toks[i].b, false);
  if (h.id < 0) return 0;
  size_t k = i;
  while (k < tv.size() && tv.toks[k].b < h.e) ++k;
  return k - i;
}

size_t PeopleStage::role_from(const TextView& tv, size_t i) const {
  lex::Hit h = v_->roles.match_at(tv.text, tv.toks[i].b, false);
  if (h.id < 0) return 0;
  size_t k = i;
  while (k < tv.toks.size() && tv.toks[k].b < h.e) ++k;
  return k - i;
}

namespace {
// Whether token i opens a sentence: the text's first token, or one after a full stop, a dateline's
// dash, a colon or an opening quote.
bool opens_sentence(const TextView& tv, size_t i) {
  return i == tv.first_tok || (i > tv.first_tok && (tv.is(i - 1, ".") || tv.is(i - 1, "-") ||
                                                     tv.is(i - 1, "\xE2\x80\x93") || tv.is(i - 1, "\xE2\x80\x94") ||
                                                     tv.is(i - 1, ":") || tv.is(i - 1, "\"") || tv.is(i - 1, "\u201c")));
}
}  // namespace

size_t PeopleStage::role_start(const TextView& tv, size_t i) const {
  size_t s = i;
  while (s > tv.first_tok && s + 3 > i && tv.word(s - 1)) {
    const std::string_view w = tv.tok(s - 1);
    if (!tv.toks[s - 1].cap) {
      if (!v_->role_modifiers.count(w)) break;
      --s;
      continue;
    }
    if (tv.toks[s - 1].allcaps || !opens_sentence(tv, s - 1)) break;
    std::string lowered(w);
    lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
    if (v_->role_modifiers.count(lowered)) --s;
    break;
  }
  return s;
}

size_t PeopleStage::opening_role(const TextView& tv, size_t i) const {
  if (!opens_sentence(tv, i)) return 0;
  // The text from the word on with its first letter lowered, in room on the stack: most words
  // that open a sentence begin no role, which the table's two-byte test tells before the title
  // lookup is made.
  const uint32_t b = tv.toks[i].b;
  char buf[48];
  const size_t len = std::min<size_t>(sizeof buf, tv.text.size() - b);
  std::memcpy(buf, tv.text.data() + b, len);
  buf[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(buf[0])));
  const std::string_view lowered(buf, len);
  if (!v_->roles.may_begin(lowered, 0) || title_at(tv, i) > 0) return 0;
  const lex::Hit h = v_->roles.match_at(lowered, 0, false);
  if (h.id < 0) return 0;
  size_t k = i;
  while (k < tv.toks.size() && tv.toks[k].b < b + h.e) ++k;
  return k - i;
}

bool PeopleStage::name_tok_from(const TextView& tv, size_t i) const {
  std::string_view w = tv.tok(i);
  if (tv.toks[i].allcaps) {
    // initials ("JK Kim", "W.") but not acronyms
    if (w.size() == 2 && w[1] == '.') return true;
    return w.size() <= 2 && (name_tok(tv, i + 1) || (tv.is(i + 1, "(") && name_tok(tv, i + 2)));
  }
  if (is_month_or_weekday(w) || tv.place[i] >= 0) return false;
  // "President Trump Restores Section 232 Tariffs": a headline's verb after a name ends it.
  if (tv.in_title && w.size() >= 4 && w.back() == 's' && v_->headline_verbs.count(w)) return false;
  if (v_->title_word(w) && !function_word_in_name(tv, i)) return false;
  if (title_at(tv, i) > 0 || honorific_at(tv, i) > 0) return false;
  return true;
}

// "General Secretary To Lam": a headline's word of grammar, capitalized in the middle of a body's
// sentence right after a title and before a name's word, is the name's first word.
bool PeopleStage::function_word_in_name(const TextView& tv, size_t i) const {
  if (tv.in_title || i <= tv.first_tok || !tv.word(i - 1) || !tv.toks[i - 1].cap || !v_->function_words.count(tv.tok(i)))
    return false;
  bool after_title = false;
  for (size_t back = 1; back <= 3 && back <= i - tv.first_tok && !after_title; ++back)
    after_title = title_from(tv, i - back) == back;
  return after_title && tv.word(i + 1) && tv.toks[i + 1].cap && !v_->function_words.count(tv.tok(i + 1)) &&
         name_tok(tv, i + 1);
}

// ASCII letters only: "SAITO", not "G7" or "U.S.".
bool alpha_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

bool PeopleStage::caps_family_name_from(const TextView& tv, size_t j, const SpanIndex* orgs) const {
  return j + 1 < tv.size() && tv.word(j) && tv.toks[j].allcaps && !tv.toks[j].digit && tv.place[j] < 0 &&
         !tv.possessive(j + 1) && alpha_word(tv.tok(j)) && tv.word(j + 1) && !tv.toks[j + 1].allcaps &&
         name_tok(tv, j + 1) && !(orgs && orgs->covers(tv.toks[j].b, tv.toks[j].e, tv.in_title));
}

// Name tokens from i, with a parenthesized given name inside ("JK (Jung-Kwan) Kim").
size_t PeopleStage::name_run(const TextView& tv, size_t i, size_t max, const SpanIndex* orgs) const {
  size_t j = i, count = 0;
  // "Mr. SAITO Ken", "Minister AHN Duk-geun": Japanese and Korean releases write the family name
  // in capitals before the given name. Only first, after a title or form of address, and only
  // with a given name in ordinary case after it: an acronym stands alone or before a title.
  if (caps_family_name(tv, j, orgs)) {
    ++j;
    ++count;
  }
  // An abbreviated part of a name at k, with its full stop written against it.
  auto abbreviation = [&](size_t k, const WordSet& forms) {
    return k + 1 < tv.size() && tv.word(k) && forms.count(tv.tok(k)) && tv.is(k + 1, ".") &&
           tv.toks[k + 1].b == tv.toks[k].e;
  };
  // "Ma. Cristina Roque": an abbreviated given name with its full stop, before the name's words.
  if (count == 0 && abbreviation(j, v_->given_abbrevs) && name_tok(tv, j + 2)) j += 2;
  // "Faisal bin Thani bin Faisal Al Thani": each particle that joins a father's or forefather's
  // name lets the name run one word longer, up to two.
  size_t joined = 0;
  // "Awang Haji Mohd Juanda Haji Abdul Rashid": a capitalized particle inside the name (a
  // father's "Haji" in a Bruneian name, for "bin") joins its parts as "bin" does, also past the
  // words a name may have otherwise ("Sikh Shamsul Ibrahim Sikh Abdul Majid").
  auto capital_particle = [&](size_t k) {
    return count > 0 && joined < 2 && tv.word(k) && tv.toks[k].cap && v_->particles.count(tv.tok(k)) &&
           name_tok(tv, k) && name_tok(tv, k + 1);
  };
  while (j < tv.size() && (count < max + joined || capital_particle(j))) {
    if (capital_particle(j)) {
      ++j;
      ++joined;
      continue;
    }
    if (name_tok(tv, j)) {
      ++j;
      ++count;
      // "Ferdinand Marcos Jr.": a generational suffix closes the name, its full stop with it.
      if (count > 1 && abbreviation(j, v_->suffix_abbrevs)) return j + 2;
      // "Howard Lutnick III", "Ralph Recto II": so does a generation's number after a full name,
      // the last word of the name's run.
      if (count > 1 && tv.word(j) && v_->regnal.count(tv.tok(j)) && !tv.cap(j + 1)) return j + 1;
      continue;
    }
    // "Abdullah II", "Mohammed VI": a monarch's number after the one given name closes the name.
    if (count == 1 && joined == 0 && tv.word(j) && v_->regnal.count(tv.tok(j))) return j + 1;
    // "Thani bin Ahmed", "von der Leyen": a particle joins two capitalized parts.
    if (count > 0 && tv.word(j) && v_->particles.count(tv.tok(j))) {
      size_t k = j + 1;
      if (k < tv.size() && tv.word(k) && v_->particles.count(tv.tok(k))) ++k;
      // "bin Pehin Datu Perdana Manteri Dato Laila Utama Haji Awang Ibrahim", "bin Tun Abang
      // Haji Openg": the father's forms of address and conferred titles before his name, counted
      // as no words of it.
      size_t past_forms = k;
      for (int f = 0; f < 3; ++f) {
        const size_t h = honorific_at(tv, past_forms);
        if (h == 0) break;
        past_forms += h;
      }
      const size_t chained = past_title_chain(tv, past_forms);
      const size_t chain = chained > past_forms ? chained : past_forms;
      if (chain > k && name_tok(tv, chain)) {
        j = chain;
        joined = 2;
        continue;
      }
      if (name_tok(tv, k)) {
        j = k;
        if (joined < 2) ++joined;
        continue;
      }
    }
    // "Abdel Fattah el-Sissi", "Mohammed Shia al-Sudani": a particle written against the family
    // name with a hyphen, the name capitalized after it.
    if (count > 0 && tv.word(j) && !tv.toks[j].cap) {
      const std::string_view w = tv.tok(j);
      const size_t dash = w.find('-');
      if (dash != std::string_view::npos && dash > 0 && dash + 2 < w.size() && w[dash + 1] >= 'A' &&
          w[dash + 1] <= 'Z' && v_->particles.count(w.substr(0, dash))) {
        ++j;
        ++count;
        continue;
      }
    }
    if (count > 0 && tv.is(j, "(") && name_tok(tv, j + 1) && tv.is(j + 2, ")") && name_tok(tv, j + 3)) {
      j += 3;
      continue;
    }
    break;
  }
  // "Dyah Roro Esti Widya Putri", "Haji Mohd Amin Liew Abdullah": Indonesian and Malay names run
  // to five words. A fifth only when it closes the capitalized run: a sixth capitalized word
  // after it says the run is no one name.
  if (max == 4 && count == max + joined && j + 1 < tv.size() && name_tok(tv, j) && !tv.possessive(j + 1) &&
      !tv.cap(j + 1) && !tv.is(j + 1, "("))
    ++j;
  return j;
}

// Tokens of a title's complement ("for Trade", "of the People's Republic of China", "for Japan,
// Korea, and APEC"): portfolio words, places, acronyms, connectors. Stops at a name word.
bool PeopleStage::lower_portfolio(const TextView& tv, size_t j) const {
  if (!tv.word(j) || tv.toks[j].cap) return false;
  std::string w(tv.tok(j));
  w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return v_->title_word(w);
}

size_t PeopleStage::complement(const TextView& tv, size_t i, bool lower, const SpanIndex* orgs) const {
  // "Secretary of State in charge of Foreign Trade Omar Hejira": French and Spanish titles
  // ("chargé de", "encargado de") carry their portfolio after "in charge of".
  const bool in_charge = tv.is(i, "in") && tv.is(i + 1, "charge") && tv.is(i + 2, "of");
  // "Indonesian Consul General in Penang Wanton Saragih": a consul's post is the city after "in".
  // A city the gazetteer lacks is told from the name by length: of a run of three or four
  // capitalized words after "in", the last two are the name.
  if (i > 0 && tv.is(i, "in") && !in_charge && (tv.is(i - 1, "Consul") || (tv.is(i - 1, "General") && tv.is(i - 2, "Consul")))) {
    if (const size_t m = city_end(tv, i + 1)) return m;
    size_t r = i + 1;
    while (r < tv.size() && r < i + 6 && name_tok(tv, r)) ++r;
    if ((r == i + 4 || r == i + 5) && !tv.possessive(r - 1) && !tv.cap(r)) return r - 2;
    return i;
  }
  // "Minister at the Prime Minister's Office", "Minister in the Prime Minister's Department",
  // "Minister in the President's Office": a post attached to the head of government's office.
  if ((tv.is(i, "at") || tv.is(i, "in")) && tv.is(i + 1, "the")) {
    size_t k = i + 2;
    if (tv.is(k, "Prime") && tv.is(k + 1, "Minister")) k += 2;
    else if (tv.is(k, "President")) k += 1;
    else return i;
    if (tv.possessive(k) && (tv.is(k + 1, "Office") || tv.is(k + 1, "Department"))) return k + 2;
    return i;
  }
  if (!(tv.is(i, "of") || tv.is(i, "for") || tv.is(i, "to") || tv.is(i, "without") || tv.is(i, "responsible") ||
        in_charge))
    return i;
  size_t j = in_charge ? i + 3 : i + 1, end = i;
  size_t before_and = 0;  // the complement's end before its last "and"
  while (j < tv.size()) {
    std::string_view w = tv.tok(j);
    bool part = false;
    // "Federal Minister for Commerce, and GCC Secretary General Jasem …": a title after "and"
    // is the next person's.
    // "Minister for Trade and Tourism Senator Don Farrell", "Minister of Foreign Affairs Senator
    // the Hon …": a one-word rank before a full name ends the portfolio, and the caller gives it
    // to the same person; a portfolio word after "and" stays on the list.
    if (j > i + 1 && tv.word(j) && tv.toks[j].cap) {
      if (rank_before_name(tv, j)) return end > i ? end : i;
      if (before_and && tv.is(j - 1, "and") && v_->title_word(w) && rank_before_name(tv, j + 1)) return j + 1;
    }
    if (before_and && tv.word(j) && tv.toks[j].cap && title_at(tv, j) > 0) return before_and > i ? before_and : i;
    if (w == "and") before_and = end;
    if (honorific_at(tv, j) > 0) break;  // "… for Foreign Trade Dr Thani": the name starts
    // "Ms. Gina Raimondo, Secretary of Commerce, Minister Saito held …": a title after a comma
    // begins the next person's.
    if (w == "," && tv.word(j + 1) && tv.toks[j + 1].cap && title_at(tv, j + 1) > 0) break;
    // "Wang Wentao, Minister of Commerce of China, MUTO Yoji, Minister of …": after a comma, a
    // family name in capitals before a given name begins the next person, no acronym of the post.
    if (w == "," && caps_family_name(tv, j + 1, orgs)) break;
    // "Ambassador to the Kingdom of Saudi Arabia, on Tuesday, January 7": a comma before a
    // lower-case word other than "and" ends the list of portfolios, as a date does.
    if (w == "," && tv.word(j + 1) && !tv.toks[j + 1].cap && !tv.is(j + 1, "and") &&
        !(lower && lower_portfolio(tv, j + 1)))
      break;
    if (tv.word(j) && tv.toks[j].cap && is_month_or_weekday(w)) break;
    // "Minister for Trade and Industry (Industry) S Iswaran": the part of a shared portfolio a
    // minister holds, in parentheses.
    if (w == "(") {
      size_t k = j + 1;
      while (k < tv.size() && k < j + 4 && tv.word(k) && tv.toks[k].cap && v_->title_word(tv.tok(k))) ++k;
      if (k == j + 1 || !tv.is(k, ")")) break;
      j = k + 1;
      end = j;
      continue;
    }
    // "Ambassador to Havana", "Ambassador to Kuala Lumpur": the city an envoy is posted to, of
    // up to three words, right after "to" or "in"; the city a ruler or mayor holds, after "of"
    // ("Ruler of Sharjah", "Mayor of Seoul").
    if (j > i && (tv.is(j - 1, "to") || tv.is(j - 1, "in") || tv.is(j - 1, "of")) && tv.word(j) && tv.toks[j].cap) {
      if (const size_t m = city_end(tv, j)) {
        j = m;
        end = m;
        continue;
      }
    }
    if (tv.word(j)) {
      if (w == "of" || w == "for" || w == "and" || w == "the" || w == "to" || w == "on" || w == "in" ||
          w == "with")
        part = true;
      else if (tv.toks[j].allcaps || tv.toks[j].digit || tv.place[j] >= 0 || (tv.toks[j].cap && !name_tok(tv, j)))
        part = true;
      // A body's word, in lower case too where the body writes itself so ("of the dtic").
      else if (orgs && orgs->covers(tv.toks[j].b, tv.toks[j].e, tv.in_title))
        part = true;
      else if (lower && lower_portfolio(tv, j))
        part = true;
    } else if (w == "," || w == "&" || w == "/" || tv.possessive(j)) {
      part = true;
    }
    if (!part) break;
    ++j;
    if (tv.word(j - 1) && !(w == "and" || w == "the" || w == "of" || w == "for" || w == "to" || w == "on" ||
                            w == "in" || w == "with"))
      end = j;
  }
  return end > i ? end : i;
}

// Past an acronym in parentheses at token k that a title's body carries before the comma that
// sets off the name ("the Undersecretary of International Economic Relations (SUBREI), Claudia
// Sanhueza Riveros,"): the index of that comma, else k.
size_t past_paren_acronym(const TextView& tv, size_t k) {
  if (tv.is(k, "(") && tv.word(k + 1) && tv.toks[k + 1].allcaps && tv.is(k + 2, ")") && tv.is(k + 3, ",")) return k + 3;
  return k;
}

// Where a country qualifying a title at token i may start: two tokens back ("Japan 's Trade
// Minister", "UAE Minister"), never across a full stop that is no part of a name ("… Thailand and
// Vietnam. Trade Minister Yeo" names no Vietnamese minister; "U.S. Trade Representative" does).
size_t title_country_from(const TextView& tv, size_t i) {
  if (i >= 1 && tv.is(i - 1, ".") && !tv.place_entry(i - 1)) return i;
  // "… with the European Union, Chile and Canada, Trade Secretary Roque said": a comma closes the
  // list before the title; the country there qualifies no title.
  if (i >= 1 && tv.is(i - 1, ",")) return i;
  // "… of the Ministry of Trade, Industry and Energy of Korea and Vice-Minister … Matsuo": the
  // country before "and" ends the previous person's description.
  if (i >= 1 && tv.is(i - 1, "and")) return i;
  return i > 2 ? i - 2 : 0;
}

// "Ambassador Saqer Abdullah Almoqbel of Saudi Arabia, said", "chaired by Ambassador Petter
// Ølberg (Norway)": a country named right after a full name, as WTO releases give a chair's, is
// the person's when no title gave one. After "of" the country closes a clause or comes before a
// lower-case word ("of Colombia chaired"), not before more of a name ("of Korea Trade …").
void PeopleStage::country_after_names(const TextView& tv, std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (!c.country.empty() || !c.full) continue;
    const auto it = std::lower_bound(tv.toks.begin(), tv.toks.begin() + static_cast<long>(tv.size()), c.span.end,
                                     [](const lex::Tok& t, uint32_t b) { return t.b < b; });
    const size_t k = static_cast<size_t>(it - tv.toks.begin());
    const bool paren = tv.is(k, "(");
    if (!paren && !tv.is(k, "of")) continue;
    const PlaceEntry* pe = tv.place_entry(k + 1);
    if (!pe || pe->kind != PlaceEntry::Country || pe->adj) continue;
    size_t j = k + 1;
    while (j < tv.size() && tv.place[j] == tv.place[k + 1]) ++j;
    const bool closes = paren ? tv.is(j, ")")
                              : j >= tv.size() || tv.is(j, ",") || tv.is(j, ".") || tv.is(j, ";") || tv.is(j, ")") ||
                                    (tv.word(j) && !tv.toks[j].cap && !tv.possessive(j));
    if (closes) c.country = pe->code;
  }
}

namespace {
// Whether the places stage counted the place at token i as the country `code`.
bool counted(const Doc& doc, const TextView& tv, size_t i, const std::string& code) {
  for (const CodeMention& m : doc.x.countries)
    if (m.code == code)
      for (const Span& sp : m.spans)
        if (sp.in_title == tv.in_title && sp.begin == tv.toks[i].b) return true;
  return false;
}
}  // namespace

std::string PeopleStage::country_near(const Doc& doc, const TextView& tv, size_t from, size_t to) const {
  // "Assistant USTR for Japan, Korea, and APEC", "Ambassador to Japan of Australia", "Special
  // Representative for Economic Cooperation with Japan", "Consul General in Hong Kong": a place
  // after "for", "to", "with" or "in" is what the post deals with or where it sits, not whose
  // officer the person is; one after "of" is that again, as is one that closes the title after a
  // comma ("Minister for Trade and Industry, Singapore"). Only inside the title: the words
  // before it ("met with Philippine Secretary …") are the sentence's.
  bool subject = false, in_title = false;
  for (size_t i = from; i < to && i < tv.size(); ++i) {
    // "… with Japan of the Russian Federation": a place may open with a lower-case article.
    if (tv.word(i) && !tv.toks[i].cap && !tv.place_entry(i)) {
      if (!in_title) continue;
      if (tv.is(i, "for") || tv.is(i, "to") || tv.is(i, "with") || tv.is(i, "in")) subject = true;
      else if (tv.is(i, "of")) subject = false;
      continue;
    }
    if (tv.word(i)) in_title = true;
    const PlaceEntry* e = tv.place_entry(i);
    if (!e || e->kind == PlaceEntry::Block) continue;
    // "Georgia Governor Brian Kemp": a form that is also a first name or a US state names the
    // country only where the places stage counted it.
    if (e->ambiguous && !counted(doc, tv, i, e->code)) continue;
    size_t last = i;
    while (last + 1 < to && tv.place[last + 1] == tv.place[i]) ++last;
    if (!subject || (tv.is(i - 1, ",") && last + 1 == to)) return e->code;
    i = last;  // past the rest of the place's name ("the Republic of Korea"), whose "of" is no title's
  }
  return {};
}

std::string PeopleStage::org_near(const Doc& doc, const SpanIndex& orgs, const TextView& tv, size_t from,
                                  size_t to, std::string* country) const {
  if (from >= to || to > tv.size()) return {};
  const long found = orgs.first_inside(tv.toks[from].b, tv.toks[to - 1].e, tv.in_title);
  if (found < 0) return {};
  const Organization& o = doc.x.organizations[static_cast<size_t>(found)];
  if (country && country->empty()) *country = o.country;
  return o.acronym.empty() ? o.name : o.acronym;
}

void PeopleStage::collect(Doc& doc, const SpanIndex& orgs, const TextView& tv, std::vector<Candidate>& out) const {
  const size_t n = tv.size();
  auto make = [&](size_t s, size_t e, const std::string& rule) {
    Candidate c;
    c.span = tv.span(s, e);
    c.rule = rule;
    // "JK (Jung-Kwan) Kim": name without the parenthesis, aliases with it and in Western order
    std::string name;
    std::string paren;
    for (size_t k = s; k < e; ++k) {
      if (tv.is(k, "(")) {
        paren = std::string(tv.tok(k + 1));
        k += 2;
        continue;
      }
      if (!name.empty() && tv.toks[k].b != tv.toks[k - 1].e) name += ' ';  // "Ma." stays one word
      name += tv.tok(k);
    }
    c.name = name;
    if (!paren.empty()) {
      c.aliases.push_back(std::string(tv.slice(s, e)));
      c.aliases.push_back(paren + " " + std::string(tv.tok(e - 1)));
    }
    c.full = e - s >= 2 || !paren.empty();
    return c;
  };
  size_t i = tv.first_tok;
  while (i < n) {
    // "Argentina's Javier Milei, Uruguay's Yamandú Orsi and Paraguay's Santiago Peña": news copy
    // names a head of government by a country's possessive alone, no title. A full name of two
    // words or more, the whole of the capitalized run there, of no organization's ("Japan's
    // Nippon Steel" where the organizations stage knows it; "South Korea's Samsung Electronics"
    // ends on a portfolio word, no name's). The possessive, a token of its own, turns nearly
    // every token away.
    if (!tv.toks[i].word && i > tv.first_tok && tv.possessive(i) && tv.place[i - 1] >= 0 && tv.cap(i + 1) &&
        honorific_at(tv, i + 1) == 0) {
      const size_t e = name_run(tv, i + 1, 4, &orgs);
      // "on South Korea's Jeju Island": a run that ends in a place's form (org_forms.tsv, venue)
      // names a place.
      // "the EU's Carbon Border Adjustment Mechanism (CBAM)": a run an acronym follows names a
      // scheme or a body, no person.
      const bool acronym_after = tv.is(e, "(") && e + 2 < tv.size() && tv.toks[e + 1].allcaps && tv.is(e + 2, ")");
      if (e >= i + 3 && !tv.cap(e) && !tv.possessive(e) && !tv.toks[i + 1].allcaps && !acronym_after &&
          !v_->venues.count(tv.tok(e - 1)) && !orgs.covers(tv.toks[i + 1].b, tv.toks[e - 1].e, tv.in_title)) {
        Candidate c = make(i + 1, e, "country's possessive before a full name");
        c.country = country_near(doc, tv, i - 1, i);
        c.may_create = true;
        out.push_back(std::move(c));
        i = e;
        continue;
      }
    }
    // "Mary Ng has been Canada's Trade Minister for six years", "Jane Smith is the Minister for
    // Trade": a full name, no title before it, whose verb states its title after it.
    // Asked of every token: the verb two to four tokens on, where a name of two to four words
    // would end, is looked for first, as it turns nearly every token away.
    // The words compared a byte at a time, as the compiler does a fixed-size memcmp: a library
    // call per compare cost more.
    auto states_title = [&](size_t k) {
      if (k >= tv.size() || !tv.toks[k].word || tv.toks[k].cap) return false;
      const char* w = tv.text.data() + tv.toks[k].b;
      switch (tv.toks[k].e - tv.toks[k].b) {
        case 2: return std::memcmp(w, "is", 2) == 0;
        case 3: return std::memcmp(w, "has", 3) == 0 || std::memcmp(w, "had", 3) == 0 || std::memcmp(w, "was", 3) == 0;
        case 6: return std::memcmp(w, "became", 6) == 0;
        case 7: return std::memcmp(w, "remains", 7) == 0;
        default: return false;
      }
    };
    if (tv.cap(i) && (i == 0 || !tv.cap(i - 1)) && (states_title(i + 2) || states_title(i + 3) || states_title(i + 4)) &&
        name_tok(tv, i) && honorific_at(tv, i) == 0) {
      const size_t e = name_run(tv, i, 4, &orgs);
      size_t k = e;
      if (e >= i + 2 && !tv.possessive(e - 1) && !orgs.covers(tv.toks[i].b, tv.toks[e - 1].e, tv.in_title)) {
        if (tv.is(k, "has") || tv.is(k, "had")) k = tv.is(k + 1, "been") ? k + 2 : e;
        else if (tv.is(k, "is") || tv.is(k, "was") || tv.is(k, "became") || tv.is(k, "remains")) ++k;
      }
      if (k > e) {
        const size_t from = k;
        if (tv.is(k, "the")) ++k;
        const size_t p0 = k;
        while (k < n && k < p0 + 4 && tv.place[k] >= 0 && !tv.possessive(k)) ++k;
        k = k > p0 && tv.possessive(k) ? k + 1 : p0;
        if (const size_t t = title_at(tv, k); t > 0) {
          const size_t ce = std::max(complement(tv, k + t, false, &orgs), k + t);
          // A name after the title is that title's ("… is Trade Minister Don Farrell's adviser").
          if (name_run(tv, ce, 4, &orgs) == ce) {
            Candidate c = make(i, e, "name, a verb and its title");
            c.title = std::string(tv.slice(qualified_from(tv, k), ce));
            c.country = country_near(doc, tv, from, ce);
            c.may_create = true;
            out.push_back(std::move(c));
            i = ce;
            continue;
          }
        }
      }
    }
    // Form of address: "Mr. Saito Ken", "The Honourable Mary Ng"
    // "led by Tengku Datuk Seri Utama Zafrul Aziz": a Malay royal prefix before the forms of
    // address heads the name, as after a title.
    const bool royal_head = tv.word(i) && tv.toks[i].cap && v_->royal.count(tv.tok(i)) > 0 && honorific_at(tv, i + 1) > 0;
    if (size_t h = honorific_at(tv, royal_head ? i + 1 : i); h > 0) {
      // "Yang Mulia Dato Paduka Haji Azmi Zaini": forms of address in a row, all before the name.
      h = past_honorifics(tv, royal_head ? i + 1 : i) - i;
      // "YB Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz": the royal prefix may stand after a
      // form of address too, before more of them; it heads the name as it does first.
      size_t royal = royal_head ? i : tv.size();
      if (!royal_head && tv.word(i + h) && tv.toks[i + h].cap && v_->royal.count(tv.tok(i + h)) > 0 &&
          honorific_at(tv, i + h + 1) > 0) {
        royal = i + h;
        h = past_honorifics(tv, i + h + 1) - i;
      }
      size_t e = name_run(tv, i + h, 4, &orgs);
      size_t ns = i + h;
      if (const size_t pe = peer_name_end(tv, ns - 1, &orgs)) {
        --ns;
        e = pe;
      }
      if (e > ns) {
        Candidate c = make(ns, e, ns < i + h ? "peer's form of address and name" : "form of address");
        if (royal < tv.size()) {
          c.name = std::string(tv.tok(royal)) + " " + c.name;
          c.span = tv.span(royal, e);
        }
        // "Assistant Minister for Trade … Mr Coulton represented Australia": a surname after a
        // form of address names a person even when the text gives no fuller form of it.
        // Not a prefix that more forms of address follow ("H.E. Tengku Datuk Seri Utama Zafrul Aziz").
        c.may_create = c.full || (e == i + h + 1 && !tv.toks[i + h].allcaps && honorific_at(tv, e) == 0);
        // "Ms Sarah Jones MP, Minister for Industry", "Ms Jan Adams AO PSM, Secretary of …": letters
        // after the name (a member's "MP", honours) stand between it and the comma before the title.
        size_t pe = e;
        {
          size_t k = e;
          while (k < e + 3 && tv.word(k) && tv.toks[k].allcaps && tv.tok(k).size() <= 3 && tv.place[k] < 0 &&
                 !orgs.covers(tv.toks[k].b, tv.toks[k].e, tv.in_title))
            ++k;
          if (k > e && tv.is(k, ",")) pe = k;
        }
        // "Mr. Justin Hayhurst, Ambassador to Japan of Australia", "Dr. Gohar Ejaz, Pakistan's
        // Federal Minister for Commerce", "Mr Neil Crompton, the United Kingdom's Ambassador"
        const size_t lead = tv.is(pe, ",") ? appointment_at(tv, pe + 1) : 0;
        size_t ts = pe + 1 + lead;
        if (tv.is(pe, ",")) {
          if (tv.is(ts, "the")) ++ts;
          size_t p = ts;
          while (p < n && p < ts + 6 && tv.place[p] >= 0 && !tv.possessive(p)) ++p;
          if (p > ts && tv.possessive(p)) ts = p + 1;
          // "Dr. Thani Al Zeyoudi, UAE Minister of State for Foreign Trade", "Dr. Mary Ng, Canadian
          // Minister of International Trade": a country's name or adjective before the title
          // says whose it is, as before a name; the title starts after it.
          else if (p > ts && appositive_title_at(tv, p) > 0) ts = p;
          // "His Royal Highness Prince Salman …, the Crown Prince and Prime Minister,": the article
          // before a title is no part of it.
          else if (!(tv.is(pe + 1 + lead, "the") && appositive_title_at(tv, pe + 2 + lead) > 0)) ts = pe + 1 + lead;
        }
        // "Smt. Nirmala Sitharaman, Union Minister of Finance": India's "Union" (the central
        // government) before the title is left out of it, as before a name.
        if (tv.is(pe, ",") && tv.is(ts, "Union") && title_at(tv, ts + 1) > 0) ++ts;
        if (const size_t t = tv.is(pe, ",") ? appositive_title_at(tv, ts) : 0; t > 0) {
          size_t ce = joined_title_end(tv, std::max(complement(tv, ts + t, false, &orgs), ts + t), &orgs);
          ce = before_comma_and(tv, ts + t, ce);
          c.title = std::string(tv.slice(ts, ce));
          c.country = country_near(doc, tv, pe + 1, ce);
          // "Mr. Darpan Jain, Joint Secretary in the Department of Commerce", "Ms. Jane Smith,
          // Director of the Office of Trade Negotiations": the body in the title, or right after
          // it within the sentence, is the person's.
          c.organization = org_near(doc, orgs, tv, ts, ce, &c.country);
          if (c.organization.empty() && (tv.is(ce, "at") || tv.is(ce, "in") || tv.is(ce, "of"))) {
            size_t oend = ce + 1;
            while (oend < std::min(n, ce + 14) && !tv.is(oend, ".") && !tv.is(oend, ",")) ++oend;
            c.organization = org_near(doc, orgs, tv, ce + 1, oend, &c.country);
          }
        } else if (tv.is(pe, ",") && role_at(tv, ts) > 0) {
          // "Mr Chen Deming, minister of commerce of the People's Republic of China"
          size_t t = role_at(tv, ts);
          size_t ce = complement(tv, ts + t, true);
          c.title = std::string(tv.slice(ts, ce > ts + t ? ce : ts + t));
          c.country = country_near(doc, tv, pe + 1, std::max(ce, ts + t));
        } else if (tv.is(e, "of") && e + 1 < n) {
          // "Dr. Surabhi Ahluwalia of the Directorate General of Foreign Trade (DGFT)": a body
          // named right after the name, "of" between, is the person's.
          const size_t os = tv.is(e + 1, "the") ? e + 2 : e + 1;
          if (os < n) {
            const long found = orgs.first_inside(tv.toks[os].b, tv.toks[std::min(n, os + 14) - 1].e, tv.in_title);
            if (found >= 0) {
              const Organization& o = doc.x.organizations[static_cast<size_t>(found)];
              const bool opens_here = std::any_of(o.spans.begin(), o.spans.end(), [&](const Span& sp) {
                return sp.in_title == tv.in_title && sp.begin == tv.toks[os].b;
              });
              if (opens_here) {
                c.organization = o.acronym.empty() ? o.name : o.acronym;
                if (c.country.empty()) c.country = o.country;
              }
            }
          }
        }
        out.push_back(std::move(c));
        i = e;
        continue;
      }
    }
    // "Tengku Zafrul said …" after "Minister Tengku Zafrul Aziz": a Malay royal prefix opens a
    // name as a form of address does, and is its first word; not one inside a name begun before
    // it, a father's ("Zafrul Tengku Abdul Aziz"), nor one of an organization's name. With no title
    // it only mentions a person the text names otherwise: royal names also name hospitals, chairs
    // and universities ("Tengku Ampuan Rahimah Hospital").
    if (tv.word(i) && tv.toks[i].cap && v_->royal.count(tv.tok(i)) && !(i > tv.first_tok && name_tok(tv, i - 1))) {
      const size_t e = name_run(tv, i + 1, 4, &orgs);
      if (e > i + 1 && !orgs.covers(tv.toks[i].b, tv.toks[e - 1].e, tv.in_title)) {
        Candidate c = make(i, e, "royal prefix before the name");
        c.known_only = true;
        out.push_back(std::move(c));
        i = e;
        continue;
      }
    }
    // A lower-case role of news copy right before a full name: "trade minister Don Farrell",
    // "his Turkish counterpart Binali Yildirim". A lone capitalized word after it is too weak
    // ("the minister Monday", "counterpart Japan"). A sentence's first word is capitalized
    // whatever it is: "Economist Jane Smith said" has the role too, when the word is no title
    // of its own and the name no organization's.
    const size_t r = role_at(tv, i);
    const bool opening = r > 0 && tv.toks[i].cap;
    if (r > 0) {
      size_t ns = i + r;
      ns += honorific_at(tv, ns);
      size_t e = name_run(tv, ns, 4, &orgs);
      if (opening && e > ns && orgs.covers(tv.toks[ns].b, tv.toks[e - 1].e, tv.in_title)) e = ns;
      // "the state minister for foreign affairs, Henry Okello Oryem, said": the role and its
      // portfolio, then the name set off by commas.
      size_t title_end = i + r;
      if (!opening && e < ns + 2) {
        const size_t ce = complement(tv, i + r, true, &orgs);
        const size_t comma = ce > i + r ? past_paren_acronym(tv, ce) : ce;
        if (tv.is(comma, ",")) {
          const size_t e2 = name_run(tv, comma + 1, 4, &orgs);
          // After a verb of saying the name may close the sentence: "…, said the executive
          // secretary of Camex, Márcio Elias Rosa."
          const bool attributed = i >= 2 && tv.is(i - 1, "the") &&
                                  (tv.is(i - 2, "said") || tv.is(i - 2, "says") || tv.is(i - 2, "added"));
          if (e2 >= comma + 3 && (tv.is(e2, ",") || (attributed && tv.is(e2, ".") && (e2 + 1 >= n || tv.cap(e2 + 1)))) &&
              !orgs.covers(tv.toks[comma + 1].b, tv.toks[e2 - 1].e, tv.in_title)) {
            ns = comma + 1;
            e = e2;
            title_end = ce;
          }
        }
      }
      if (e >= ns + 2 && !tv.possessive(e - 1)) {
        Candidate c = make(ns, e, title_end > i + r ? "role and portfolio before the name" : "role before the name");
        // "top trade negotiator Jamieson Greer": the modifiers before the role are the title's.
        const size_t rs = opening ? i : role_start(tv, i);
        c.title = std::string(tv.slice(qualified_from(tv, rs), title_end));
        c.country = country_near(doc, tv, title_country_from(tv, rs), title_end);
        // "United Overseas Bank economist Julia Goh": the body named right before a role is the
        // person's employer.
        // Its acronym in parentheses may close the name: "the Malaysia External Trade Development
        // Corporation (MATRADE) chief executive officer Mohd Mustafa Abdul Aziz".
        // "Eurofer chief economist …": before the role's modifiers. "The Department for Business
        // and Trade's chief trade negotiation adviser, Crawford Falconer": the body may own the role.
        // "National Association of Manufacturers president Jay Timmons": "of" and "for" join a
        // body's words with no possessive too; "and" only with one, since "Samsung and LG chief
        // executive …" names two bodies.
        const size_t rb = rs >= 2 && tv.possessive(rs - 1) && !tv.toks[rs - 1].word ? rs - 1 : rs;
        if (rb >= 1 && (tv.cap(rb - 1) || tv.is(rb - 1, ")"))) {
          size_t s = rb;
          while (s > tv.first_tok && (tv.cap(s - 1) || tv.is(s - 1, "&") || tv.is(s - 1, "(") || tv.is(s - 1, ")") ||
                                      (tv.word(s - 1) && tv.toks[s - 1].allcaps) ||
                                      (s - 1 > tv.first_tok && tv.word(s - 1) && !tv.toks[s - 1].cap &&
                                       ((rb < rs && tv.is(s - 1, "and")) || tv.is(s - 1, "for") || tv.is(s - 1, "of")) &&
                                       tv.cap(s - 2))))
            --s;
          c.organization = org_near(doc, orgs, tv, s, rb, &c.country);
        }
        // "the director of the Department of Foreign Trade Statistics, Herlon Brandão": the body
        // of the portfolio.
        if (c.organization.empty() && title_end > i + r)
          c.organization = org_near(doc, orgs, tv, i + r, ns - 1, &c.country);
        c.may_create = true;
        out.push_back(std::move(c));
        i = e;
        continue;
      }
    }
    // A plural title before a list of full names: "Commissioners David S. Johanson, Rhonda K.
    // Schmidtlein and Amy A. Karpel voted". Two names at least, each of two words or more: one
    // name alone after a plural is none ("Trade Ministers Meeting Statement").
    // A plural title and a title at i both open with the title table's match there, looked up
    // once for both. A plural title opens with a capital ("Commissioners", "Trade Ministers").
    lex::Hit first;
    if (may_open_title(tv, i)) first = v_->titles.match_at(tv.text, tv.toks[i].b, false);
    if (size_t pt = first.id >= 0 && tv.toks[i].cap ? plural_title_from(tv, i, first) : 0; pt > 0) {
      std::vector<std::pair<size_t, size_t>> names;
      size_t ns = i + pt;
      while (ns < n) {
        const size_t e = name_run(tv, ns, 4, &orgs);
        if (e < ns + 2 || tv.possessive(e - 1)) break;
        names.emplace_back(ns, e);
        if (tv.is(e, ",") && tv.is(e + 1, "and")) ns = e + 2;
        else if (tv.is(e, ",") || tv.is(e, "and")) ns = e + 1;
        else break;
      }
      if (names.size() >= 2) {
        // Each holds the title in the singular ("Commissioner").
        std::string title(tv.slice(i, i + pt));
        if (title.ends_with("s")) title.pop_back();
        for (const auto& [b, e] : names) {
          Candidate c = make(b, e, "plural title before a list of names");
          c.title = title;
          c.country = country_near(doc, tv, title_country_from(tv, i), i + pt);
          c.may_create = true;
          out.push_back(std::move(c));
        }
        i = names.back().second;
        continue;
      }
    }
    // "The Ruler of Sharjah, His Highness Sheikh Dr. Sultan bin Muhammad Al Qasimi,", "the Amir of
    // Qatar, HH Sheikh Tamim …": a title said only after a name (titles.tsv, "appositive") stands
    // before one too, after its article, when its complement and a comma lead to forms of address.
    if (i > tv.first_tok && (tv.is(i - 1, "the") || tv.is(i - 1, "The")) && first.id == 3) {
      const size_t t = appositive_title_at(tv, i);
      const size_t ce = t > 0 ? complement(tv, i + t, false, &orgs) : i;
      if (ce > i + t && tv.is(ce, ",") && honorific_at(tv, ce + 1) > 0) {
        const size_t ns = past_honorifics(tv, ce + 1);
        const size_t e = name_run(tv, ns, 4, &orgs);
        if (e >= ns + 2 && !tv.possessive(e - 1)) {
          Candidate c = make(ns, e, "appositive title, a comma and a form of address before the name");
          c.title = std::string(tv.slice(i, ce));
          c.country = country_near(doc, tv, i, ce);
          c.may_create = true;
          out.push_back(std::move(c));
          i = e;
          continue;
        }
      }
    }
    // Title before the name: "Deputy Minister for Trade Park Jung-sung", "ISO President Cho Sung Hwan"
    // "Ministry of Commerce spokesperson He Yadong": a title read from a body's last word on past
    // the body's end ("Commerce spokesperson") is none; the title opens after the body, whose
    // officer the person is. One inside the body's name stays ("United States Trade Representative
    // Jamieson Greer").
    // "USTR Chief of Staff Jamieson Greer": the title is "Chief of Staff", of USTR.
    size_t t = first.id >= 0 ? title_from(tv, i, first) : 0;
    bool after_body = false;
    if (t > 0 && orgs.covers(tv.toks[i].b, tv.toks[i].e, tv.in_title) &&
        !orgs.covers(tv.toks[i].b, tv.toks[i + t - 1].e, tv.in_title)) {
      size_t k = i + 1;
      while (k < i + t && orgs.covers(tv.toks[k].b, tv.toks[k].e, tv.in_title)) ++k;
      const size_t t2 = k < i + t ? title_at(tv, k) : 0;
      after_body = t2 > 0;
      if (after_body) i = k;
      t = t2;
    }
    if (t > 0 && (after_body || i == 0 || !tv.word(i - 1) || title_at(tv, i - 1) == 0)) {
      size_t ce = complement(tv, i + t, false, &orgs);
      bool merged_lone = false;  // two titles joined by "and" before a lone surname
      // "Vice President and Minister Geraldo Alckmin", "Minister of Commerce and Chairman of the
      // Board … Dr. Majid …": titles joined by "and" with no name between are one person's, when a
      // full name follows the last of them ("Ambassador Tai and Minister Anh" are two people).
      // "Deputy Prime Minister - Minister of Trade and Integration Serik Zhumangarin": Central Asian
      // releases join a person's two posts with a dash as well.
      const auto joins = [&](size_t a) {
        return tv.is(a, "and") || ((tv.is(a, "-") || tv.is(a, "–") || tv.is(a, "—")) && tv.toks[a].b > tv.toks[a - 1].e);
      };
      for (size_t a = std::max(ce, i + t), k = 0; k < 2 && joins(a) && tv.cap(a + 1); ++k) {
        const size_t t2 = title_at(tv, a + 1);
        if (t2 == 0) break;
        // "Minister for Trade and Tourism Senator the Hon Don Farrell": after a portfolio, a
        // portfolio word before "and" goes on the list, and opens no second title.
        if (a > i + t && v_->title_word(tv.tok(a + 1)) && v_->titles.match_at(tv.text, tv.toks[a + 1].b, false).id != 0)
          break;
        const size_t c2 = std::max(complement(tv, a + 1 + t2, false, &orgs), a + 1 + t2);
        // "Minister of Development, Industry, Trade and Services and Vice President, Geraldo
        // Alckmin": the name may stand after a comma too.
        const size_t ns2 = past_honorifics(tv, tv.is(c2, ",") ? c2 + 1 : c2);
        const size_t e2 = name_run(tv, ns2, 4, &orgs);
        if (e2 >= ns2 + 2 && !tv.possessive(e2 - 1)) {
          ce = c2;
          break;
        }
        // "Executive Vice-President and Trade Commissioner Dombrovskis": a lone surname after a last
        // title with no portfolio of its own is a name as it would be after that title alone.
        // Not after an article ("the President and Prime Minister Modi" are two).
        if (e2 == ns2 + 1 && c2 == a + 1 + t2 && ns2 == c2 && !tv.possessive(ns2) && !tv.toks[ns2].allcaps &&
            !tv.cap(e2) && !(i > 0 && tv.is(i - 1, "the"))) {
          ce = c2;
          merged_lone = true;
          break;
        }
        a = c2;
      }
      size_t ns = ce > i + t ? past_paren_acronym(tv, ce) : ce;
      // "Dr. Thani bin Ahmed Al Zeyoudi, UAE Minister of State for Foreign Trade, Ms. Ngozi
      // Okonjo-Iweala, Director-General of the WTO": a title set off by commas right after a
      // capitalized name is that name's; it does not reach past its comma to the next one.
      size_t from = qualified_from(tv, i);
      if (from > tv.first_tok && tv.place_entry(from - 1) && tv.toks[from - 1].cap) --from;
      const bool appositive = from >= tv.first_tok + 2 && tv.is(from - 1, ",") && tv.word(from - 2) &&
                              tv.toks[from - 2].cap && !tv.place_entry(from - 2) && title_at(tv, from - 2) == 0;
      if (appositive && tv.is(ns, ",")) {
        i = ce > i + t ? ce - 1 : i + t - 1;
        continue;
      }
      if (tv.is(ns, ",") && ce > i + t) {
        ++ns;
        // "Minister for Trade and Tourism, Senator the Hon Don Farrell": a rank before a form of
        // address belongs to the same person, whose title is the one stated first.
        if (size_t t2 = title_at(tv, ns); t2 > 0 && honorific_at(tv, ns + t2) > 0) ns += t2;
      } else if (tv.is(ns, ",") && ce == i + t) {
        // "the Swiss Ambassador, Hans-Ruedi Bortis, and the Norwegian Ambassador, Halvor Saetre,":
        // a full name set off by commas right after a bare title is the title's.
        // "The AfCFTA Secretary-General, Mr Wamkele Mene, also attended": a form of address may
        // open the name.
        const size_t h2 = past_honorifics(tv, ns + 1);
        const size_t e2 = name_run(tv, h2, 4, &orgs);
        if (e2 >= h2 + 2 && tv.is(e2, ",") && !tv.possessive(e2 - 1)) ++ns;
      } else if (ce > i + t && rank_before_name(tv, ns, &orgs)) {
        // "Minister for Trade and Tourism Senator Don Farrell": a one-word rank right after a
        // portfolio, before a full name, is the same person's, whose title is the one stated
        // first; without it the rank would take the portfolio as its qualifiers.
        ++ns;
      } else if (ce == i + t && rank_at(tv, ns)) {
        // "Foreign Minister Senator Penny Wong", "Trade Minister Senator Farrell": the rank the
        // title stopped at is the same person's.
        ++ns;
      }
      // "Minister Shri Piyush Goyal", "Minister … Dr Thani …", and forms of address in a row:
      // "Minister of Commerce and Industry HE Sheikh Faisal …".
      const size_t forms_from = ns;
      ns = past_honorifics(tv, ns);
      // "Minister … Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz": a Malay royal prefix heads
      // the name; the honorifics between it and the given name are no part of it.
      size_t royal = tv.size();
      if (tv.word(ns) && v_->royal.count(tv.tok(ns)) > 0)
        if (const size_t h = honorific_at(tv, ns + 1); h > 0) {
          royal = ns;
          ns += 1 + h;
        }
      size_t e = name_run(tv, ns, 4, &orgs);
      // "Minister for Trade Policy Lord Johnson of Lainston": a peer's form and name.
      if (ns > forms_from && royal == tv.size())
        if (const size_t pe = peer_name_end(tv, ns - 1, &orgs)) {
          --ns;
          e = pe;
        }
      // "President von der Leyen": a family name that opens with its particles, after a title with
      // no portfolio, is the person's surname alone.
      bool particle_surname = false;
      if (e == ns && ce == i + t && tv.word(ns) && !tv.toks[ns].cap && v_->particles.count(tv.tok(ns))) {
        size_t k = ns + 1;
        if (tv.word(k) && !tv.toks[k].cap && v_->particles.count(tv.tok(k))) ++k;
        if (name_tok(tv, k) && name_run(tv, k, 4, &orgs) == k + 1) {
          e = k + 1;
          particle_surname = true;
        }
      }
      // "… Industry, and Tourism German Umaña": a lone name takes the adjective before it
      size_t title_end = ce > i + t ? ce : i + t;
      if (e == ns + 1 && ce > i + t && ns == ce && tv.place_adj(ns - 1) && tv.toks[ns - 1].cap &&
          !tv.possessive(ns)) {
        --ns;
        title_end = ns;  // the adjective is the name's, not the title's
      }
      bool after_complement = ce > i + t;
      // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita,
      // said": one word after a portfolio, then a full name set off by a comma, is a portfolio
      // word the lists lack; the name after the comma is the title's.
      if (after_complement && e == ce + 1 && ns + 2 >= e && tv.is(e, ",") && !tv.possessive(ns)) {
        const size_t ns2 = past_honorifics(tv, e + 1);
        const size_t e2 = name_run(tv, ns2, 4, &orgs);
        // A list of people goes on with "and": "Minister for Trade and Tourism Farrell, Penny Wong
        // and …" names three.
        if (e2 >= ns2 + 2 && !tv.possessive(e2 - 1) &&
            (tv.is(e2, ",") || (tv.word(e2) && !tv.toks[e2].cap && !tv.is(e2, "and") && !tv.is(e2, "or"))) &&
            !orgs.covers(tv.toks[ns2].b, tv.toks[e2 - 1].e, tv.in_title)) {
          title_end = e;
          ns = ns2;
          e = e2;
        }
      }
      // "at the Queen Sirikit National Convention Center", "King Abdulaziz International Airport":
      // a title and a name that capitalized words ending in a place's form go on to name a place.
      bool venue = false;
      for (size_t k = e; k < e + 4 && tv.cap(k) && !venue; ++k) venue = v_->venues.count(tv.tok(k)) > 0;
      // "Commissioner for Trade and Economic Security Šefčovič": one word after a portfolio may be
      // a portfolio word the lists lack; it is a surname only of a person the release names
      // otherwise, never a person of its own.
      const bool lone_after_complement = after_complement && ns == ce && e == ns + 1 && !tv.toks[ns].allcaps && !tv.cap(e);
      if (e > ns && !venue && !tv.possessive(e - 1) && (e - ns >= 2 || !after_complement || lone_after_complement)) {
        Candidate c = make(ns, e, "title before the name");
        if (particle_surname) c.full = false;
        if (royal < ns) {
          c.name = std::string(tv.tok(royal)) + " " + c.name;
          c.span = tv.span(royal, e);
        }
        c.title = std::string(tv.slice(qualified_from(tv, i), title_end));
        c.country = country_near(doc, tv, title_country_from(tv, i), title_end);
        // "Senator the Hon Don Farrell, Minister for Trade and Tourism": a rank before the name is
        // the form of address; the title stated after the comma is the person's.
        if (title_end == i + 1 && rank_at(tv, i) && tv.is(e, ",")) {
          if (const size_t t2 = title_at(tv, e + 1); t2 > 0) {
            const size_t ce2 = std::max(complement(tv, e + 1 + t2, false, &orgs), e + 1 + t2);
            c.title = std::string(tv.slice(e + 1, ce2));
            if (c.country.empty()) c.country = country_near(doc, tv, e + 1, ce2);
          }
        }
        // "(KATS, President Kim Dae-ja)", "KATS President Kim Dae-ja", "Minister … of MOTIR"
        if (after_body) {
          // The body the title was read from, which ends right before it.
          for (const Organization& o : doc.x.organizations)
            if (c.organization.empty() && std::any_of(o.spans.begin(), o.spans.end(), [&](const Span& sp) {
                  return sp.in_title == tv.in_title && sp.end == tv.toks[i - 1].e;
                })) {
              c.organization = o.acronym.empty() ? o.name : o.acronym;
              if (c.country.empty()) c.country = o.country;
            }
        } else if (i >= 3 && tv.is(i - 1, ",") && tv.is(i - 3, "(")) {
          c.organization = org_near(doc, orgs, tv, i - 2, i - 1, &c.country);
        } else if (i >= 1 && (tv.word(i - 1) || tv.is(i - 1, ")"))) {
          // "Turkish Exporters Assembly (TIM) Chairman Mustafa Gültepe": the acronym may close
          // the body's name.
          size_t s = i;
          while (s > tv.first_tok && (tv.cap(s - 1) || tv.is(s - 1, "&") || tv.is(s - 1, "(") || tv.is(s - 1, ")") ||
                                      (tv.word(s - 1) && tv.toks[s - 1].allcaps)))
            --s;
          c.organization = org_near(doc, orgs, tv, s, i, &c.country);
        }
        if (c.organization.empty() && (tv.is(e, "of") || tv.is(e, "at")))
          c.organization = org_near(doc, orgs, tv, e + 1, std::min(n, e + 14), &c.country);
        // "Minister of Economy (MINECO), …": the acronym after the portfolio is its body's.
        if (c.organization.empty() && after_complement)
          c.organization = org_near(doc, orgs, tv, i + t, past_paren_acronym(tv, ce), &c.country);
        // "USTR Chief of Staff Jamieson Greer", "Assistant USTR for Japan …", "European Commission
        // President Ursula von der Leyen": a body named in the title's own words is the person's.
        if (c.organization.empty()) c.organization = org_near(doc, orgs, tv, i, i + t, &c.country);
        // "Indonesian Ambassador to Malaysia Hermono said": after a portfolio that closes on a
        // place, no portfolio word the lists lack can stand; a lone word there before a verb or a
        // comma is a person known by one name, as many Indonesians are.
        const bool mononym = lone_after_complement && tv.place[ns - 1] >= 0 && !tv.possessive(ns - 1) &&
                             !orgs.covers(tv.toks[ns].b, tv.toks[ns].e, tv.in_title) &&
                             (tv.is(e, ",") || (tv.word(e) && !tv.toks[e].cap));
        c.may_create = e - ns >= 2 || !after_complement || merged_lone || mononym;
        out.push_back(std::move(c));
        i = e;
        continue;
      }
      // "the Minister of State for Economy, Industry, Climate Protection and Energy of North
      // Rhine-Westphalia, HE Paul Frederic Holler": words of a portfolio or a place the lists do
      // not know, then a comma and a form of address before the name, say whose title it is. Only
      // capitalized words, places and connectors between: a verb or another title ends the title.
      {
        size_t k = title_end;
        const size_t limit = std::min(n, k + 14);
        while (k < limit && !(tv.is(k, ",") && honorific_at(tv, k + 1) > 0)) {
          const bool part = (tv.cap(k) && !is_month_or_weekday(tv.tok(k)) && title_at(tv, k) == 0 &&
                             honorific_at(tv, k) == 0) ||
                            tv.place[k] >= 0 || tv.possessive(k) || tv.is(k, "of") || tv.is(k, "for") ||
                            tv.is(k, "and") || tv.is(k, "the") || tv.is(k, "-") || (tv.is(k, ",") && tv.cap(k + 1));
          if (!part) break;
          ++k;
        }
        // "Minister of Primary Resources and Tourism Yang Berhormat Dato Seri Setia Haji Abdul Manaf
        // Haji Metussin": with no comma, a form of address right after such words opens the name.
        // Not after "and" ("Vice Minister of Trade of Indonesia and Hon Phil Twyford, Minister …"
        // joins a second person).
        if (k > title_end && k < limit && (tv.is(k, ",") || (tv.cap(k - 1) && honorific_at(tv, k) > 0))) {
          const size_t ns2 = past_honorifics(tv, tv.is(k, ",") ? k + 1 : k);
          const size_t e2 = name_run(tv, ns2, 4, &orgs);
          if (e2 >= ns2 + 2 && !tv.possessive(e2 - 1)) {
            Candidate c = make(ns2, e2, "title, a comma and a form of address before the name");
            c.title = std::string(tv.slice(qualified_from(tv, i), k));
            c.country = country_near(doc, tv, title_country_from(tv, i), k);
            c.organization = org_near(doc, orgs, tv, i + t, k, &c.country);
            c.may_create = true;
            out.push_back(std::move(c));
            i = e2;
            continue;
          }
        }
      }
      i += t;
      continue;
    }
    // Name, then its title: "Park Jung-sung, Deputy Minister for Trade at …", "MUTO Yoji, Minister of
    // Economy, Trade and Industry of Japan". Capitalized words
    // after "in" or "at" are a place ("at the Council meeting in St. Petersburg, Russian Economic
    // Development Minister Maxim Reshetnikov said"), also where the sentence opens with it ("In New
    // Delhi, Minister Farrell will …"), and so is a known city (event_cities.tsv).
    if ((name_tok(tv, i) || caps_family_name(tv, i, &orgs)) && (i == tv.first_tok || !name_tok(tv, i - 1)) &&
        !(i > 0 && (tv.is(i - 1, "in") || tv.is(i - 1, "at") || tv.is(i - 1, "In") || tv.is(i - 1, "At")))) {
      size_t e = name_run(tv, i, 4);
      if (e - i >= 2 && tv.is(e, ",") && !(i > 0 && title_at(tv, i - 1) > 0) && !v_->cities.count(tv.slice(i, e))) {
        size_t j = e + 1;
        j += appointment_at(tv, j);
        size_t limit = std::min(n, j + 10);
        size_t t = 0;
        // "Piyush Goyal, India's trade minister, said": a lower-case role of news copy serves too
        // when the appositive ends there.
        bool lower_role = false;
        while (j < limit) {
          if ((t = appositive_title_at(tv, j)) > 0) break;
          // "Carsten Brzeski, chief economist at ING": "at" names the employer. "… said Wang Wentao,
          // China's commerce minister.": the appositive may close the sentence.
          if (size_t r = role_at(tv, j);
              r > 0 && (tv.is(j + r, ",") || tv.is(j + r, "of") || tv.is(j + r, "for") || tv.is(j + r, "at") ||
                        (tv.is(j + r, ".") && (j + r + 1 >= n || tv.cap(j + r + 1))))) {
            t = r;
            lower_role = true;
            break;
          }
          std::string_view w = tv.tok(j);
          bool skip = w == "the" || w == "a" || w == "an" || w == "newly" || w == "appointed" || w == "new" ||
                      w == "current" || w == "former" || w == "," || w == "and" || tv.possessive(j) ||
                      tv.place[j] >= 0 || (tv.word(j) && v_->title_word(w)) ||
                      // "Jamieson Greer, the top U.S. trade negotiator, said": the lower-case
                      // modifiers of a role (person_roles.tsv) before it.
                      (tv.word(j) && !tv.toks[j].cap && v_->role_modifiers.count(w));
          if (!skip) break;
          ++j;
        }
        if (t > 0) {
          size_t ce = complement(tv, j + t, lower_role);
          // "Christian Chramer, CEO of the Norwegian Seafood Council": a complement that stops
          // inside an organization's name (at its country adjective) names the person's body, no
          // portfolio: the title ends before "of", and the body is the person's organization.
          for (size_t k = j + t; k < ce; ++k) {
            if (!tv.is(k, "of") && !tv.is(k, "at")) continue;
            const size_t m = tv.is(k + 1, "the") ? k + 2 : k + 1;
            if (m >= ce) break;
            const bool runs_past = std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
              return std::any_of(o.spans.begin(), o.spans.end(), [&](const Span& sp) {
                return sp.in_title == tv.in_title && sp.begin == tv.toks[m].b && sp.end > tv.toks[ce - 1].e;
              });
            });
            if (runs_past) ce = k;
            break;
          }
          ce = before_comma_and(tv, j + t, ce);
          // "Mauro Vieira, and the Minister of Agriculture, Carlos Fávaro, also took part": a title
          // after "and" that a full name follows in apposition is that name's, not the first one's.
          if (std::any_of(tv.toks.begin() + static_cast<long>(e + 1), tv.toks.begin() + static_cast<long>(j),
                          [&](const auto& tk) { return tv.text.substr(tk.b, tk.e - tk.b) == "and"; })) {
            const size_t te = std::max(ce, j + t);
            // The first name, listed with a titled person, is a person too, of no title stated.
            if (tv.is(te, ",") && name_run(tv, te + 1, 4, &orgs) >= te + 3) {
              if (!orgs.covers(tv.toks[i].b, tv.toks[e - 1].e, tv.in_title)) {
                Candidate c = make(i, e, "name listed before a titled name");
                c.may_create = true;
                out.push_back(std::move(c));
              }
              i = j;
              continue;
            }
          }
          size_t ts = e + 1 + appointment_at(tv, e + 1);
          while (ts < j && (tv.is(ts, "the") || tv.is(ts, "a") || tv.is(ts, "an") || tv.place[ts] >= 0 ||
                            tv.possessive(ts) || tv.is(ts, "newly") || tv.is(ts, "appointed")))
            ++ts;
          const size_t tend = joined_title_end(tv, ce > j + t ? ce : j + t, &orgs);
          // "… a review of the Steel Master Plan, Minister Parks Tau said": a title with a full name
          // right after it, no comma between, is that name's; the words before the comma are no
          // person of it.
          if (!lower_role && tend < n && name_run(tv, tend, 4, &orgs) >= tend + 2) {
            i = j;
            continue;
          }
          Candidate c = make(i, e, "name before its title");
          c.title = std::string(tv.slice(ts, tend));
          c.country = country_near(doc, tv, e + 1, tend);
          size_t oe = ce > j + t ? ce : j + t;
          if (tv.is(oe, "at") || tv.is(oe, "of") || tv.is(oe, "(")) {
            // Within the sentence: a body named in the next one is no employer of this person.
            size_t oend = oe + 1;
            while (oend < std::min(n, oe + 14) && !tv.is(oend, ".")) ++oend;
            c.organization = org_near(doc, orgs, tv, oe, oend, &c.country);
          } else if (ce > j + t) {
            c.organization = org_near(doc, orgs, tv, j + t, ce, &c.country);
          }
          // "Jamieson Greer, the USTR Chief of Staff": a body named in the title's own words.
          if (c.organization.empty()) c.organization = org_near(doc, orgs, tv, j, j + t, &c.country);
          c.may_create = true;
          out.push_back(std::move(c));
          // Past the title too: "Damien O'Connor, New Zealand's Minister for Trade, Gan Kim Yong,
          // Singapore's Minister …" — the title stated is O'Connor's, not a title before Gan's name.
          i = oe;
          continue;
        }
      }
      i = e > i ? e : i + 1;
      continue;
    }
    ++i;
  }
}

std::string PeopleStage::full_form_of(const TextView& tv, const SpanIndex& orgs, const std::string& surname) const {
  std::string found;
  for (size_t pos = tv.text.find(surname); pos != std::string_view::npos; pos = tv.text.find(surname, pos + 1)) {
    if (!lex::boundary_before(tv.text, pos) || !lex::boundary_after(tv.text, pos + surname.size())) continue;
    // The surname's token.
    const auto it = std::lower_bound(tv.toks.begin(), tv.toks.end(), static_cast<uint32_t>(pos),
                                     [](const auto& t, uint32_t b) { return t.b < b; });
    if (it == tv.toks.end() || it->b != pos) continue;
    const size_t k = static_cast<size_t>(it - tv.toks.begin());
    size_t j = k;
    while (j > tv.first_tok && j + 3 > k && name_tok(tv, j - 1)) --j;
    if (j == k || j == tv.first_tok) continue;
    if (!(tv.is(j - 1, ",") || (tv.word(j - 1) && !tv.toks[j - 1].cap))) continue;
    if (title_at(tv, j - 1) > 0 || name_run(tv, j, 4, &orgs) != k + 1) continue;
    if (orgs.covers(tv.toks[j].b, tv.toks[k].e, tv.in_title)) continue;
    const std::string full(tv.slice(j, k + 1));
    if (!found.empty() && found != full) return {};
    found = full;
  }
  return found;
}

// Tokens of a name, lower-cased, hyphens kept apart: "Kim Jung-kwan" → kim, jung, kwan.
// Each part is normalized from a view of the name, not copied out byte by byte first; the list
// gets room for all its parts at once (at most one more than the separators), not by doubling.
std::vector<std::string> name_parts(std::string_view name, bool split_hyphen) {
  auto separator = [&](char c) { return c == ' ' || (split_hyphen && c == '-') || c == '(' || c == ')'; };
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(std::count_if(name.begin(), name.end(), separator)) + 1);
  size_t from = 0;  // where the current part begins
  for (size_t k = 0; k <= name.size(); ++k) {
    if (k < name.size() && !separator(name[k])) continue;
    if (k > from) out.push_back(lex::norm_key(name.substr(from, k - from)));
    from = k + 1;
  }
  return out;
}

// What same_person compares of a name, worked out once per name rather than once per pair.
struct NameForms {
  std::string key;                         // norm_key of the whole name
  std::vector<std::string> parts, sorted;  // name_parts(name, false), and the same sorted
  std::vector<std::string> hyphen_parts;   // name_parts(name, true)
  // A name with no hyphen splits at hyphens as it does without: its parts serve for both.
  explicit NameForms(std::string_view name)
      : key(lex::norm_key(name)),
        parts(name_parts(name, false)),
        sorted(parts),
        hyphen_parts(name.find('-') == std::string_view::npos ? parts : name_parts(name, true)) {
    std::sort(sorted.begin(), sorted.end());
  }
};

// x: "JK Kim"; y: "Kim Jung-kwan": x's short part gives the initials of y's parts other than the
// surname they share.
bool initials_match(const NameForms& x, const NameForms& y) {
  const auto& px = x.parts;
  if (px.size() != 2) return false;
  const std::string* ini = nullptr;
  const std::string* sur = nullptr;
  // A part of punctuation alone normalizes to nothing: an empty part is no initials yet.
  for (const auto& p : px)
    if (p.size() <= 2 && (!ini || ini->empty())) ini = &p; else sur = &p;
  if (!ini || ini->empty() || !sur || sur->empty()) return false;
  const auto& py = y.hyphen_parts;
  if (py.size() < 2) return false;
  size_t from = 0, to = py.size();
  if (py.front() == *sur) from = 1;
  else if (py.back() == *sur) to = py.size() - 1;
  else return false;
  if (to - from != ini->size()) return false;
  for (size_t k = from; k < to; ++k)
    if (py[k][0] != (*ini)[k - from]) return false;
  return true;
}

// a's parts begin b's: "Tengku Zafrul" / "Tengku Zafrul Abdul Aziz". Two parts at least, of a
// name of three or more: a given name alone, or two names of two parts, tell nobody apart.
bool leading_parts(const NameForms& a, const NameForms& b) {
  return a.parts.size() >= 2 && b.parts.size() >= 3 && a.parts.size() < b.parts.size() &&
         std::equal(a.parts.begin(), a.parts.end(), b.parts.begin());
}

// Same person: equal names in any order ("Jung-Kwan Kim" / "Kim Jung-kwan"), initials for the
// given name ("JK Kim" / "Kim Jung-kwan"), or the first parts of a longer name ("Tengku Zafrul").
bool same_person(const NameForms& a, const NameForms& b) {
  if (a.key == b.key) return true;
  if (a.sorted == b.sorted && a.sorted.size() >= 2) return true;
  if (leading_parts(a, b) || leading_parts(b, a)) return true;
  return initials_match(a, b) || initials_match(b, a);
}

// "He Yongqian: Friends from the press, good afternoon. … The Paper: Could you brief us …? He
// Yongqian: At the request of …": a transcript names each turn's speaker in a label at the start
// of a sentence. A label is a person's when it is a name of two words or more that opens two turns
// at least and none of its turns asks a question: the outlets that put the questions ("Shanghai
// Securities News: … What achievements …?", "Bloomberg:") ask in theirs, and one-word headings
// ("Note:", "Background:") are no names.
void PeopleStage::speaker_labels(const SpanIndex& orgs, const TextView& tv, std::vector<Candidate>& out) const {
  // Two turns of one speaker need two labels: a text with fewer than two colons has none.
  const size_t colon = tv.text.find(':');
  if (colon == std::string_view::npos || tv.text.find(':', colon + 1) == std::string_view::npos) return;
  const size_t n = tv.size();
  // A turn opens at the start of the text or after a sentence's end.
  auto turn_start = [&](size_t i) { return i == 0 || tv.is(i - 1, ".") || tv.is(i - 1, "?") || tv.is(i - 1, "!"); };
  struct Label {
    size_t b, e;    // the label's tokens
    bool name;      // a name of two words or more, of no organization's
  };
  std::vector<Label> labels;
  for (size_t i = 0; i < n; ++i) {
    if (!tv.cap(i) || !turn_start(i)) continue;
    size_t e = i;
    while (e < n && e < i + 5 && tv.word(e) && (tv.toks[e].cap || tv.toks[e].allcaps)) ++e;
    if (!tv.is(e, ":")) continue;
    const size_t ne = name_run(tv, i, 4, &orgs);
    const bool name = ne == e && e >= i + 2 && !tv.is(i, "The") &&
                      !orgs.covers(tv.toks[i].b, tv.toks[e - 1].e, tv.in_title);
    labels.push_back({i, e, name});
  }
  std::map<std::string, std::vector<size_t>> turns;  // a name's labels
  for (size_t k = 0; k < labels.size(); ++k)
    if (labels[k].name) turns[std::string(tv.slice(labels[k].b, labels[k].e))].push_back(k);
  for (const auto& [name, ks] : turns) {
    if (ks.size() < 2) continue;
    const bool asks = std::any_of(ks.begin(), ks.end(), [&](size_t k) {
      const size_t to = k + 1 < labels.size() ? tv.toks[labels[k + 1].b].b : tv.text.size();
      return tv.text.substr(tv.toks[labels[k].e].e, to - tv.toks[labels[k].e].e).find('?') != std::string_view::npos;
    });
    if (asks) continue;
    for (size_t k : ks) {
      Candidate c;
      c.span = tv.span(labels[k].b, labels[k].e);
      c.name = name;
      c.rule = "speaker label of a transcript";
      c.may_create = true;
      out.push_back(std::move(c));
    }
  }
}

void PeopleStage::run(Doc& doc) const {
  const TextView& body = view_of(doc, false, *v_->places);
  const TextView& title = view_of(doc, true, *v_->places);
  const SpanIndex orgs(doc.x.organizations);
  std::vector<Candidate> cands;
  collect(doc, orgs, body, cands);
  speaker_labels(orgs, body, cands);
  country_after_names(body, cands);
  std::vector<Candidate> title_cands;
  collect(doc, orgs, title, title_cands);
  auto& people = doc.x.people;
  auto add_span = [&](Person& p, Span s, const std::string& rule) {
    if (std::find(p.spans.begin(), p.spans.end(), s) == p.spans.end()) p.spans.push_back(s);
    if (doc.explain) doc.trace("people", p.name, rule, s);
  };
  // Full names first, in order: each new form either joins a person or starts one. The forms
  // same_person compares are worked out once per name: people[k]'s name and aliases in forms[k].
  struct PersonForms {
    NameForms name;
    std::vector<NameForms> aliases;
  };
  std::vector<PersonForms> forms;
  for (const Person& p : people) {
    forms.push_back({NameForms(p.name), {}});
    for (const auto& al : p.aliases) forms.back().aliases.emplace_back(al);
  }
  // The person a name and its aliases are already one of (its index in people), or npos.
  auto known_as = [&](const NameForms& cname, const std::vector<NameForms>& caliases) {
    for (size_t k = 0; k < people.size(); ++k) {
      const PersonForms& pf = forms[k];
      bool same = same_person(pf.name, cname);
      for (const auto& al : pf.aliases) same = same || same_person(al, cname);
      for (const auto& al : caliases) same = same || same_person(pf.name, al);
      if (same) return k;
    }
    return std::string::npos;
  };
  // "H.E. Bin Touq said", "Dr. Al Zeyoudi said" after "Abdulla bin Touq Al Marri", "Thani bin Ahmed
  // Al Zeyoudi": a name that opens with a particle and runs on within a person's name refers to that
  // person, as a surname does; it is no name of its own nor a full form of the person's.
  auto particle_reference = [&](const Candidate& c) -> size_t {
    const size_t sp = c.name.find(' ');
    if (sp == std::string::npos || !v_->particles.count(std::string_view(c.name).substr(0, sp))) return std::string::npos;
    const std::vector<std::string> parts = name_parts(c.name, false);
    auto inside = [&](const std::vector<std::string>& whole) {
      return whole.size() > parts.size() && std::search(whole.begin(), whole.end(), parts.begin(), parts.end()) != whole.end();
    };
    for (size_t k = 0; k < people.size(); ++k) {
      if (inside(forms[k].name.parts)) return k;
      for (const auto& al : forms[k].aliases)
        if (inside(al.parts)) return k;
    }
    return std::string::npos;
  };
  for (const Candidate& c : cands) {
    if (!c.full) continue;
    if (const size_t k = particle_reference(c); k != std::string::npos) {
      add_span(people[k], c.span, c.rule + " (reference)");
      continue;
    }
    NameForms cname(c.name);  // moved into forms when the name starts a person
    std::vector<NameForms> caliases;
    for (const auto& al : c.aliases) caliases.emplace_back(al);
    Person* match = nullptr;
    PersonForms* match_forms = nullptr;
    if (const size_t k = known_as(cname, caliases); k != std::string::npos) {
      match = &people[k];
      match_forms = &forms[k];
    }
    if (!match && c.known_only) continue;
    if (!match) {
      people.push_back({c.name, c.aliases, c.title, c.organization, c.country, {}});
      forms.push_back({std::move(cname), std::move(caliases)});
      match = &people.back();
    } else {
      auto add_alias = [&](const std::string& a) {
        const std::string key = lex::norm_key(a);
        if (key == match_forms->name.key) return;
        for (const auto& x : match_forms->aliases)
          if (x.key == key) return;
        match->aliases.push_back(a);
        match_forms->aliases.emplace_back(a);
      };
      add_alias(c.name);
      for (const auto& a : c.aliases) add_alias(a);
      if (match->title.empty()) match->title = c.title;
      if (match->organization.empty()) match->organization = c.organization;
      if (match->country.empty()) match->country = c.country;
    }
    add_span(*match, c.span, c.rule);
  }
  // Lone surnames: attach to a person with that name part, else (after a title) a person of their own.
  // has_part, read from forms: the parts of people[k]'s name and aliases are forms[k]'s.
  auto has_part_of = [&](size_t k, const std::string& token) {
    for (const auto& part : forms[k].name.parts)
      if (part == token) return true;
    for (const auto& al : forms[k].aliases)
      for (const auto& part : al.parts)
        if (part == token) return true;
    return false;
  };
  // "von der Leyen": a surname of several words ends a person's name or alias.
  auto ends_with_parts = [&](size_t k, const std::vector<std::string>& tail) {
    auto ends = [&](const std::vector<std::string>& parts) {
      return parts.size() > tail.size() && std::equal(tail.begin(), tail.end(), parts.end() - static_cast<long>(tail.size()));
    };
    if (ends(forms[k].name.parts)) return true;
    return std::any_of(forms[k].aliases.begin(), forms[k].aliases.end(), [&](const NameForms& a) { return ends(a.parts); });
  };
  auto attach = [&](const Candidate& c, bool create) {
    std::string key = lex::norm_key(c.name);
    const bool several = c.name.find(' ') != std::string::npos;
    const std::vector<std::string> tail = several ? name_parts(c.name, false) : std::vector<std::string>{};
    for (size_t k = 0; k < people.size(); ++k)
      if (several ? ends_with_parts(k, tail) : has_part_of(k, key)) {
        add_span(people[k], c.span, c.rule + " (reference)");
        // "President Donald Trump said … U.S. President Trump cited …": a country a later title
        // states says whose officer the person named first without one is.
        if (people[k].country.empty() && !facts::is_region(c.country)) people[k].country = c.country;
        return;
      }
    if (create && c.may_create) {
      // "Executive Vice-President Dombrovskis said … Later, Valdis Dombrovskis met …": the full
      // name the release gives elsewhere, with no title of its own, is the person's name.
      const std::string full = c.name.find(' ') == std::string::npos ? full_form_of(body, orgs, c.name) : std::string();
      const std::string& name = full.empty() ? c.name : full;
      people.push_back({name, {}, c.title, c.organization, c.country, {}});
      forms.push_back({NameForms(name), {}});
      add_span(people.back(), c.span, c.rule);
    }
  };
  for (const Candidate& c : cands)
    if (!c.full && c.may_create) attach(c, true);
  // Then those that only refer to a person named otherwise, wherever in the text that is.
  for (const Candidate& c : cands)
    if (!c.full && !c.may_create) attach(c, true);
  for (const Candidate& c : title_cands) {
    if (!c.full) {
      attach(c, false);
      continue;
    }
    // "Remarks by Ambassador Katherine Tai at the … Closing Press Conference", whose body never
    // names her: a full name only the title gives is a person too.
    // Only after a title of office: an acronym standing as one ("USTR Initiates Section 301
    // Investigation") is a body, and the capitalized words of a headline after it are its news.
    // With no title at all ("USTR Initiates Section 301 Investigation of Brazil's Unfair Trading
    // Practices"), the capitalized words after a possessive are the headline's news, no name.
    if (c.title.empty() || std::none_of(c.title.begin(), c.title.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
      continue;
    // A headline in title case runs on in capitals after its news ("MOFCOM Spokesperson Answers
    // Reporter's Question on …"); a name ends where a lower-case word, a figure or the title does
    // ("Remarks by Ambassador Katherine Tai at the …").
    {
      std::string_view after = doc.title.substr(std::min<size_t>(c.span.end, doc.title.size()));
      for (std::string_view pos : {"'s", "\xE2\x80\x99s"})
        if (after.starts_with(pos)) after.remove_prefix(pos.size());
      size_t l = 0;
      if (after.starts_with(' ') && after.size() > 1 && lex::is_upper(lex::decode_at(after, 1, &l))) continue;
    }
    // "Minister Al Zeyoudi leads UAE delegation" over a body that names Thani bin Ahmed Al Zeyoudi.
    if (const size_t k = particle_reference(c); k != std::string::npos) {
      add_span(people[k], c.span, c.rule + " (reference)");
      continue;
    }
    const NameForms cname(c.name);
    if (known_as(cname, {}) != std::string::npos) continue;
    // "President Trump Restores Section 232 Tariffs", "Minister Farrell Welcomes Removal of …" over
    // a body that names Donald J. Trump, Don Farrell: a headline in title case runs on in capitals
    // after the name. The longest leading words that name a person of the body are the name, a
    // mention of that person; the capitals after them are the headline's news.
    if (!people.empty() && cname.parts.size() >= 2) {
      bool referred = false;
      size_t cut = c.name.size();
      for (size_t n = cname.parts.size() - 1; n >= 1 && !referred; --n) {
        cut = c.name.rfind(' ', cut - 1);
        if (cut == std::string::npos) break;
        const std::string_view lead = std::string_view(c.name).substr(0, cut);
        if (doc.title.substr(c.span.begin, lead.size()) != lead) break;
        if (n >= 2) {
          referred = known_as(NameForms(lead), {}) != std::string::npos;
        } else {
          const std::string key = lex::norm_key(lead);
          for (size_t k = 0; k < people.size() && !referred; ++k)
            referred = !forms[k].name.parts.empty() && forms[k].name.parts.back() == key;
        }
        if (referred) {
          Candidate ref = c;
          ref.name.assign(lead);
          ref.full = n >= 2;
          ref.span.end = c.span.begin + static_cast<uint32_t>(lead.size());
          if (ref.full) {
            const size_t k = known_as(NameForms(lead), {});
            add_span(people[k], ref.span, c.rule + " (reference)");
          } else {
            attach(ref, false);
          }
        }
      }
      if (referred) continue;
    }
    people.push_back({c.name, c.aliases, c.title, c.organization, c.country, {}});
    forms.push_back({cname, {}});
    for (const auto& al : c.aliases) forms.back().aliases.emplace_back(al);
    add_span(people.back(), c.span, c.rule);
  }
  // Every further occurrence of a full form is a mention too.
  for (Person& p : people) {
    // Views of the person's own strings, which adding spans leaves in place: no copies.
    std::vector<std::string_view> forms{p.name};
    forms.insert(forms.end(), p.aliases.begin(), p.aliases.end());
    for (const TextView* tv : {&body, &title})
      for (const auto& f : forms) {
        if (f.find(' ') == std::string::npos) continue;
        size_t pos = 0;
        while ((pos = tv->text.find(f, pos)) != std::string_view::npos) {
          size_t end = pos + f.size();
          // "Tengku Zafrul" inside "Tengku Zafrul Aziz": an alias within a longer mention of the
          // person is no mention of its own.
          const bool inside = std::any_of(p.spans.begin(), p.spans.end(), [&](const Span& s) {
            return s.in_title == tv->in_title && s.begin <= pos && end <= s.end && end - pos < s.end - s.begin;
          });
          if (!inside && lex::boundary_before(tv->text, pos) && lex::boundary_after(tv->text, end))
            add_span(p, {static_cast<uint32_t>(pos), static_cast<uint32_t>(end), tv->in_title}, "name repeated");
          pos = end;
        }
      }
  }
  for (Person& p : people)
    std::sort(p.spans.begin(), p.spans.end(), [](const Span& a, const Span& b) {
      return a.in_title != b.in_title ? b.in_title : a.begin < b.begin;
    });
  // "Ahn Duk-geun, Minister of Trade, Industry and Energy", "Trade, Industry and Energy Minister
  // Ahn": a minister's title that spells out a ministry the release names is the ministry's post,
  // also with the country after it ("Minister of Commerce of China").
  for (Person& p : people) {
    if (!p.organization.empty() || p.title.size() < 12) continue;
    std::string_view t = p.title;
    std::string_view field;
    if (const size_t at = t.find("Minister of "); at != std::string_view::npos && (at == 0 || t[at - 1] == ' ')) {
      field = t.substr(at + 12);
    } else if (t.ends_with(" Minister")) {
      // "… 1st Vice Minister": the rank words before "Minister" are no part of the ministry.
      field = t.substr(0, t.size() - 9);
      for (bool more = true; more;) {
        more = false;
        for (std::string_view q : {" Vice", " Deputy", " 1st", " 2nd", " First", " Second"})
          if (field.ends_with(q)) field.remove_suffix(q.size()), more = true;
      }
    }
    if (field.empty()) continue;
    for (const Organization& o : doc.x.organizations) {
      std::string_view n = o.name;
      if (!n.starts_with("Ministry of ")) continue;
      n.remove_prefix(12);
      if (!field.starts_with(n) || (field.size() > n.size() && !field.substr(n.size()).starts_with(" of "))) continue;
      p.organization = o.acronym.empty() ? o.name : o.acronym;
      if (p.country.empty()) p.country = o.country;
      break;
    }
  }
  // "European Commissioner for Trade Cecilia Malmström", "European Trade Commissioner Maroš
  // Šefčovič": a bloc's office that names no place is the bloc's; its body, where the release
  // names it, is the person's organization.
  for (Person& p : people) {
    if (!p.country.empty() || p.title.empty()) continue;
    const Vocab::BlocOffice* office = v_->bloc_office(p.title);
    if (!office) continue;
    p.country = office->bloc;
    if (p.organization.empty())
      for (const Organization& o : doc.x.organizations)
        if (o.name == office->body) {
          p.organization = o.acronym.empty() ? o.name : o.acronym;
          break;
        }
  }
  // A place word inside a person's name ("German Umaña") does not name the place.
  const SpanIndex names(people);
  auto inside_person = [&](const Span& s) { return names.covers(s.begin, s.end, s.in_title); };
  for (auto* list : {&doc.x.countries, &doc.x.blocs}) {
    for (CodeMention& m : *list)
      m.spans.erase(std::remove_if(m.spans.begin(), m.spans.end(), inside_person), m.spans.end());
    list->erase(std::remove_if(list->begin(), list->end(), [](const CodeMention& m) { return m.spans.empty(); }),
                list->end());
  }
  // "Director of the Korea-Africa Foundation", "Special Envoy to the Middle East": a region
  // (SPEC §3.2) names where, never whose citizen or officer anyone is.
  for (Person& p : people)
    if (facts::is_region(p.country)) p.country.clear();
  // "President Donald Trump announced … The U.S. president cited …": the one titled person of no
  // stated country whose title the text later writes as a common noun after a country is that
  // country's. Only where no one else holds the title: with two presidents the noun may be either.
  for (Person& p : people) {
    if (!p.country.empty() || p.title.size() < 4 || p.title.size() > 24 || p.name.find(' ') == std::string::npos)
      continue;
    const std::string lowered = facts::lower(p.title);
    if (std::any_of(people.begin(), people.end(), [&](const Person& o) { return &o != &p && facts::lower(o.title) == lowered; }))
      continue;
    const std::string_view text = doc.lowered_text(false);
    std::string found;
    for (size_t at = text.find(lowered); at != std::string_view::npos && found.empty(); at = text.find(lowered, at + 1)) {
      const size_t end = at + lowered.size();
      // A common noun ("president", not "President Trump"), a whole word, no name after it.
      if (doc.body.substr(at, lowered.size()) != lowered || !lex::boundary_before(doc.body, at) ||
          !lex::boundary_after(doc.body, end) || (end + 1 < doc.body.size() && doc.body[end] == ' ' && doc.body[end + 1] >= 'A' && doc.body[end + 1] <= 'Z'))
        continue;
      const auto it = std::lower_bound(body.toks.begin(), body.toks.begin() + static_cast<long>(body.size()),
                                       static_cast<uint32_t>(at), [](const lex::Tok& t, uint32_t b) { return t.b < b; });
      const size_t k = static_cast<size_t>(it - body.toks.begin());
      if (k >= body.size() || body.toks[k].b != at || k == 0) continue;
      const size_t c = body.possessive(k - 1) && k >= 2 ? k - 2 : k - 1;
      const PlaceEntry* e = body.place_entry(c);
      if (e && e->kind == PlaceEntry::Country && !e->ambiguous) found = e->code;
    }
    if (!found.empty()) p.country = found;
  }
  // "WASHINGTON - President Donald Trump said …", "Minister of International Trade Maninder Sidhu"
  // in Canada's release: a titled officer whose country neither the title, a body nor the words
  // around the name give is the government's that writes the release. Not a person met or joined to
  // another ("met with Minister Wang", "… and Vice Minister Do Thang Hai co-chaired"), nor a
  // counterpart, nor one of a body the release names, whose country that body's name gave or no
  // country has (the WTO's), nor one of a company or a bank ("Nvidia CEO Jensen Huang").
  const auto unstated = [&](const Person& p) {
    // A surname alone ("President Trump's tariffs" in Canada's release) names too little of the
    // person to say whose officer they are.
    if (!p.country.empty() || p.title.empty() || p.spans.empty() || p.name.find(' ') == std::string::npos ||
        v_->private_title(p.title))
      return false;
    // "H.E. Abdulla bin Touq Al Marri, Minister of Economy" of the "Ministry of Economy" the release
    // names with no country: a ministry that names none is the government's own, as its minister is.
    if (!p.organization.empty()) {
      const auto org = std::find_if(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
        return o.name == p.organization || (!o.acronym.empty() && o.acronym == p.organization);
      });
      if (org == doc.x.organizations.end() || !org->country.empty() || !org->name.starts_with("Ministry of ")) return false;
    }
    const Span& first = p.spans.front();
    const std::string_view text = first.in_title ? doc.title : doc.body;
    std::string_view before = text.substr(0, first.begin);
    // The words before the title too: "met with Vice Minister of Commerce Wang Shouwen".
    const size_t at = before.rfind(p.title);
    if (at != std::string_view::npos && at + p.title.size() + 40 >= before.size()) before = before.substr(0, at);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
    // Past forms of address ("met with H.E. Mr. John Kerry") and an article.
    for (int k = 0; k < 3; ++k) {
      const size_t sp = before.rfind(' ');
      const size_t from = sp == std::string_view::npos ? 0 : sp + 1;
      const lex::Hit h = v_->honorifics.match_at(before, from, false);
      if (!(h.id >= 0 && h.e == before.size()) && before.substr(from) != "the") break;
      before = before.substr(0, sp == std::string_view::npos ? 0 : sp);
    }
    for (const std::string& w : v_->met_before)
      if (before.size() > w.size() && before.ends_with(w) && before[before.size() - w.size() - 1] == ' ') {
        // "The agreement was signed by Minister … X": a signer, whom no word of meeting names.
        const std::string_view lead = before.substr(0, before.size() - w.size() - 1);
        const bool signer = w == "by" && std::any_of(v_->signed_by.begin(), v_->signed_by.end(), [&](const std::string& s) {
                              return facts::ends_with_word(lead, s);
                            });
        if (!signer) return false;
      }
    return true;
  };
  // "Brasília – The Ministry … said Brazil will seek negotiations after President Donald Trump
  // raised the tariff": a well-known head of state or government is his own country's, whichever
  // government writes the release; the text need not say which.
  for (Person& p : people) {
    if (!p.country.empty()) continue;
    if (auto it = v_->leaders.find(p.name); it != v_->leaders.end()) {
      p.country = it->second;
      continue;
    }
    for (const std::string& a : p.aliases)
      if (auto it = v_->leaders.find(a); it != v_->leaders.end()) {
        p.country = it->second;
        break;
      }
  }
  // News agency copy ("MANILA (AP) - … Trade Secretary Alfredo Pascual said") is written by no
  // government, and its dateline city is where the news is, often a host's ("LIMA (Reuters) -
  // South Korea's trade minister …"): no country for anyone from it, unless the agency is the
  // dateline country's own (below).
  // A national agency's copy datelined at home ("ABU DHABI, 5th May (WAM) -- Dr. Thani Al Zeyoudi,
  // Minister of State for Foreign Trade, received …") speaks for the agency's country as its
  // government's own release does: the dateline city gives its people theirs.
  const bool agency = doc.agency_credit();
  std::string national;
  if (agency && std::any_of(people.begin(), people.end(), unstated))
    for (const facts::Hit& h : v_->reporter.agencies->match(doc, {0, static_cast<uint32_t>(doc.dateline_end()), false}))
      if (!h.phrase->value().empty()) national = h.phrase->value();
  if ((!agency || !national.empty()) && std::any_of(people.begin(), people.end(), unstated)) {
    std::string home;
    // Where the release shows its government before a person is named, or in the title stated
    // with the name: its voice in the opening sentences ("The Ministry of Trade, Industry and
    // Energy said", "The Honourable Mary Ng, Minister of International Trade") or its city in the
    // dateline ("WASHINGTON - "). A government read from the country the body names most ("The
    // Philippines aims to conclude talks with Chile and Canada, Trade Secretary Cristina Roque
    // said"), or shown only after the person ("Assistant Secretary for China Affairs Tom Reed met …
    // Ms. Lee Mei, Minister for Trade and Industry, Singapore"), is too weak a guess to give them.
    uint32_t shown_at = UINT32_MAX;
    const auto first_shown = [&](const facts::Lexicon& lex, const Span& where) {
      for (const facts::Hit& h : lex.match(doc, where))
        if (h.phrase->value() == home) shown_at = std::min(shown_at, static_cast<uint32_t>(h.begin));
    };
    home = v_->reporter.infer(doc);
    if (agency) {
      // Only the agency's own country, shown by the dateline's city alone.
      if (home != national) home.clear();
    } else {
      // The same answer the reporter stage, next, would give: it reads the people's spans, not the
      // countries given below.
      doc.reporter = home;
      doc.reporter_known = true;
    }
    if (!home.empty()) {
      const uint32_t lede_end = facts::voice_lede_end(doc);
      if (!agency) first_shown(*v_->reporter.voices, {0, lede_end, false});
      first_shown(*v_->reporter.cities, {0, static_cast<uint32_t>(doc.dateline_end()), false});
    }
    // "President Xi Jinping's state visit to Korea", "President Xi Jinping will travel to Korea"
    // in Korea's release: a person who comes to the government's country is its guest, not its
    // officer. The words right after the name: a possessive visit or trip (to no other country),
    // or a verb of coming with the government's country after it.
    const auto visitor = [&](const Span& s) {
      const auto it = std::lower_bound(body.toks.begin(), body.toks.begin() + static_cast<long>(body.size()), s.end,
                                       [](const lex::Tok& t, uint32_t b) { return t.b < b; });
      const size_t k = static_cast<size_t>(it - body.toks.begin());
      const bool owned = body.possessive(k);
      for (size_t j = owned ? k + 1 : k; j < body.size() && j < k + 5 && !body.is(j, ".") && !body.is(j, ","); ++j) {
        const std::string_view w = body.tok(j);
        const bool noun = v_->visit_nouns.count(w) > 0;
        if (!noun && !(!owned && v_->visit_verbs.count(w))) continue;
        // A visit to another country or to a city ("Minister Ahn's visit to Tokyo") is a trip
        // abroad; one that names no place is a guest's only when it is the person's own.
        size_t d = j + 1;
        // "visit to strengthen ties": "to" before a lower-case word (no article) opens the visit's
        // purpose, not where it goes.
        const bool to = (body.is(d, "to") || body.is(d, "in")) && (body.cap(d + 1) || body.is(d + 1, "the"));
        if (to) ++d;
        if (body.is(d, "the")) ++d;
        const PlaceEntry* e = body.place_entry(d);
        if (e && e->kind == PlaceEntry::Country) return e->code == home;
        if (body.cap(d))
          for (const facts::Hit& h : v_->reporter.cities->match(doc, body.span(d, std::min(d + 3, body.size()))))
            if (h.begin == body.toks[d].b) return h.phrase->value() == home;
        return owned && noun && !to;
      }
      return false;
    };
    if (!home.empty())
      for (Person& p : people)
        if (unstated(p) && !p.spans.front().in_title &&
            shown_at <= p.spans.front().end + p.title.size() + 4 && !visitor(p.spans.front()))
          p.country = home;
  }
}

}  // namespace

Result<StagePtr> make_people_stage(const std::string& data_dir) {
  auto v = std::make_shared<Vocab>();
  auto places = load_place_lexicon(data_dir);
  if (!places) return Error{places.error()};
  v->places = std::move(places).value();
  // Titles, title words and honorifics are the organizations stage's too: loaded once for both.
  auto titles = shared_rows(data_dir, "titles.tsv");
  if (!titles) return Error{titles.error()};
  for (const auto& r : *titles.value()) {
    if (r.size() < 2) return Error{"titles.tsv: expected form and kind in every row"};
    v->titles.add(r[0], r[1] == "head" ? 0 : r[1] == "modifier" ? 1 : r[1] == "appositive" ? 3 : 2);
    v->add_first_byte(r[0], Vocab::kTitleByte);
    if (r.size() >= 3 && r[2] == "rank") v->ranks.insert(r[0]);
    if (r[0].find(' ') == std::string::npos && (r[1] == "head" || r[1] == "plural"))
      v->plural_titles.insert(r[1] == "head" ? r[0] + "s" : r[0]);
  }
  auto hon = shared_rows(data_dir, "honorifics.tsv");
  if (!hon) return Error{hon.error()};
  for (const auto& r : *hon.value())
    if (!r.empty()) {
      v->honorifics.add(r[0], 0);
      v->add_first_byte(r[0], Vocab::kHonorificByte);
      if (r.size() >= 2 && r[1] == "peer") v->peers.insert(r[0]);
    }
  auto roles = text::read_tsv(data_dir, "person_roles.tsv");
  if (!roles) return Error{roles.error()};
  size_t role_head = std::string::npos;
  for (const auto& r : roles.value()) {
    if (r.empty()) continue;
    if (r.size() >= 2 && r[1] == "modifier") {
      v->role_modifiers.insert(r[0]);
      continue;
    }
    if (r.size() >= 2 && r[1] != "role")
      return Error{data_dir + "/person_roles.tsv: a row's kind is 'role' or 'modifier'"};
    v->roles.add(r[0], 0);
    size_t letters = 0;
    while (letters < r[0].size() && std::isalpha(static_cast<unsigned char>(r[0][letters]))) ++letters;
    role_head = std::min(role_head, letters);
  }
  v->role_head = role_head == std::string::npos ? 0 : role_head;
  if (v->role_head >= 4)
    for (const auto& r : roles.value())
      if (!r.empty() && !(r.size() >= 2 && r[1] == "modifier")) {
        const size_t bit = Vocab::head_bit(r[0].data());
        v->role_heads[bit >> 6] |= uint64_t{1} << (bit & 63);
      }
  auto particles = text::read_tsv(data_dir, "name_particles.tsv");
  if (!particles) return Error{particles.error()};
  for (const auto& r : particles.value())
    if (!r.empty()) v->particles.insert(r[0]);
  auto chain = text::read_tsv(data_dir, "honorific_chain.tsv");
  if (!chain) return Error{chain.error()};
  for (const auto& r : chain.value())
    if (!r.empty()) v->title_chain.insert(r[0]);
  auto qualifiers = text::read_tsv(data_dir, "title_qualifiers.tsv");
  if (!qualifiers) return Error{qualifiers.error()};
  for (const auto& r : qualifiers.value())
    if (!r.empty()) v->qualifiers.insert(r[0]);
  auto forms = text::read_tsv(data_dir, "org_forms.tsv");
  if (!forms) return Error{forms.error()};
  for (const auto& r : forms.value())
    if (r.size() >= 2 && r[1] == "venue" && r[0].find(' ') == std::string::npos) v->venues.insert(r[0]);
  auto cities = shared_rows(data_dir, "event_cities.tsv");
  if (!cities) return Error{cities.error()};
  for (const auto& r : *cities.value())
    if (!r.empty()) v->cities.insert(r[0]);
  auto abbrevs = text::read_tsv(data_dir, "name_abbreviations.tsv");
  if (!abbrevs) return Error{abbrevs.error()};
  for (const auto& r : abbrevs.value()) {
    if (r.size() < 2 || (r[1] != "given" && r[1] != "suffix" && r[1] != "royal" && r[1] != "regnal"))
      return Error{data_dir + "/name_abbreviations.tsv: each row needs a form and 'given', 'suffix', 'royal' or 'regnal'"};
    (r[1] == "given"    ? v->given_abbrevs
     : r[1] == "suffix" ? v->suffix_abbrevs
     : r[1] == "royal"  ? v->royal
                        : v->regnal)
        .insert(r[0]);
  }
  auto verbs = text::read_tsv(data_dir, "headline_verbs.tsv");
  if (!verbs) return Error{verbs.error()};
  for (const auto& r : verbs.value())
    if (!r.empty()) v->headline_verbs.insert(r[0]);
  auto cues = text::read_tsv(data_dir, "person_cues.tsv");
  if (!cues) return Error{cues.error()};
  for (const auto& r : cues.value()) {
    if (r.size() < 2 ||
        (r[1] != "met" && r[1] != "signed" && r[1] != "visit" && r[1] != "visiting" && r[1] != "appointed"))
      return Error{data_dir +
                   "/person_cues.tsv: each row needs a word and 'met', 'signed', 'visit', 'visiting' or 'appointed'"};
    if (r[1] == "appointed")
      v->appointed.insert(r[0]);
    else if (r[1] == "met")
      v->met_before.push_back(r[0]);
    else if (r[1] == "signed")
      v->signed_by.push_back(r[0]);
    else
      (r[1] == "visit" ? v->visit_nouns : v->visit_verbs).insert(r[0]);
  }
  auto leaders = text::read_tsv(data_dir, "person_leaders.tsv");
  if (!leaders) return Error{leaders.error()};
  for (const auto& r : leaders.value()) {
    if (r.size() < 2 || r[1].empty())
      return Error{data_dir + "/person_leaders.tsv: each row needs a name and a country"};
    v->leaders.emplace(r[0], r[1]);
    if (r.size() >= 3)
      for (auto& form : text::alternatives(r[2])) v->leaders.emplace(std::move(form), r[1]);
  }
  auto offices = text::read_tsv(data_dir, "title_blocs.tsv");
  if (!offices) return Error{offices.error()};
  for (const auto& r : offices.value()) {
    if (r.empty()) continue;
    const size_t sp = r[0].find(' ');
    if (r.size() < 3 || sp == std::string::npos)
      return Error{data_dir + "/title_blocs.tsv: each row needs a title of two words or more, a bloc and a body"};
    v->bloc_offices.push_back({r[0].substr(0, sp), r[0].substr(r[0].rfind(' ') + 1), r[1], r[2]});
  }
  auto reporter = ReporterSources::load(data_dir);
  if (!reporter) return Error{reporter.error()};
  v->reporter = std::move(reporter).value();
  auto private_titles = text::read_tsv(data_dir, "title_private.tsv");
  if (!private_titles) return Error{private_titles.error()};
  for (const auto& r : private_titles.value())
    if (!r.empty()) v->private_titles.push_back(r[0]);
  auto words = shared_rows(data_dir, "title_words.tsv");
  if (!words) return Error{words.error()};
  for (const auto& r : *words.value())
    if (!r.empty()) {
      v->title_words.insert(r[0]);
      v->title_filter.add(r[0]);
      if (r.size() > 1 && r[1] == "function") v->function_words.insert(r[0]);
    }
  return StagePtr(new PeopleStage(std::move(v)));
}

}  // namespace tw::extract
