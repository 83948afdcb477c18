// Claim-extraction throughput on one thread.
//
//   WICLINT_BENCH_CORPUS=bench/data/extract100m build-bench/bench/extract_bench
//
// Every *.txt / *.md file under $WICLINT_BENCH_CORPUS is read into memory once, before timing,
// so the numbers measure extraction rather than the disk. Each iteration then walks the corpus one
// article at a time: build the Article from the in-memory bytes (the same code load_article runs
// after reading the file: UTF-8 check, normalization, front matter), extract its claims, count
// them and drop both. Peak memory is the raw corpus plus one article, independent of how many
// claims the corpus holds.
//
// BM_LoadAndExtract is the headline number (bytes/s of input text). BM_LoadOnly builds the
// articles without extracting, so extraction alone ~ the difference between the two.
#include <benchmark/benchmark.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "corpus/loader.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"

namespace {

struct Corpus {
  std::vector<std::pair<std::string, std::string>> files;  // path, bytes
  std::size_t bytes = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus c;
    const char* dir = std::getenv("WICLINT_BENCH_CORPUS");
    if (!dir || !*dir) {
      std::fprintf(stderr, "extract_bench: set WICLINT_BENCH_CORPUS to a corpus folder\n");
      std::exit(2);
    }
    std::vector<wiclint::InputProblem> problems;
    for (const auto& path : wiclint::list_files({dir}, wiclint::LoadOptions{}, problems)) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      c.bytes += ss.str().size();
      c.files.emplace_back(path, std::move(ss).str());
    }
    if (c.files.empty() || !problems.empty()) {
      std::fprintf(stderr, "extract_bench: no readable articles under %s\n", dir);
      std::exit(2);
    }
    std::fprintf(stderr, "extract_bench: %zu articles, %.1f MB in memory\n", c.files.size(),
                 c.bytes / 1e6);
    return c;
  }();
  return c;
}

const wiclint::KnowledgeBase& kb() {
  static const wiclint::KnowledgeBase k = [] {
    wiclint::KnowledgeBase k;
    wiclint::load_default_kb(k);
    return k;
  }();
  return k;
}

// CPU seconds of the calling thread: the extraction runs on it alone.
double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

void BM_LoadAndExtract(benchmark::State& state) {
  const Corpus& c = corpus();
  const wiclint::Extractor extractor(kb());
  std::size_t claims = 0, articles = 0, unreadable = 0;
  const double cpu0 = thread_cpu_seconds();
  const auto wall0 = std::chrono::steady_clock::now();
  for (auto _ : state) {
    for (const auto& [path, bytes] : c.files) {
      std::vector<wiclint::InputProblem> problems;
      auto article = wiclint::make_article(path, bytes, problems);
      if (!article) {
        ++unreadable;
        continue;
      }
      wiclint::ArticleClaims ac = extractor.extract(*article);
      claims += ac.claims.size();
      ++articles;
      benchmark::DoNotOptimize(ac);
    }  // article and its claims are dropped here
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(articles));
  const double it = static_cast<double>(state.iterations());
  state.counters["claims"] = benchmark::Counter(claims / it);
  state.counters["articles"] = benchmark::Counter(articles / it);
  state.counters["unreadable"] = benchmark::Counter(unreadable / it);
  state.counters["MB"] = benchmark::Counter(c.bytes / 1e6);
  // Decimal MB per second, under both names: per wall second of the run, and per CPU second of
  // this thread (a busy machine stretches the first, not the second). "MB/s" is the rate
  // Google Benchmark computes, per wall second here (UseRealTime), as bench/compare.sh reads it.
  const double cpu = thread_cpu_seconds() - cpu0;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  state.counters["MB/s"] = benchmark::Counter(c.bytes / 1e6 * it, benchmark::Counter::kIsRate);
  state.counters["MB/s per wall s"] = benchmark::Counter(c.bytes / 1e6 * it / wall);
  state.counters["MB/s per CPU s"] = benchmark::Counter(c.bytes / 1e6 * it / cpu);
}

void BM_LoadOnly(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const auto& [path, bytes] : c.files) {
      std::vector<wiclint::InputProblem> problems;
      auto article = wiclint::make_article(path, bytes, problems);
      benchmark::DoNotOptimize(article);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["MB/s"] = benchmark::Counter(c.bytes / 1e6 * state.iterations(),
                                              benchmark::Counter::kIsRate);
}

// One line of a date repeated (issue #13: the header-date search was quadratic in it, 400 KB took
// 17 s). Google Benchmark fits the complexity: it must come out O(N).
void BM_RepeatedDateLine(benchmark::State& state) {
  std::string text;
  while (text.size() < static_cast<std::size_t>(state.range(0))) text += "October 20, 2019 ";
  const wiclint::Extractor extractor(kb());
  for (auto _ : state) {
    std::vector<wiclint::InputProblem> problems;
    auto article = wiclint::make_article("dates.txt", text, problems);
    benchmark::DoNotOptimize(extractor.extract(*article));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(state.range(0));
}

BENCHMARK(BM_LoadAndExtract)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1)->Repetitions(3);
BENCHMARK(BM_LoadOnly)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1)->Repetitions(3);
BENCHMARK(BM_RepeatedDateLine)->RangeMultiplier(4)->Range(100 << 10, 6400 << 10)->Complexity(benchmark::oN);

}  // namespace

BENCHMARK_MAIN();
