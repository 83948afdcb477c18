// The rules' cost against the number of articles: every rule over the claims of the first 1,000,
// 10,000 and 100,000 articles of a generated corpus, and Google Benchmark's fit of the curve.
//
//   WICLINT_BENCH_CORPUS=bench/data/scale100k build-bench/bench/rules_bench
//
// Claims are extracted once, before timing (on every core), so only the rules are measured. Each
// rule must come out O(N) or O(N log N) in the `_BigO` line: a rule that compares claims pair by
// pair shows N^2 there (count-agreement's choice of notes did, past 50,000 articles). Sizes past
// the corpus's are left out, so a 10k corpus gives a two-point curve.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "corpus/loader.hpp"
#include "engine/engine.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"
#include "util/parallel.hpp"

namespace {

using wiclint::ArticleClaims;

const wiclint::KnowledgeBase& base_kb() {
  static const wiclint::KnowledgeBase k = [] {
    wiclint::KnowledgeBase x;
    wiclint::load_default_kb(x);
    return x;
  }();
  return k;
}

// The claims of every article of the corpus, in path order.
std::vector<ArticleClaims> extract_corpus(const char* dir) {
  wiclint::LoadedCorpus corpus = wiclint::load_corpus({dir}, wiclint::LoadOptions{});
  const wiclint::Extractor extractor(base_kb());
  std::vector<ArticleClaims> out(corpus.articles.size());
  wiclint::parallel_for(out.size(), [&](std::size_t k) {
    out[k] = extractor.extract(*corpus.articles[k]);
    corpus.articles[k].reset();
  });
  return out;
}

// One rule's input at one size: the first n articles and the knowledge base the engine would give
// the rules for them (series years inferred).
struct Slice {
  std::vector<ArticleClaims> articles;
  wiclint::KnowledgeBase kb;
};

std::map<std::size_t, Slice>& slices() {
  static std::map<std::size_t, Slice> s;
  return s;
}

void run_rule(benchmark::State& state, const wiclint::Rule* rule) {
  const Slice& slice = slices().at(static_cast<std::size_t>(state.range(0)));
  const std::vector<wiclint::InputProblem> problems;
  wiclint::RuleContext ctx{slice.articles, slice.kb, problems, {}};
  for (const auto& o : rule->options()) ctx.options[o.name] = o.default_value;
  std::size_t findings = 0;
  for (auto _ : state) {
    std::vector<wiclint::Finding> out;
    rule->run(ctx, out);
    findings = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetComplexityN(state.range(0));
  state.counters["findings"] = benchmark::Counter(static_cast<double>(findings));
}

}  // namespace

int main(int argc, char** argv) {
  const char* dir = std::getenv("WICLINT_BENCH_CORPUS");
  if (!dir || !*dir) {
    std::fprintf(stderr, "rules_bench: set WICLINT_BENCH_CORPUS to a corpus folder (bench/data/scale100k)\n");
    return 2;
  }
  std::vector<ArticleClaims> all = extract_corpus(dir);
  std::fprintf(stderr, "rules_bench: %zu articles extracted from %s\n", all.size(), dir);
  std::vector<std::int64_t> sizes;
  for (std::size_t n : {1000u, 10000u, 100000u}) {
    if (n > all.size()) break;
    Slice& s = slices()[n];
    s.articles.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
    s.kb = base_kb();
    wiclint::infer_series_years(s.kb, s.articles);
    sizes.push_back(static_cast<std::int64_t>(n));
  }
  all.clear();
  if (sizes.empty()) {
    std::fprintf(stderr, "rules_bench: the corpus has fewer than 1,000 articles\n");
    return 2;
  }
  static const auto rules = wiclint::make_rules();
  for (const auto& r : rules) {
    auto* b = benchmark::RegisterBenchmark(("BM_Rule/" + std::string(r->id())).c_str(), run_rule, r.get());
    for (auto n : sizes) b->Arg(n);
    b->Unit(benchmark::kMillisecond)->Complexity();
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
