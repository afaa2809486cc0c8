#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

#include "tradewatch/pipeline.h"

namespace {

using tw::OrderedPipeline;

// A transform whose run time varies per item, so that later items often finish first.
int jittered_square(int v) {
  std::this_thread::sleep_for(std::chrono::microseconds((v * 7919) % 200));
  return v * v;
}

TEST(OrderedPipeline, KeepsInputOrderAcrossThreads) {
  for (unsigned threads : {2u, 3u, 8u}) {
    std::vector<int> got;
    OrderedPipeline<int, int> p(threads, jittered_square, [&](int&& v) { got.push_back(v); });
    for (int i = 0; i < 2000; ++i) p.push(i);
    p.finish();
    ASSERT_EQ(got.size(), 2000u) << threads;
    for (int i = 0; i < 2000; ++i) ASSERT_EQ(got[i], i * i) << "threads=" << threads << " at " << i;
  }
}

TEST(OrderedPipeline, SameOutputForOneAndManyThreads) {
  auto run = [](unsigned threads) {
    std::string out;
    OrderedPipeline<std::string, std::string> p(
        threads, [](std::string&& s) { return s + "|" + std::to_string(s.size()) + "\n"; },
        [&](std::string&& s) { out += s; });
    std::mt19937 rng(7);
    for (int i = 0; i < 3000; ++i) p.push(std::string(rng() % 50, static_cast<char>('a' + i % 26)));
    p.finish();
    return out;
  };
  const std::string one = run(1);
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(run(2), one);
  EXPECT_EQ(run(5), one);
}

// Items handed over in groups: the order, every item including a last partial group, and the
// same output as one thread.
TEST(OrderedPipeline, GroupsKeepOrderAndDeliverTheLastPartialGroup) {
  for (unsigned threads : {2u, 3u}) {
    for (int n : {0, 1, 4, 5, 1001}) {
      std::vector<int> got;
      OrderedPipeline<int, int> p(threads, jittered_square, [&](int&& v) { got.push_back(v); },
                                  /*capacity=*/3, /*worker_nice=*/0, /*chunk=*/4);
      for (int i = 0; i < n; ++i) p.push(i);
      p.finish();
      ASSERT_EQ(got.size(), static_cast<size_t>(n)) << threads << " threads, " << n << " items";
      for (int i = 0; i < n; ++i) ASSERT_EQ(got[i], i * i) << "threads=" << threads << " at " << i;
      EXPECT_LE(p.max_in_flight(), 3u);  // groups
    }
  }
}

// A group waits until it is full (or finish()): nothing is transformed before the fourth push.
TEST(OrderedPipeline, AGroupIsHandedOverWhenFull) {
  std::atomic<int> transformed{0};
  OrderedPipeline<int, int> p(
      2, [&](int&& v) { ++transformed; return v; }, [](int&&) {}, /*capacity=*/2, /*worker_nice=*/0, /*chunk=*/4);
  for (int i = 0; i < 3; ++i) p.push(i);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(transformed.load(), 0);
  p.push(3);
  for (int i = 0; i < 2000 && transformed < 4; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_EQ(transformed.load(), 4);
  p.finish();
}

TEST(OrderedPipeline, AnErrorInAGroupStopsAndIsRethrown) {
  std::vector<int> got;
  bool threw = false;
  try {
    OrderedPipeline<int, int> p(
        2,
        [](int&& v) {
          if (v == 50) throw std::runtime_error("bad item");
          return v;
        },
        [&](int&& v) { got.push_back(v); }, /*capacity=*/2, /*worker_nice=*/0, /*chunk=*/8);
    for (int i = 0; i < 1000; ++i) p.push(i);
    p.finish();
  } catch (const std::runtime_error& e) {
    threw = true;
    EXPECT_STREQ(e.what(), "bad item");
  }
  EXPECT_TRUE(threw);
  ASSERT_LE(got.size(), 48u);  // the groups before the failing one's, at most
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], static_cast<int>(i));
}

TEST(OrderedPipeline, OneThreadRunsInlineOnTheCaller) {
  const auto caller = std::this_thread::get_id();
  bool all_inline = true;
  int consumed = 0;
  OrderedPipeline<int, int> p(
      1, [&](int&& v) { all_inline &= std::this_thread::get_id() == caller; return v; },
      [&](int&&) { ++consumed; });
  for (int i = 0; i < 10; ++i) p.push(i);
  EXPECT_EQ(consumed, 10);  // nothing is held back without a pool
  p.finish();
  EXPECT_TRUE(all_inline);
}

TEST(OrderedPipeline, ConsumesOnThePushingThread) {
  const auto caller = std::this_thread::get_id();
  std::atomic<bool> transform_elsewhere{false};
  bool consume_on_caller = true;
  OrderedPipeline<int, int> p(
      2,
      [&](int&& v) {
        if (std::this_thread::get_id() != caller) transform_elsewhere = true;
        return v;
      },
      [&](int&&) { consume_on_caller &= std::this_thread::get_id() == caller; });
  for (int i = 0; i < 500; ++i) p.push(i);
  p.finish();
  EXPECT_TRUE(transform_elsewhere.load());
  EXPECT_TRUE(consume_on_caller);
}

TEST(OrderedPipeline, BoundsItemsInFlightWhenTheConsumerIsSlow) {
  // The consumer is the bottleneck: without a bound, the producer would run far ahead.
  std::atomic<int> live{0};
  int peak = 0;
  OrderedPipeline<int, int> p(
      2, [&](int&& v) { return v; },
      [&](int&&) {
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        --live;
      },
      /*capacity=*/6);
  for (int i = 0; i < 400; ++i) {
    ++live;
    p.push(i);
    peak = std::max(peak, live.load());
  }
  p.finish();
  EXPECT_EQ(live.load(), 0);
  EXPECT_LE(peak, 6 + 1);  // the one being pushed may be counted before a slot frees
  EXPECT_LE(p.max_in_flight(), 6u);
  EXPECT_GE(p.max_in_flight(), 2u);  // and the pool did get ahead of the consumer
}

TEST(OrderedPipeline, BoundsItemsInFlightWhenOneItemIsSlow) {
  // A slow head item must not let the others pile up behind it without limit.
  OrderedPipeline<int, int> p(
      3,
      [](int&& v) {
        if (v == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return v;
      },
      [](int&&) {}, /*capacity=*/4);
  for (int i = 0; i < 100; ++i) p.push(i);
  p.finish();
  EXPECT_EQ(p.capacity(), 4u);
  EXPECT_EQ(p.max_in_flight(), 4u);
}

TEST(OrderedPipeline, DefaultCapacityScalesWithThreads) {
  OrderedPipeline<int, int> p(3, [](int&& v) { return v; }, [](int&&) {});
  EXPECT_EQ(p.capacity(), 12u);
  p.finish();
  EXPECT_GE(tw::resolve_threads(0), 1u);
  EXPECT_EQ(tw::resolve_threads(5), 5u);
}

TEST(OrderedPipeline, TransformErrorStopsAndIsRethrown) {
  std::vector<int> got;
  bool threw = false;
  try {
    OrderedPipeline<int, int> p(
        2,
        [](int&& v) {
          if (v == 50) throw std::runtime_error("bad item");
          return v;
        },
        [&](int&& v) { got.push_back(v); });
    for (int i = 0; i < 1000; ++i) p.push(i);
    p.finish();
  } catch (const std::runtime_error& e) {
    threw = true;
    EXPECT_STREQ(e.what(), "bad item");
  }
  EXPECT_TRUE(threw);
  // Whatever was consumed before the failure is an in-order prefix that stops before item 50.
  ASSERT_LE(got.size(), 50u);
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], static_cast<int>(i));
}

TEST(OrderedPipeline, ConsumerErrorIsRethrown) {
  OrderedPipeline<int, int> p(
      2, [](int&& v) { return v; },
      [](int&& v) {
        if (v == 3) throw std::runtime_error("disk full");
      });
  EXPECT_THROW(
      {
        for (int i = 0; i < 100; ++i) p.push(i);
        p.finish();
      },
      std::runtime_error);
}

TEST(OrderedPipeline, MoveOnlyItems) {
  std::vector<int> got;
  OrderedPipeline<std::unique_ptr<int>, std::unique_ptr<int>> p(
      2, [](std::unique_ptr<int>&& v) { *v += 1; return std::move(v); },
      [&](std::unique_ptr<int>&& v) { got.push_back(*v); });
  for (int i = 0; i < 100; ++i) p.push(std::make_unique<int>(i));
  p.finish();
  ASSERT_EQ(got.size(), 100u);
  EXPECT_EQ(got.front(), 1);
  EXPECT_EQ(got.back(), 100);
}

// The real command: `extract` prints the same bytes with one thread and with two.
std::string run_extract(const std::string& args) {
  std::string cmd = std::string(TW_BINARY) + " extract " + args + " 2>/dev/null";
  std::string out;
  FILE* f = popen(cmd.c_str(), "r");
  if (!f) return out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  pclose(f);
  return out;
}

TEST(ExtractThreads, OutputIsByteIdenticalForOneAndTwoThreads) {
  const std::string src = TW_SOURCE_DIR;
  std::string files;
  for (const auto& e : std::filesystem::directory_iterator(src + "/samples/seeds"))
    if (e.path().extension() == ".txt") files += " " + e.path().string();
  files += " " + src + "/tests/fixtures/dev/releases.txt";
  const std::string one = run_extract("--threads 1" + files);
  ASSERT_GT(std::count(one.begin(), one.end(), '\n'), 60);
  EXPECT_EQ(run_extract("--threads 2" + files), one);
  EXPECT_EQ(run_extract("--threads 4 --explain" + files), run_extract("--threads 1 --explain" + files));
}

// The workers run below the caller's priority when asked, and the caller stays where it was.
TEST(OrderedPipeline, WorkerNiceLowersTheWorkersOnly) {
  const int caller = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
  if (caller > 14) GTEST_SKIP() << "already at nice " << caller;
  bool allowed = false;  // a sandbox may refuse setpriority; then there is nothing to test
  std::thread([&] { allowed = tw::lower_thread_priority(1); }).join();
  if (!allowed) GTEST_SKIP() << "setpriority refused here";
  std::vector<int> seen;
  std::mutex mu;
  OrderedPipeline<int, int> p(
      2,
      [&](int&& v) {
        std::lock_guard lock(mu);
        seen.push_back(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())));
        return v;
      },
      [](int&&) {}, 0, 5);
  for (int i = 0; i < 20; ++i) p.push(i);
  p.finish();
  ASSERT_EQ(seen.size(), 20u);
  for (int n : seen) EXPECT_EQ(n, caller + 5);
  EXPECT_EQ(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), caller);
}

using tw::StreamWriter;
using Writer = StreamWriter<int>;

// Every item lands once, in push order, in writes of at most `batch` items, one write at a time.
TEST(StreamWriter, WritesEveryItemInOrderInBatches) {
  std::vector<int> written;
  std::vector<size_t> sizes;
  std::atomic<int> writing{0}, most{0};
  {
    Writer w(7, 16, [&](const Writer::Next& next) -> tw::Status {
      const int now = ++writing;
      most = std::max(most.load(), now);
      size_t n = 0;
      while (int* v = next()) {
        written.push_back(*v);
        ++n;
        if (n % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(100));
      }
      sizes.push_back(n);
      --writing;
      return tw::Ok{};
    });
    for (int i = 0; i < 100; ++i) ASSERT_TRUE(w.push(int{i}));
    ASSERT_TRUE(w.finish().ok());
    EXPECT_FALSE(w.push(1000));  // finished: refused
    EXPECT_LE(w.max_waiting(), 16u);
  }
  ASSERT_EQ(written.size(), 100u);
  for (int i = 0; i < 100; ++i) ASSERT_EQ(written[i], i);
  for (size_t n : sizes) {
    EXPECT_GE(n, 1u);
    EXPECT_LE(n, 7u);
  }
  EXPECT_EQ(most.load(), 1);
}

// A write starts with the first item and takes the next as it comes: the writer does not wait
// for a whole batch, nor the producer for a whole write.
TEST(StreamWriter, AWriteTakesItemsAsTheyArrive) {
  std::atomic<int> got{0};
  Writer w(100, 16, [&](const Writer::Next& next) -> tw::Status {
    while (next()) ++got;
    return tw::Ok{};
  });
  auto wait_for = [&](int n) {
    for (int i = 0; i < 2000 && got < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return got.load();
  };
  ASSERT_TRUE(w.push(1));
  EXPECT_EQ(wait_for(1), 1);  // written while its batch of 100 is far from full
  ASSERT_TRUE(w.push(2));
  EXPECT_EQ(wait_for(2), 2);
  ASSERT_TRUE(w.finish().ok());
}

// A producer waits once `capacity` items wait, and goes on as the writer takes them.
TEST(StreamWriter, BoundsTheItemsWaiting) {
  std::atomic<bool> release{false};
  std::atomic<int> written{0};
  Writer w(1000, 8, [&](const Writer::Next& next) -> tw::Status {
    while (!release) std::this_thread::sleep_for(std::chrono::microseconds(50));
    while (next()) ++written;
    return tw::Ok{};
  });
  std::atomic<int> pushed{0};
  std::thread producer([&] {
    for (int i = 0; i < 200; ++i) {
      ASSERT_TRUE(w.push(int{i}));
      ++pushed;
    }
  });
  // The write is held: the producer fills the queue, and the writer holds what it took before
  // it began (no more than the queue held); then the producer waits.
  for (int i = 0; i < 2000 && pushed < 8; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_GE(pushed.load(), 8);
  EXPECT_LE(pushed.load(), 16);
  release = true;
  producer.join();
  ASSERT_TRUE(w.finish().ok());
  EXPECT_EQ(written.load(), 200);
  EXPECT_LE(w.max_waiting(), 8u);
}

// Several items queued at once are written in order with the single ones around them.
TEST(StreamWriter, PushAllQueuesInOrder) {
  std::vector<int> written;
  Writer w(5, 8, [&](const Writer::Next& next) -> tw::Status {
    while (int* v = next()) written.push_back(*v);
    return tw::Ok{};
  });
  ASSERT_TRUE(w.push(0));
  int next = 1;
  for (int round = 0; round < 30; ++round) {
    std::vector<int> group;
    for (int k = 0; k < round % 7; ++k) group.push_back(next++);
    ASSERT_TRUE(w.push_all(std::move(group)));
    EXPECT_TRUE(group.empty());
  }
  ASSERT_TRUE(w.finish().ok());
  EXPECT_FALSE(w.push_all(std::vector<int>{1000}));  // finished: refused
  ASSERT_EQ(written.size(), static_cast<size_t>(next));
  for (int i = 0; i < next; ++i) ASSERT_EQ(written[i], i);
  EXPECT_LE(w.max_waiting(), 8u - 1 + 6);  // capacity - 1 plus a group
}

TEST(StreamWriter, AFailedWriteRefusesTheRestAndReportsTheFirstError) {
  int calls = 0;
  Writer w(2, 4, [&](const Writer::Next& next) -> tw::Status {
    ++calls;
    while (int* v = next())
      if (*v == 3) return tw::Error{"disk full"};
    return tw::Ok{};
  });
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(w.push(int{i}));  // 3 is handed over; its failure shows later
  while (!w.failed()) std::this_thread::sleep_for(std::chrono::microseconds(50));
  EXPECT_FALSE(w.push(4));
  auto st = w.finish();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error(), "disk full");
  EXPECT_EQ(calls, 2);
}

TEST(StreamWriter, AnExceptionInTheWriteIsAnError) {
  Writer w(10, 10, [](const Writer::Next&) -> tw::Status { throw std::runtime_error("boom"); });
  EXPECT_TRUE(w.push(1));
  auto st = w.finish();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error(), "boom");
}

TEST(StreamWriter, FinishWithNothingPushedWritesNothing) {
  int calls = 0;
  Writer w(10, 10, [&](const Writer::Next&) -> tw::Status {
    ++calls;
    return tw::Ok{};
  });
  EXPECT_TRUE(w.finish().ok());
  EXPECT_TRUE(w.finish().ok());  // idempotent
  EXPECT_EQ(calls, 0);
}

}  // namespace
