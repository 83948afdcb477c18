// libFuzzer: bytes as a knowledge-base file on top of the default one, then as a config; a KB that
// loads must also build the extractor's tables and extract a small article (an empty alias once
// made that loop forever, a huge edition number overflowed).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "corpus/loader.hpp"
#include "engine/engine.hpp"
#include "extract/extractor.hpp"
#include "kb/config.hpp"
#include "kb/knowledge_base.hpp"
#include "kb/yaml_error.hpp"

namespace {

const char kArticle[] =
    "WIC opens\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday in Wuzhen. "
    "About 1,500 guests from 80 countries attended. Li Keqiang, premier of China, spoke.\n";

void lint_with(const wiclint::KnowledgeBase& kb) {
  std::vector<wiclint::InputProblem> problems;
  wiclint::LoadedCorpus corpus;
  corpus.articles.push_back(wiclint::make_article("a.txt", kArticle, problems));
  wiclint::Engine engine(kb, wiclint::Config{});
  (void)engine.run(corpus);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    wiclint::KnowledgeBase kb;
    wiclint::load_default_kb(kb);
    wiclint::load_kb_text(kb, "fuzz.yaml", text);
    lint_with(kb);
  } catch (const wiclint::YamlError&) {
  }
  try {
    wiclint::KnowledgeBase kb;
    wiclint::Engine engine(kb, wiclint::load_config_text("wiclint.yaml", text));
  } catch (const wiclint::YamlError&) {
  }
  return 0;
}
