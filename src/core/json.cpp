// The JSON boundary of SPEC §2: the record as a JSON value, and back.
#include "tradewatch/json.h"

namespace tw {
namespace {

Span read_span(const nlohmann::json& o) {
  Span s;
  if (o.contains("span") && o["span"].is_array() && o["span"].size() == 2) {
    s.begin = o["span"][0].get<uint32_t>();
    s.end = o["span"][1].get<uint32_t>();
  }
  s.in_title = o.value("field", "") == "title";
  return s;
}

std::vector<Span> read_spans(const nlohmann::json& o) {
  std::vector<Span> out;
  const bool title = o.value("field", "") == "title";
  if (o.contains("spans") && o["spans"].is_array())
    for (const auto& s : o["spans"])
      if (s.is_array() && s.size() == 2) out.push_back({s[0].get<uint32_t>(), s[1].get<uint32_t>(), title});
  return out;
}

std::string str(const nlohmann::json& o, const char* key) {
  if (!o.contains(key) || !o[key].is_string()) return {};
  return o[key].get<std::string>();
}

std::vector<std::string> str_list(const nlohmann::json& o, const char* key) {
  std::vector<std::string> out;
  if (o.contains(key) && o[key].is_array())
    for (const auto& s : o[key])
      if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

template <typename T>
std::optional<T> num(const nlohmann::json& o, const char* key) {
  if (!o.contains(key) || !o[key].is_number()) return std::nullopt;
  return o[key].get<T>();
}

const nlohmann::json& list(const nlohmann::json& j, const char* key) {
  static const nlohmann::json empty = nlohmann::json::array();
  return j.contains(key) && j[key].is_array() ? j[key] : empty;
}

}  // namespace

// The record's shape is written once, by the direct writer (json_writer.cpp); callers that need
// a JSON value (to add members, as `show` and the API do) get that text parsed.
nlohmann::ordered_json to_json(const Record& rec, bool with_traces) {
  std::string line;
  write_json_line(rec, with_traces, line);
  return nlohmann::ordered_json::parse(line);
}

Result<Record> record_from_json(const nlohmann::json& j) {
  if (!j.is_object()) return Error{"record is not a JSON object"};
  Record rec;
  Release& r = rec.release;
  r.id = str(j, "id");
  r.title = str(j, "title");
  r.body = str(j, "body");
  if (j.contains("category") && j["category"].is_string()) r.category = j["category"].get<std::string>();
  r.published = str(j, "published");
  r.truncated = j.value("truncated", false);
  r.url = str(j, "url");
  r.source = str(j, "source");
  rec.story = str(j, "story");
  if (r.id.empty() || r.title.empty() || r.published.empty()) return Error{"record lacks id, title or published"};
  Extraction& x = rec.x;
  for (const char* key : {"countries", "blocs"}) {
    auto& out = std::string_view(key) == "countries" ? x.countries : x.blocs;
    for (const auto& o : list(j, key)) out.push_back({str(o, "code"), read_spans(o)});
  }
  for (const auto& o : list(j, "organizations"))
    x.organizations.push_back({str(o, "name"), str(o, "acronym"), str(o, "country"), read_spans(o)});
  for (const auto& o : list(j, "people"))
    x.people.push_back({str(o, "name"), str_list(o, "aliases"), str(o, "title"), str(o, "organization"),
                        str(o, "country"), read_spans(o)});
  for (const auto& o : list(j, "dates")) x.dates.push_back({str(o, "text"), str(o, "value"), read_span(o)});
  for (const auto& o : list(j, "money"))
    x.money.push_back({str(o, "text"), num<double>(o, "amount").value_or(0), str(o, "currency"), read_span(o)});
  for (const auto& o : list(j, "percents"))
    x.percents.push_back({str(o, "text"), num<double>(o, "value").value_or(0), read_span(o)});
  x.topics = str_list(j, "topics");
  for (const auto& o : list(j, "events"))
    x.events.push_back({str(o, "type"), str(o, "name"), num<int>(o, "ordinal"), str(o, "start"), str(o, "end"),
                        str(o, "venue"), str(o, "city"), str(o, "country"), str_list(o, "partners"),
                        str_list(o, "participants"), read_span(o)});
  for (const auto& o : list(j, "agreements"))
    x.agreements.push_back({str(o, "name"), str(o, "kind"), str_list(o, "parties"), str(o, "status"),
                            str(o, "date"), read_span(o)});
  for (const auto& o : list(j, "measures"))
    x.measures.push_back({str(o, "jurisdiction"), str(o, "kind"), str(o, "sector"), str(o, "stance"),
                          str(o, "announced"), str(o, "description"), str_list(o, "parameters"), read_span(o)});
  for (const auto& o : list(j, "indicators"))
    x.indicators.push_back({str(o, "metric"), str(o, "subject"), str(o, "country"), str(o, "partner"),
                            str(o, "period"), num<double>(o, "value"), str(o, "unit"), num<double>(o, "change_pct"),
                            read_span(o)});
  return rec;
}

}  // namespace tw
