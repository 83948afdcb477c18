// The English lexicon: inflections generated from lemmas, and located errors in its YAML.
#include "kb/english.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "kb/knowledge_base.hpp"
#include "kb/yaml_error.hpp"

namespace wiclint {
namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(Inflect, RegularVerbsGetEveryForm) {
  EXPECT_EQ(inflect("attract", {}), (std::vector<std::string>{"attract", "attracts", "attracted", "attracting"}));
  EXPECT_EQ(inflect("close", {}), (std::vector<std::string>{"close", "closes", "closed", "closing"}));
  EXPECT_EQ(inflect("carry", {}), (std::vector<std::string>{"carry", "carries", "carried", "carrying"}));
  EXPECT_EQ(inflect("finish", {}), (std::vector<std::string>{"finish", "finishes", "finished", "finishing"}));
  // Near miss: a vowel before the final y keeps it.
  EXPECT_EQ(inflect("stay", {}), (std::vector<std::string>{"stay", "stays", "stayed", "staying"}));
}

TEST(Inflect, APhraseInflectsItsFirstWordAndIrregularsWin) {
  std::map<std::string, IrregularVerb> irregular{{"bring", {"", "brought", "brought", ""}}};
  EXPECT_EQ(inflect("bring together", irregular),
            (std::vector<std::string>{"bring together", "brings together", "brought together", "bringing together"}));
}

TEST(English, DefaultClassesHoldGeneratedForms) {
  KnowledgeBase kb;
  load_default_kb(kb);
  const auto& attendance = kb.english.words("attendance");
  for (const char* form : {"attend", "attends", "attended", "attending", "attract", "attracted", "drew", "drawn",
                           "brought together", "bringing together", "took part", "takes part", "gathered"})
    EXPECT_TRUE(has(attendance, form)) << form;
  EXPECT_FALSE(has(attendance, "gathering")) << "listed under except: mostly a noun";
  EXPECT_TRUE(has(kb.english.words("opening"), "began"));
  EXPECT_FALSE(has(kb.english.words("opening"), "beginning"));
  EXPECT_TRUE(has(kb.english.words("caption_words"), "photo"));
}

YamlError english_error(const std::string& text) {
  KnowledgeBase kb;
  try {
    load_kb_text(kb, "en.yaml", text);
  } catch (const YamlError& e) {
    return e;
  }
  ADD_FAILURE() << "no error for:\n" << text;
  return YamlError("", 0, 0, "");
}

TEST(English, UnknownClassIsALocatedErrorWithASuggestion) {
  const YamlError e = english_error("english:\n  verbs:\n    opennig: {lemmas: [open]}\n");
  EXPECT_EQ(e.line(), 3);
  EXPECT_NE(e.detail().find("opening"), std::string::npos) << e.detail();
}

TEST(English, EmptyOrNonAsciiPhrasesAreRejected) {
  EXPECT_EQ(english_error("english:\n  nouns:\n    event_parts: [\"\"]\n").line(), 3);
  EXPECT_EQ(english_error("english:\n  nouns:\n    event_parts: [\"s\xc3\xa9\x61nce\"]\n").line(), 3);
}

TEST(English, AKnowledgeBaseMayAddToAClass) {
  KnowledgeBase kb;
  load_default_kb(kb);
  load_kb_text(kb, "more.yaml", "english:\n  verbs:\n    attendance: {lemmas: [throng]}\n");
  EXPECT_TRUE(has(kb.english.words("attendance"), "thronged"));
  EXPECT_TRUE(has(kb.english.words("attendance"), "attended")) << "the default forms stay";
}

}  // namespace
}  // namespace wiclint
