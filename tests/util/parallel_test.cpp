// parallel_for: every index once, and a worker's exception reaches the caller.
#include "util/parallel.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace wiclint {
namespace {

TEST(ParallelFor, RunsEveryIndexExactlyOnce) {
  std::vector<int> hits(10000, 0);
  parallel_for(hits.size(), [&](std::size_t k) { ++hits[k]; }, 1);
  for (std::size_t k = 0; k < hits.size(); ++k) ASSERT_EQ(hits[k], 1) << k;
}

TEST(ParallelFor, RethrowsAWorkersExceptionOnTheCaller) {
  // Without this the exception would end the process (std::terminate in a thread).
  EXPECT_THROW(parallel_for(1000, [](std::size_t k) {
                 if (k == 777) throw std::runtime_error("bad article");
               }, 1),
               std::runtime_error);
}

TEST(ParallelFor, NothingToDoIsFine) {
  int calls = 0;
  parallel_for(0, [&](std::size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace wiclint

namespace wiclint {
namespace {

TEST(ParallelFor, UsesTheThreadsItIsGiven) {
  // jobs = 1 runs everything on the calling thread; jobs = 3 may use up to three threads.
  const auto caller = std::this_thread::get_id();
  std::vector<std::thread::id> who(500);
  parallel_for(who.size(), [&](std::size_t k) { who[k] = std::this_thread::get_id(); }, 1, 1);
  for (const auto& id : who) ASSERT_EQ(id, caller);
  std::mutex lock;
  std::set<std::thread::id> seen;
  parallel_for(3000, [&](std::size_t) {
    std::this_thread::sleep_for(std::chrono::microseconds(50));
    std::lock_guard<std::mutex> hold(lock);
    seen.insert(std::this_thread::get_id());
  }, 1, 3);
  EXPECT_GE(seen.size(), 1u);
  EXPECT_LE(seen.size(), 3u);
  EXPECT_EQ(worker_count(5), 5u);
  EXPECT_GE(worker_count(0), 1u);
}

}  // namespace
}  // namespace wiclint
