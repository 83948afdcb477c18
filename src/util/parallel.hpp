#pragma once
// Runs fn(0) ... fn(n - 1) on `jobs` threads (0: one per core, at most 8), the calling thread one of
// them. Work items must be independent; each index runs once, handed out in order as threads free
// up, so callers that write result k into slot k get the same output whatever the schedule.
// The first exception a worker throws is rethrown on the calling thread after all have stopped.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace wiclint {

// The number of threads `jobs` asks for: itself, or one per core (at most 8) for 0.
inline std::size_t worker_count(std::size_t jobs) {
  return jobs ? jobs : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
}

template <class Fn>
void parallel_for(std::size_t n, Fn&& fn, std::size_t min_per_thread = 64, std::size_t jobs = 0) {
  std::size_t workers = worker_count(jobs);
  workers = std::min(workers, std::max<std::size_t>(1, n / std::max<std::size_t>(1, min_per_thread)));
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto work = [&] {
    try {
      for (std::size_t k = next++; k < n; k = next++) fn(k);
    } catch (...) {  // a worker must not terminate the process
      std::lock_guard<std::mutex> hold(failure_lock);
      if (!failure) failure = std::current_exception();
      next = std::numeric_limits<std::size_t>::max() / 2;
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace wiclint
