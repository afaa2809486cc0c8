// The JSON boundary: enums and empty values become the strings and nulls of SPEC §2.
#include "tradewatch/json.h"

namespace tw {
namespace {

using ojson = nlohmann::ordered_json;

ojson str_or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson span_json(const Span& s) { return ojson::array({s.begin, s.end}); }

// Items with many spans: body spans when there are any, else title spans marked as such.
void put_spans(ojson& o, const std::vector<Span>& spans) {
  ojson body = ojson::array(), title = ojson::array();
  for (const auto& s : spans) (s.in_title ? title : body).push_back(span_json(s));
  if (!body.empty() || title.empty()) {
    o["spans"] = std::move(body);
  } else {
    o["spans"] = std::move(title);
    o["field"] = "title";
  }
}

void put_span(ojson& o, const Span& s) {
  o["span"] = span_json(s);
  if (s.in_title) o["field"] = "title";
}

ojson codes_json(const std::vector<CodeMention>& v) {
  ojson a = ojson::array();
  for (const auto& c : v) {
    ojson o;
    o["code"] = c.code;
    put_spans(o, c.spans);
    a.push_back(std::move(o));
  }
  return a;
}

ojson strings(const std::vector<std::string>& v) {
  ojson a = ojson::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}

template <typename T>
ojson opt(const std::optional<T>& v) {
  return v ? ojson(*v) : ojson(nullptr);
}

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

nlohmann::ordered_json to_json(const Record& rec, bool with_traces) {
  const Release& r = rec.release;
  const Extraction& x = rec.x;
  ojson j;
  j["id"] = r.id;
  j["title"] = r.title;
  j["body"] = r.body;
  j["category"] = r.category ? ojson(*r.category) : ojson(nullptr);
  j["published"] = r.published;
  j["truncated"] = r.truncated;
  j["story"] = rec.story;
  if (!r.url.empty()) j["url"] = r.url;
  if (!r.source.empty()) j["source"] = r.source;
  j["countries"] = codes_json(x.countries);
  j["blocs"] = codes_json(x.blocs);
  ojson orgs = ojson::array();
  for (const auto& o : x.organizations) {
    ojson e;
    e["name"] = o.name;
    e["acronym"] = str_or_null(o.acronym);
    e["country"] = str_or_null(o.country);
    put_spans(e, o.spans);
    orgs.push_back(std::move(e));
  }
  j["organizations"] = std::move(orgs);
  ojson people = ojson::array();
  for (const auto& p : x.people) {
    ojson e;
    e["name"] = p.name;
    e["aliases"] = strings(p.aliases);
    e["title"] = str_or_null(p.title);
    e["organization"] = str_or_null(p.organization);
    e["country"] = str_or_null(p.country);
    put_spans(e, p.spans);
    people.push_back(std::move(e));
  }
  j["people"] = std::move(people);
  ojson dates = ojson::array();
  for (const auto& d : x.dates) {
    ojson e;
    e["text"] = d.text;
    e["value"] = d.value;
    put_span(e, d.span);
    dates.push_back(std::move(e));
  }
  j["dates"] = std::move(dates);
  ojson money = ojson::array();
  for (const auto& m : x.money) {
    ojson e;
    e["text"] = m.text;
    e["amount"] = m.amount;
    e["currency"] = m.currency;
    put_span(e, m.span);
    money.push_back(std::move(e));
  }
  j["money"] = std::move(money);
  ojson pcts = ojson::array();
  for (const auto& p : x.percents) {
    ojson e;
    e["text"] = p.text;
    e["value"] = p.value;
    put_span(e, p.span);
    pcts.push_back(std::move(e));
  }
  j["percents"] = std::move(pcts);
  j["topics"] = strings(x.topics);
  ojson events = ojson::array();
  for (const auto& ev : x.events) {
    ojson e;
    e["type"] = ev.type;
    e["name"] = str_or_null(ev.name);
    e["ordinal"] = opt(ev.ordinal);
    e["start"] = str_or_null(ev.start);
    e["end"] = str_or_null(ev.end);
    e["venue"] = str_or_null(ev.venue);
    e["city"] = str_or_null(ev.city);
    e["country"] = str_or_null(ev.country);
    e["partners"] = strings(ev.partners);
    e["participants"] = strings(ev.participants);
    put_span(e, ev.span);
    events.push_back(std::move(e));
  }
  j["events"] = std::move(events);
  ojson agreements = ojson::array();
  for (const auto& a : x.agreements) {
    ojson e;
    e["name"] = str_or_null(a.name);
    e["kind"] = a.kind;
    e["parties"] = strings(a.parties);
    e["status"] = str_or_null(a.status);
    e["date"] = str_or_null(a.date);
    put_span(e, a.span);
    agreements.push_back(std::move(e));
  }
  j["agreements"] = std::move(agreements);
  ojson measures = ojson::array();
  for (const auto& m : x.measures) {
    ojson e;
    e["jurisdiction"] = str_or_null(m.jurisdiction);
    e["kind"] = m.kind;
    e["sector"] = str_or_null(m.sector);
    e["stance"] = str_or_null(m.stance);
    e["announced"] = str_or_null(m.announced);
    e["description"] = str_or_null(m.description);
    e["parameters"] = strings(m.parameters);
    put_span(e, m.span);
    measures.push_back(std::move(e));
  }
  j["measures"] = std::move(measures);
  ojson indicators = ojson::array();
  for (const auto& i : x.indicators) {
    ojson e;
    e["metric"] = i.metric;
    e["subject"] = str_or_null(i.subject);
    e["country"] = str_or_null(i.country);
    e["partner"] = str_or_null(i.partner);
    e["period"] = str_or_null(i.period);
    e["value"] = opt(i.value);
    e["unit"] = str_or_null(i.unit);
    e["change_pct"] = opt(i.change_pct);
    put_span(e, i.span);
    indicators.push_back(std::move(e));
  }
  j["indicators"] = std::move(indicators);
  if (with_traces) {
    ojson traces = ojson::array();
    for (const auto& t : x.traces) {
      ojson e;
      e["field"] = t.field;
      e["item"] = t.item;
      e["rule"] = t.rule;
      e["span"] = span_json(t.span);
      if (t.span.in_title) e["in"] = "title";
      traces.push_back(std::move(e));
    }
    j["explain"] = std::move(traces);
  }
  return j;
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
