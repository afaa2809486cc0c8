// The record contract (SPEC §2): one press release and everything extracted from it.
// Text is owned by Release; every mention and fact points back into it with a Span.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw {

// [begin, end) UTF-8 byte offsets into the release body, or into the title when in_title.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool in_title = false;
  bool operator==(const Span&) const = default;
};

struct Release {
  std::string id;          // "r-" + 16 hex digits, from normalized title + published
  std::string title;       // normalized (NFC, single spaces)
  std::string body;        // normalized, without the trailing date marker
  std::optional<std::string> category;
  std::string published;   // YYYY-MM-DD
  bool truncated = false;
  std::string url;
  std::string source;
  // Provenance of the record in its input.
  std::string file;
  uint64_t line = 0;
};

struct CodeMention {       // countries (ISO 3166-1 alpha-2) and blocs/regions (SPEC §3.2)
  std::string code;
  std::vector<Span> spans;
};

struct Organization {
  std::string name;
  std::string acronym;     // empty when none
  std::string country;     // empty when unknown
  std::vector<Span> spans;
};

struct Person {
  std::string name;
  std::vector<std::string> aliases;
  std::string title;
  std::string organization;
  std::string country;
  std::vector<Span> spans;
};

struct DateMention {
  std::string text;
  std::string value;       // ISO 8601 per SPEC §3.1
  Span span;
};

struct Money {
  std::string text;
  double amount = 0;       // in units
  std::string currency;    // ISO 4217
  Span span;
};

struct Percent {
  std::string text;
  double value = 0;
  Span span;
};

struct Event {
  std::string type;        // SPEC §3.4
  std::string name;
  std::optional<int> ordinal;
  std::string start, end;  // ISO dates, empty when unknown
  std::string venue, city, country;
  std::vector<std::string> partners;
  std::vector<std::string> participants;
  Span span;
};

struct Agreement {
  std::string name;
  std::string kind;        // SPEC §3.5
  std::vector<std::string> parties;
  std::string status;
  std::string date;
  Span span;
};

struct Measure {
  std::string jurisdiction;
  std::string kind;        // SPEC §3.6
  std::string sector;
  std::string stance;
  std::string announced;
  std::string description;
  std::vector<std::string> parameters;
  Span span;
};

struct Indicator {
  std::string metric;      // SPEC §3.7
  std::string subject;
  std::string country;
  std::string partner;
  std::string period;
  std::optional<double> value;
  std::string unit;
  std::optional<double> change_pct;
  Span span;
};

// Why an item was extracted: the rule or gazetteer entry behind it (for --explain).
struct Trace {
  std::string field;       // "countries", "people", …
  std::string item;        // the value produced
  std::string rule;        // the rule or gazetteer entry
  Span span;
};

struct Extraction {
  std::vector<CodeMention> countries;
  std::vector<CodeMention> blocs;
  std::vector<Organization> organizations;
  std::vector<Person> people;
  std::vector<DateMention> dates;
  std::vector<Money> money;
  std::vector<Percent> percents;
  std::vector<std::string> topics;
  std::vector<Event> events;
  std::vector<Agreement> agreements;
  std::vector<Measure> measures;
  std::vector<Indicator> indicators;
  std::vector<Trace> traces;
};

struct Record {
  Release release;
  std::string story;       // "s-" + hex
  Extraction x;
};

}  // namespace tw
