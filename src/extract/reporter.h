// The reporter of a release (facts::infer_reporter), with what that inference cannot tell from a
// government's voice: a release an international body issues ("GENEVA - The WTO Secretariat today
// published …") is no member's, however often it names one. Shared by the people stage, which
// needs the answer before the reporter stage keeps it, and the reporter stage.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/facts_common.h"
#include "tradewatch/result.h"

namespace tw::extract {

struct ReporterSources {
  // data/reporter_voices.tsv, event_cities.tsv, news_agencies.tsv: facts::infer_reporter's.
  std::shared_ptr<const facts::Lexicon> voices, cities, agencies;
  // data/reporter_mission_nouns.tsv: "mission", "delegation".
  std::shared_ptr<const facts::Lexicon> missions;
  // data/org_known.tsv, the rows of no country: the names, acronyms and other forms of the
  // international bodies ("WTO", "Organisation for Economic Co-operation and Development").
  std::vector<std::string> international;
  // data/title_international_heads.tsv: "Director-General", "Secretary-General".
  std::vector<std::string> head_titles;
  // data/reporter_announce_cues.tsv: "announced", "is pleased to announce", "welcomed".
  std::shared_ptr<const facts::Lexicon> announce_cues;
  // data/reporter_public_nouns.tsv: "ministry", "embassy", "agency", "government".
  std::shared_ptr<const facts::Lexicon> public_nouns;
  // data/blocs.tsv: the codes of the blocs, whose bodies (Eurostat, the Commission) publish too.
  std::vector<std::string> bloc_codes;

  static Result<ReporterSources> load(const std::string& data_dir);
  // Empty when no government reports the release.
  std::string infer(const Doc& doc) const;
  // Whether the lede's subject, in a lede no government's voice speaks in, is an international body
  // or one of its organs ("The WTO Secretariat", "The WTO's Trade Policy Review Body"), or the
  // head of such a body the text names ("Director-General Ngozi Okonjo-Iweala welcomed …").
  bool international_lede(const Doc& doc) const;
  // The country of a government body that is the lede's subject and announces it ("The Embassy of
  // Japan is pleased to announce …", "Canada's Department of Finance announced …", "AIT is pleased
  // to announce …"): whatever the lede goes on to name, that body publishes. Empty when the lede
  // opens otherwise.
  std::string announcing_body(const Doc& doc) const;
  // Where a government body ends that is the lede's subject and announces it with its country
  // unnamed ("The Ministry of Commerce announced on Thursday that …"), the body's name and the
  // lede naming no country or bloc before its cue; 0 when the lede opens otherwise.
  uint32_t unnamed_announcer_end(const Doc& doc) const;
  // The bloc whose head's title opens the lede ("Secretary General of the Gulf Cooperation Council
  // (GCC) Jasem Mohamed Al-Budaiwi welcomed …"): the bloc speaks, over a member's agency and
  // dateline. Empty otherwise; a head received or attended by a member's minister is a guest.
  std::string bloc_head_lede(const Doc& doc) const;
  // The country of a government voice the lede closes by crediting, with one of the announce cues,
  // under the dateline of another country's city ("OTTAWA – Canada and Japan agreed …, the Ministry
  // of Economy, Trade and Industry announced"): the publisher speaks there, and the city says only
  // where. Empty otherwise, and in news agency copy, which speaks in no government's voice.
  std::string credited_voice(const Doc& doc) const;
  // Whether a bloc's body or an international body publishes the release: the lede is an
  // international body's (international_lede), or the voices its opening sentences name are a
  // bloc's only ("LUXEMBOURG - … according to first estimates published by Eurostat").
  bool body_publishes(const Doc& doc) const;
  // "LUXEMBOURG, 16 March 2026 (Eurostat) - ": drops the country a dateline city named like it
  // names when a bloc's or an international body publishes (body_publishes): the city is only
  // where the body sits. A country's own release ("SINGAPORE - Minister-in-charge of Trade
  // Relations …") keeps it.
  // Also when the city names its country nowhere else and the release's only voice is a bloc's
  // body (credited_bloc). Returns the code dropped, empty when none.
  std::string drop_seat_country(Doc& doc) const;
  // The bloc whose bodies are the only government voices the whole text names ("These figures come
  // from Eurostat"); empty otherwise.
  std::string credited_bloc(const Doc& doc) const;
};

}  // namespace tw::extract
