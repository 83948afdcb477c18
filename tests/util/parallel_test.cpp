// parallel_for: every index once, and a worker's exception reaches the caller.
#include "util/parallel.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
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
