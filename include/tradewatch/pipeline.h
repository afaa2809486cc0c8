// A bounded, ordered parallel map: read → transform in a pool → consume in input order.
// `extract` and `ingest` use it so that output is byte-identical to a single-threaded run while
// every core works, and memory stays constant however long the input is: at most `capacity`
// items are in flight (read but not yet consumed).
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#endif

#include "tradewatch/result.h"

namespace tw {

// Worker threads for `threads` = 0 ("as many as the machine has"), never less than 1.
inline unsigned resolve_threads(unsigned threads) {
  if (threads > 0) return threads;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw > 0 ? hw : 1;
}

// Lowers the calling thread's scheduling priority by `steps` nice levels (on Linux, where each
// thread has its own). Returns whether it could.
inline bool lower_thread_priority(int steps) {
#ifdef __linux__
  errno = 0;
  const int now = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
  if (now == -1 && errno != 0) return false;
  return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), std::min(now + steps, 19)) == 0;
#else
  (void)steps;
  return false;
#endif
}

// Feed items with push() from one thread; `transform` runs on `threads` workers; `consume` runs
// on the pushing thread (inside push() and finish()), strictly in push order, so it may write
// to a stream or a database connection without locking. With one thread everything runs inline
// on the caller's thread, with no pool at all.
//
// An exception thrown by `transform` or `consume` stops the pipeline and is rethrown from the
// next push() or finish().
//
// worker_nice > 0 lowers the workers' priority by that many nice levels, so that a thread that
// `consume` feeds (a single writer) runs whenever it can and the workers take the rest of the
// cores: the pool cannot outrun a writer that bounds the whole, and the cores stay busy.
//
// chunk > 1 hands items to the pool and back in groups of that many (the last group may be
// smaller; finish() sends it): one lock, one wake-up of a worker and one of the pushing thread
// per group instead of per item. A wake-up that crosses cores costs an interrupt, which on a
// virtual machine is dear; for items of a few hundred microseconds of work, one per item took a
// tenth of the CPU. Then `capacity` counts groups, and an item's output waits for its group.
template <typename In, typename Out>
class OrderedPipeline {
 public:
  using Transform = std::function<Out(In&&)>;
  using Consume = std::function<void(Out&&)>;

  // capacity 0 means 4 items per worker: enough to keep workers busy while one slow item holds
  // back the ordered output, small enough to bound memory.
  OrderedPipeline(unsigned threads, Transform transform, Consume consume, size_t capacity = 0, int worker_nice = 0,
                  size_t chunk = 1)
      : transform_(std::move(transform)),
        consume_(std::move(consume)),
        worker_nice_(worker_nice),
        chunk_(std::max<size_t>(chunk, 1)) {
    threads = resolve_threads(threads);
    capacity_ = capacity > 0 ? capacity : 4 * static_cast<size_t>(threads);
    if (threads == 1) return;
    slots_.resize(capacity_);
    workers_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }

  ~OrderedPipeline() {
    try {
      finish();
    } catch (...) {  // a destructor must not throw; callers that care call finish() themselves
    }
  }

  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;

  // Blocks while `capacity` items (groups) are in flight; consumes every finished one at the head.
  void push(In item) {
    if (workers_.empty()) {
      if (finished_) return;
      consume_(transform_(std::move(item)));
      max_in_flight_ = 1;
      return;
    }
    filling_.push_back(std::move(item));
    if (filling_.size() >= chunk_) submit();
  }

  // Waits for every pushed item, consumes the rest in order and stops the workers.
  void finish() {
    if (workers_.empty()) {
      finished_ = true;
      return;
    }
    if (!filling_.empty() && !finished_) submit();
    std::unique_lock lock(mu_);
    while (!stop_ && consumed_ < pushed_) {
      drain(lock);
      if (consumed_ < pushed_)
        done_cv_.wait(lock, [&] { return stop_ || slots_[consumed_ % capacity_].out.has_value(); });
    }
    stop_ = true;
    lock.unlock();
    work_cv_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
    finished_ = true;
    if (error_) {
      auto e = std::exchange(error_, nullptr);
      std::rethrow_exception(e);
    }
  }

  // The most items (groups) that were ever in flight at once (≤ capacity): for tests and
  // diagnostics.
  size_t max_in_flight() const { return max_in_flight_; }
  size_t capacity() const { return capacity_; }

 private:
  struct Slot {
    std::optional<std::vector<In>> in;
    std::optional<std::vector<Out>> out;
  };

  // Hands the group being filled to the pool.
  void submit() {
    std::vector<In> group;
    group.swap(filling_);
    filling_.reserve(chunk_);
    std::unique_lock lock(mu_);
    if (stop_) {
      rethrow(lock);
      return;
    }
    for (;;) {
      drain(lock);
      if (stop_) break;
      if (pushed_ - consumed_ < capacity_) break;
      done_cv_.wait(lock, [&] { return stop_ || slots_[consumed_ % capacity_].out.has_value(); });
    }
    if (stop_) {
      rethrow(lock);
      return;
    }
    slots_[pushed_ % capacity_].in.emplace(std::move(group));
    ++pushed_;
    max_in_flight_ = std::max<size_t>(max_in_flight_, pushed_ - consumed_);
    lock.unlock();
    work_cv_.notify_one();
  }

  void work() {
    if (worker_nice_ > 0) (void)lower_thread_priority(worker_nice_);
    for (;;) {
      std::unique_lock lock(mu_);
      work_cv_.wait(lock, [&] { return stop_ || taken_ < pushed_; });
      if (stop_) return;
      const uint64_t seq = taken_++;
      std::vector<In> group = std::move(*slots_[seq % capacity_].in);
      slots_[seq % capacity_].in.reset();
      lock.unlock();
      try {
        std::vector<Out> out;
        out.reserve(group.size());
        for (auto& item : group) out.push_back(transform_(std::move(item)));
        lock.lock();
        slots_[seq % capacity_].out.emplace(std::move(out));
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
      }
      // Only the head slot unblocks the consumer; waking it for others would just spin.
      const bool head = seq == consumed_;
      lock.unlock();
      if (head || stop_) done_cv_.notify_one();
    }
  }

  // Consumes finished items at the head, in order. Called with the lock held; releases it
  // around `consume` so workers keep going meanwhile. Only the pushing thread runs this, and
  // only it reuses slots, so the slot cannot change while unlocked.
  void drain(std::unique_lock<std::mutex>& lock) {
    while (!stop_ && consumed_ < pushed_) {
      auto& slot = slots_[consumed_ % capacity_];
      if (!slot.out) return;
      std::vector<Out> group = std::move(*slot.out);
      slot.out.reset();
      ++consumed_;
      lock.unlock();
      try {
        for (auto& out : group) consume_(std::move(out));
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
        return;
      }
      lock.lock();
    }
  }

  void fail(std::exception_ptr e) {
    if (!error_) error_ = std::move(e);
    stop_ = true;
    work_cv_.notify_all();
    done_cv_.notify_all();
  }

  // After a failure: stop the pool and rethrow once.
  void rethrow(std::unique_lock<std::mutex>& lock) {
    lock.unlock();
    work_cv_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
    finished_ = true;
    if (error_) {
      auto e = std::exchange(error_, nullptr);
      std::rethrow_exception(e);
    }
  }

  Transform transform_;
  Consume consume_;
  int worker_nice_ = 0;
  size_t chunk_ = 1;
  std::vector<In> filling_;  // the group push() is filling (pushing thread only)
  size_t capacity_ = 1;
  std::vector<Slot> slots_;  // ring indexed by sequence number modulo capacity
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_;  // items to transform, or stop
  std::condition_variable done_cv_;  // the head item is transformed, or stop
  uint64_t pushed_ = 0, taken_ = 0, consumed_ = 0;
  size_t max_in_flight_ = 0;
  bool stop_ = false;
  bool finished_ = false;
  std::exception_ptr error_;
};

// Writes items on a thread of its own, in batches, as they come. push() hands one item over and
// returns at once unless `capacity` items already wait; the writing thread starts a batch with
// the first item waiting and takes the rest of it one by one as they arrive (up to `batch`
// items, or until finish()). So writing and producing overlap item by item: neither side waits
// for a whole batch to fill or to be written, and at most `capacity` items wait in memory, plus
// the few the writer has taken (kChunk). Items are written in push order.
template <typename Item>
class StreamWriter {
 public:
  // Writes one batch: next() returns its next item, or null at its end. An item stays valid until
  // the next call. Items a write leaves untaken start the next batch.
  using Next = std::function<Item*()>;
  using Write = std::function<Status(const Next&)>;

  StreamWriter(size_t batch, size_t capacity, Write write)
      : batch_(std::max<size_t>(batch, 1)),
        capacity_(std::max<size_t>(capacity, 1)),
        write_(std::move(write)),
        thread_([this] { run(); }) {}
  ~StreamWriter() { (void)finish(); }
  StreamWriter(const StreamWriter&) = delete;
  StreamWriter& operator=(const StreamWriter&) = delete;

  // Waits while `capacity` items wait, then queues this one. Returns false, and drops the item,
  // once a write has failed or after finish().
  bool push(Item&& item) {
    std::unique_lock lock(mu_);
    space_cv_.wait(lock, [&] { return queue_.size() < capacity_ || failed_ || closed_; });
    if (failed_ || closed_) return false;
    const bool was_empty = queue_.empty();  // only then may the writer be waiting
    queue_.push_back(std::move(item));
    max_waiting_ = std::max(max_waiting_, queue_.size());
    lock.unlock();
    if (was_empty) item_cv_.notify_one();
    return true;
  }

  // Queues several items at once: one lock and at most one wake-up of the writer for all of
  // them. Waits while `capacity` items wait (the queue may then hold up to capacity - 1 +
  // items.size()). Returns false, and drops the items, once a write has failed or after finish().
  bool push_all(std::vector<Item>&& items) {
    if (items.empty()) return true;
    std::unique_lock lock(mu_);
    space_cv_.wait(lock, [&] { return queue_.size() < capacity_ || failed_ || closed_; });
    if (failed_ || closed_) return false;
    const bool was_empty = queue_.empty();
    for (auto& item : items) queue_.push_back(std::move(item));
    items.clear();
    max_waiting_ = std::max(max_waiting_, queue_.size());
    lock.unlock();
    if (was_empty) item_cv_.notify_one();
    return true;
  }

  // Whether a write has failed (later pushes are refused).
  bool failed() const {
    std::lock_guard lock(mu_);
    return failed_;
  }

  // The most items that ever waited at once (≤ capacity): for tests and diagnostics.
  size_t max_waiting() const {
    std::lock_guard lock(mu_);
    return max_waiting_;
  }

  // Writes what waits, stops the thread; the first failure, if any. Idempotent.
  Status finish() {
    {
      std::lock_guard lock(mu_);
      closed_ = true;
    }
    item_cv_.notify_all();
    space_cv_.notify_all();
    if (thread_.joinable()) thread_.join();
    if (failed_) return Error{error_};
    return Ok{};
  }

 private:
  // The writer takes waiting items a chunk at a time: one lock, and one wake-up of a pusher
  // waiting for room, per chunk rather than per item.
  static constexpr size_t kChunk = 64;

  void run() {
    std::deque<Item> taken;  // from the queue, not yet handed to a write
    for (;;) {
      if (taken.empty() && !take(taken)) return;  // closed, and all written
      size_t handed = 0;
      std::optional<Item> current;
      const Next next = [&]() -> Item* {
        current.reset();  // the previous item is written
        if (handed == batch_) return nullptr;
        if (taken.empty() && !take(taken)) return nullptr;
        current.emplace(std::move(taken.front()));
        taken.pop_front();
        ++handed;
        return &*current;
      };
      Status st = Ok{};
      try {
        st = write_(next);
      } catch (const std::exception& e) {
        st = Error{e.what()};
      } catch (...) {
        st = Error{"unknown error while writing"};
      }
      current.reset();
      if (!st) {
        std::deque<Item> dropped;
        {
          std::lock_guard lock(mu_);
          failed_ = true;
          error_ = st.error();
          dropped.swap(queue_);
        }
        space_cv_.notify_all();
        return;
      }
    }
  }

  // Moves up to kChunk waiting items to `taken`, waiting for one; false when closed and none wait.
  bool take(std::deque<Item>& taken) {
    std::unique_lock lock(mu_);
    item_cv_.wait(lock, [&] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return false;
    const bool was_full = queue_.size() >= capacity_;  // only then may a pusher be waiting
    for (size_t n = std::min(queue_.size(), kChunk); n > 0; --n) {
      taken.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    lock.unlock();
    if (was_full) space_cv_.notify_all();
    return true;
  }

  const size_t batch_, capacity_;
  Write write_;
  mutable std::mutex mu_;
  std::condition_variable item_cv_;   // an item waits, or closed
  std::condition_variable space_cv_;  // room in the queue, or failed
  std::deque<Item> queue_;
  size_t max_waiting_ = 0;
  bool closed_ = false;
  bool failed_ = false;
  std::string error_;
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace tw
