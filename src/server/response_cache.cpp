#include "server/response_cache.h"

namespace tw::server {

namespace {

// What an entry counts against the byte budget.
size_t cost(const std::string& key, const ResponseCache::Answer& a) {
  return key.size() + a.body.size() + a.content_type.size();
}

}  // namespace

ResponseCache::ResponseCache(std::unique_ptr<Store> watcher, size_t max_bytes)
    : watcher_(std::move(watcher)), max_bytes_(max_bytes) {}

bool ResponseCache::refresh_locked() {
  auto v = watcher_->data_version();
  if (!v) return false;
  if (!seen_any_ || *v != seen_version_) {
    seen_any_ = true;
    seen_version_ = *v;
    ++generation_;
    lru_.clear();
    index_.clear();
    bytes_ = 0;
  }
  return true;
}

ResponseCache::Lookup ResponseCache::find(const std::string& key) {
  Lookup out;
  if (!enabled()) return out;
  std::lock_guard lock(mu_);
  if (!refresh_locked()) return out;
  out.generation = generation_;
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return out;
  }
  ++hits_;
  lru_.splice(lru_.begin(), lru_, it->second);
  out.answer = it->second->second;
  return out;
}

void ResponseCache::insert(const std::string& key, uint64_t generation, Answer answer) {
  if (!enabled()) return;
  const size_t size = cost(key, answer);
  if (size > max_bytes_ / 8) return;
  std::lock_guard lock(mu_);
  // The answer was computed from the data as of `generation`; a commit since makes it stale.
  if (!refresh_locked() || generation != generation_) return;
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= cost(it->first, *it->second->second);
    lru_.erase(it->second);
    index_.erase(it);
  }
  lru_.emplace_front(key, std::make_shared<const Answer>(std::move(answer)));
  index_.emplace(key, lru_.begin());
  bytes_ += size;
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    auto& [k, a] = lru_.back();
    bytes_ -= cost(k, *a);
    index_.erase(k);
    lru_.pop_back();
  }
}

ResponseCache::Counters ResponseCache::counters() {
  std::lock_guard lock(mu_);
  return {hits_, misses_, lru_.size(), bytes_, generation_};
}

}  // namespace tw::server
