// libFuzzer: one article's bytes through the reader (UTF-8 checks, normalization, front matter)
// and the whole extraction. Any crash, sanitizer report, or input that runs past -timeout is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "corpus/loader.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"

namespace {

const wiclint::Extractor& extractor() {
  static const wiclint::KnowledgeBase kb = [] {
    wiclint::KnowledgeBase k;
    wiclint::load_default_kb(k);
    return k;
  }();
  static const wiclint::Extractor ex(kb);
  return ex;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<wiclint::InputProblem> problems;
  auto article = wiclint::make_article("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), problems);
  if (article) (void)extractor().extract(*article);
  return 0;
}
