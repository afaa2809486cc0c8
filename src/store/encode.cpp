// encode_record (tradewatch/store.h): the text a store keeps beside a record's fields. Pure, so
// any thread may run it.
#include <set>

#include <nlohmann/json.hpp>

#include "store/encode.h"

#include "tradewatch/json.h"

namespace tw {
namespace {

// release_keys.facets: each distinct facet value once, as letter \x1f value, joined by \x1e,
// in byte order.
std::string facet_values(const Extraction& x) {
  std::set<std::string> values;
  auto add = [&](char letter, std::string_view v) {
    if (v.empty()) return;
    std::string key(1, letter);
    key += '\x1f';
    key += v;
    values.insert(std::move(key));
  };
  for (const auto& c : x.countries) add('c', c.code);
  for (const auto& b : x.blocs) add('b', b.code);
  for (const auto& t : x.topics) add('t', t);
  for (const auto& e : x.events) add('e', e.type);
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += '\x1e';
    out += v;
  }
  return out;
}

}  // namespace

namespace store {

void encode_text(const Record& rec, EncodedRecord& e) {
  const Extraction& x = rec.x;
  e.extraction.clear();
  write_extraction_json(rec, e.extraction);
  e.facets = facet_values(x);
  e.items.clear();
  e.items.reserve(x.events.size() + x.agreements.size() + x.measures.size() + x.indicators.size());
  auto items = [&](const auto& facts) {
    for (const auto& f : facts) write_item_json(f, e.items.emplace_back());
  };
  items(x.events);
  items(x.agreements);
  items(x.measures);
  items(x.indicators);
  e.parties.clear();
  e.parties.reserve(x.agreements.size());
  for (const auto& a : x.agreements)
    e.parties.push_back(
        nlohmann::ordered_json(a.parties).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  e.encoded = true;
}

}  // namespace store

EncodedRecord encode_record(Record record) {
  EncodedRecord e;
  e.record = std::move(record);
  store::encode_text(e.record, e);
  return e;
}

}  // namespace tw
