// A bounded, ordered parallel map: read → transform in a pool → consume in input order.
// `extract` and `ingest` use it so that output is byte-identical to a single-threaded run while
// every core works, and memory stays constant however long the input is: at most `capacity`
// items are in flight (read but not yet consumed).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "tradewatch/result.h"

namespace tw {

// Worker threads for `threads` = 0 ("as many as the machine has"), never less than 1.
inline unsigned resolve_threads(unsigned threads) {
  if (threads > 0) return threads;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw > 0 ? hw : 1;
}

// Feed items with push() from one thread; `transform` runs on `threads` workers; `consume` runs
// on the pushing thread (inside push() and finish()), strictly in push order, so it may write
// to a stream or a database connection without locking. With one thread everything runs inline
// on the caller's thread, with no pool at all.
//
// An exception thrown by `transform` or `consume` stops the pipeline and is rethrown from the
// next push() or finish().
template <typename In, typename Out>
class OrderedPipeline {
 public:
  using Transform = std::function<Out(In&&)>;
  using Consume = std::function<void(Out&&)>;

  // capacity 0 means 4 items per worker: enough to keep workers busy while one slow item holds
  // back the ordered output, small enough to bound memory.
  OrderedPipeline(unsigned threads, Transform transform, Consume consume, size_t capacity = 0)
      : transform_(std::move(transform)), consume_(std::move(consume)) {
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

  // Blocks while `capacity` items are in flight; consumes every finished item at the head.
  void push(In item) {
    if (workers_.empty()) {
      if (finished_) return;
      consume_(transform_(std::move(item)));
      max_in_flight_ = 1;
      return;
    }
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
    slots_[pushed_ % capacity_].in.emplace(std::move(item));
    ++pushed_;
    max_in_flight_ = std::max<size_t>(max_in_flight_, pushed_ - consumed_);
    lock.unlock();
    work_cv_.notify_one();
  }

  // Waits for every pushed item, consumes the rest in order and stops the workers.
  void finish() {
    if (workers_.empty()) {
      finished_ = true;
      return;
    }
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

  // The most items that were ever in flight at once (≤ capacity): for tests and diagnostics.
  size_t max_in_flight() const { return max_in_flight_; }
  size_t capacity() const { return capacity_; }

 private:
  struct Slot {
    std::optional<In> in;
    std::optional<Out> out;
  };

  void work() {
    for (;;) {
      std::unique_lock lock(mu_);
      work_cv_.wait(lock, [&] { return stop_ || taken_ < pushed_; });
      if (stop_) return;
      const uint64_t seq = taken_++;
      In item = std::move(*slots_[seq % capacity_].in);
      slots_[seq % capacity_].in.reset();
      lock.unlock();
      try {
        Out out = transform_(std::move(item));
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
      Out out = std::move(*slot.out);
      slot.out.reset();
      ++consumed_;
      lock.unlock();
      try {
        consume_(std::move(out));
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

// Writes batches on a thread of its own, so the thread that fills them goes on filling the next
// one meanwhile. One batch is written at a time: submit() waits until the previous one is
// written, so at most two batches are held (the one written and the one being filled). Batches
// are written in submit order.
template <typename Batch>
class BackgroundWriter {
 public:
  using Write = std::function<Status(Batch&)>;

  explicit BackgroundWriter(Write write) : write_(std::move(write)), thread_([this] { run(); }) {}
  ~BackgroundWriter() { (void)finish(); }
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;

  // Waits for the previous batch to be written, then hands this one over. Returns false, and
  // drops the batch, once a write has failed.
  bool submit(Batch&& batch) {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !busy_ || failed_; });
    if (failed_ || stop_) return false;
    batch_ = std::move(batch);
    busy_ = true;
    cv_.notify_all();
    return true;
  }

  // Whether a write has failed (later submits are refused).
  bool failed() const {
    std::lock_guard lock(mu_);
    return failed_;
  }

  // Waits for the last batch and stops the thread; the first failure, if any. Idempotent.
  Status finish() {
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return !busy_; });
      stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
    if (failed_) return Error{error_};
    return Ok{};
  }

 private:
  void run() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return busy_ || stop_; });
      if (!busy_) return;
      lock.unlock();
      Status st = Ok{};
      try {
        st = write_(batch_);
      } catch (const std::exception& e) {
        st = Error{e.what()};
      } catch (...) {
        st = Error{"unknown error while writing"};
      }
      batch_ = Batch{};
      lock.lock();
      if (!st && !failed_) {
        failed_ = true;
        error_ = st.error();
      }
      busy_ = false;
      cv_.notify_all();
    }
  }

  Write write_;
  Batch batch_;  // owned by the writing thread while busy_
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool busy_ = false;  // a batch is handed over and not yet written
  bool stop_ = false;
  bool failed_ = false;
  std::string error_;
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace tw
