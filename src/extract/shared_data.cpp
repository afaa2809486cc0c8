#include "extract/shared_data.h"

#include <map>
#include <mutex>
#include <utility>

namespace tw::extract {
namespace {

// What was loaded, by kind, file and row check; held weakly, so a file is read again only once
// every stage holding it is gone.
std::mutex loaded_mutex;
std::map<std::string, std::weak_ptr<const void>> loaded;
// What the open LoadScopes keep (loaded_mutex guards both).
int open_scopes = 0;
std::vector<std::shared_ptr<const void>> kept;

// The cached value under key, else make()'s, cached.
template <typename T, typename Make>
Result<std::shared_ptr<const T>> load_once(const std::string& key, Make make) {
  std::lock_guard lock(loaded_mutex);
  if (auto held = loaded[key].lock()) return std::static_pointer_cast<const T>(held);
  auto made = make();
  if (!made) return Error{made.error()};
  auto value = std::make_shared<const T>(std::move(made).value());
  loaded[key] = value;
  if (open_scopes > 0) kept.push_back(value);
  return std::shared_ptr<const T>(std::move(value));
}

}  // namespace

LoadScope::LoadScope() {
  std::lock_guard lock(loaded_mutex);
  ++open_scopes;
}

LoadScope::~LoadScope() {
  std::lock_guard lock(loaded_mutex);
  if (--open_scopes == 0) kept.clear();
}

Result<std::shared_ptr<const facts::Lexicon>> shared_lexicon(const std::string& data_dir, const std::string& name,
                                                             size_t min_values) {
  return load_once<facts::Lexicon>("lexicon\t" + data_dir + "/" + name + "\t" + std::to_string(min_values),
                                   [&] { return facts::Lexicon::load(data_dir, name, min_values); });
}

Result<std::shared_ptr<const std::vector<text::Row>>> shared_rows(const std::string& data_dir, const std::string& name) {
  return load_once<std::vector<text::Row>>("rows\t" + data_dir + "/" + name,
                                           [&] { return text::read_tsv(data_dir, name); });
}

}  // namespace tw::extract
