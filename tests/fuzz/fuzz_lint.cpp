// libFuzzer: the whole lint of a small corpus (the example corpus) with one fuzzed article added:
// extraction of every article, then every rule across them, as `wiclint corpus/` runs it. A fuzzed
// article that outvotes, contradicts or corroborates the real ones drives the cross-source rules.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/loader.hpp"
#include "engine/engine.hpp"
#include "kb/config.hpp"
#include "kb/knowledge_base.hpp"

namespace {

const wiclint::KnowledgeBase& kb() {
  static const wiclint::KnowledgeBase k = [] {
    wiclint::KnowledgeBase x;
    wiclint::load_default_kb(x);
    return x;
  }();
  return k;
}

// The example corpus's texts, read once (WICLINT_EXAMPLES is set by tests/fuzz/CMakeLists.txt).
const std::vector<std::pair<std::string, std::string>>& examples() {
  static const std::vector<std::pair<std::string, std::string>> texts = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& e : std::filesystem::directory_iterator(WICLINT_EXAMPLES)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      out.emplace_back(e.path().filename().string(), s.str());
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return texts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  wiclint::LoadedCorpus corpus;
  for (const auto& [name, text] : examples())
    if (auto a = wiclint::make_article("corpus/" + name, text, corpus.problems)) corpus.articles.push_back(a);
  if (auto a = wiclint::make_article("corpus/zz_fuzz.txt", std::string(reinterpret_cast<const char*>(data), size),
                                     corpus.problems))
    corpus.articles.push_back(a);
  corpus.files = corpus.articles.size();
  wiclint::Engine engine(kb(), wiclint::Config{});
  (void)engine.run(corpus);
  return 0;
}
