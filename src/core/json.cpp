// The JSON boundary: enums and empty values become the strings and nulls of SPEC §2.
#include "tradewatch/json.h"

namespace tw {
namespace {

using ojson = nlohmann::ordered_json;

// Appends a member: the keys of each object are distinct, so the ordered map's per-key search
// (what operator[] does) is not needed.
template <typename V>
void put(ojson& o, const char* key, V&& v) {
  if (!o.is_object()) o = ojson::object();
  o.get_ref<ojson::object_t&>().emplace_back(key, ojson(std::forward<V>(v)));
}

ojson str_or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson span_json(const Span& s) { return ojson::array({s.begin, s.end}); }

// Items with many spans: body spans when there are any, else title spans marked as such.
void put_spans(ojson& o, const std::vector<Span>& spans) {
  ojson body = ojson::array(), title = ojson::array();
  for (const auto& s : spans) (s.in_title ? title : body).push_back(span_json(s));
  if (!body.empty() || title.empty()) {
    put(o, "spans", std::move(body));
  } else {
    put(o, "spans", std::move(title));
    put(o, "field", "title");
  }
}

void put_span(ojson& o, const Span& s) {
  put(o, "span", span_json(s));
  if (s.in_title) put(o, "field", "title");
}

ojson codes_json(const std::vector<CodeMention>& v) {
  ojson a = ojson::array();
  for (const auto& c : v) {
    ojson o;
    put(o, "code", c.code);
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
  put(j, "id", r.id);
  put(j, "title", r.title);
  put(j, "body", r.body);
  put(j, "category", r.category ? ojson(*r.category) : ojson(nullptr));
  put(j, "published", r.published);
  put(j, "truncated", r.truncated);
  put(j, "story", rec.story);
  if (!r.url.empty()) put(j, "url", r.url);
  if (!r.source.empty()) put(j, "source", r.source);
  put(j, "countries", codes_json(x.countries));
  put(j, "blocs", codes_json(x.blocs));
  ojson orgs = ojson::array();
  for (const auto& o : x.organizations) {
    ojson e;
    put(e, "name", o.name);
    put(e, "acronym", str_or_null(o.acronym));
    put(e, "country", str_or_null(o.country));
    put_spans(e, o.spans);
    orgs.push_back(std::move(e));
  }
  put(j, "organizations", std::move(orgs));
  ojson people = ojson::array();
  for (const auto& p : x.people) {
    ojson e;
    put(e, "name", p.name);
    put(e, "aliases", strings(p.aliases));
    put(e, "title", str_or_null(p.title));
    put(e, "organization", str_or_null(p.organization));
    put(e, "country", str_or_null(p.country));
    put_spans(e, p.spans);
    people.push_back(std::move(e));
  }
  put(j, "people", std::move(people));
  ojson dates = ojson::array();
  for (const auto& d : x.dates) {
    ojson e;
    put(e, "text", d.text);
    put(e, "value", d.value);
    put_span(e, d.span);
    dates.push_back(std::move(e));
  }
  put(j, "dates", std::move(dates));
  ojson money = ojson::array();
  for (const auto& m : x.money) {
    ojson e;
    put(e, "text", m.text);
    put(e, "amount", m.amount);
    put(e, "currency", m.currency);
    put_span(e, m.span);
    money.push_back(std::move(e));
  }
  put(j, "money", std::move(money));
  ojson pcts = ojson::array();
  for (const auto& p : x.percents) {
    ojson e;
    put(e, "text", p.text);
    put(e, "value", p.value);
    put_span(e, p.span);
    pcts.push_back(std::move(e));
  }
  put(j, "percents", std::move(pcts));
  put(j, "topics", strings(x.topics));
  ojson events = ojson::array();
  for (const auto& ev : x.events) {
    ojson e;
    put(e, "type", ev.type);
    put(e, "name", str_or_null(ev.name));
    put(e, "ordinal", opt(ev.ordinal));
    put(e, "start", str_or_null(ev.start));
    put(e, "end", str_or_null(ev.end));
    put(e, "venue", str_or_null(ev.venue));
    put(e, "city", str_or_null(ev.city));
    put(e, "country", str_or_null(ev.country));
    put(e, "partners", strings(ev.partners));
    put(e, "participants", strings(ev.participants));
    put_span(e, ev.span);
    events.push_back(std::move(e));
  }
  put(j, "events", std::move(events));
  ojson agreements = ojson::array();
  for (const auto& a : x.agreements) {
    ojson e;
    put(e, "name", str_or_null(a.name));
    put(e, "kind", a.kind);
    put(e, "parties", strings(a.parties));
    put(e, "status", str_or_null(a.status));
    put(e, "date", str_or_null(a.date));
    put_span(e, a.span);
    agreements.push_back(std::move(e));
  }
  put(j, "agreements", std::move(agreements));
  ojson measures = ojson::array();
  for (const auto& m : x.measures) {
    ojson e;
    put(e, "jurisdiction", str_or_null(m.jurisdiction));
    put(e, "kind", m.kind);
    put(e, "sector", str_or_null(m.sector));
    put(e, "stance", str_or_null(m.stance));
    put(e, "announced", str_or_null(m.announced));
    put(e, "description", str_or_null(m.description));
    put(e, "parameters", strings(m.parameters));
    put_span(e, m.span);
    measures.push_back(std::move(e));
  }
  put(j, "measures", std::move(measures));
  ojson indicators = ojson::array();
  for (const auto& i : x.indicators) {
    ojson e;
    put(e, "metric", i.metric);
    put(e, "subject", str_or_null(i.subject));
    put(e, "country", str_or_null(i.country));
    put(e, "partner", str_or_null(i.partner));
    put(e, "period", str_or_null(i.period));
    put(e, "value", opt(i.value));
    put(e, "unit", str_or_null(i.unit));
    put(e, "change_pct", opt(i.change_pct));
    put_span(e, i.span);
    indicators.push_back(std::move(e));
  }
  put(j, "indicators", std::move(indicators));
  if (with_traces) {
    ojson traces = ojson::array();
    for (const auto& t : x.traces) {
      ojson e;
      put(e, "field", t.field);
      put(e, "item", t.item);
      put(e, "rule", t.rule);
      put(e, "span", span_json(t.span));
      if (t.span.in_title) put(e, "in", "title");
      traces.push_back(std::move(e));
    }
    put(j, "explain", std::move(traces));
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
