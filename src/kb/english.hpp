#pragma once
// The English the readers look for, as named classes of phrases (claims/english.yaml). Verb classes
// are written as lemmas; their inflections are generated here, so a class never lacks one form.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace wiclint {

// The forms of an irregular verb that differ from the regular rules.
struct IrregularVerb {
  std::string third, past, participle, gerund;  // empty: the regular form
};

struct English {
  std::map<std::string, IrregularVerb> irregular;
  // Class name ("opening", "caption_words") -> its phrases, lower case, inflections expanded, in
  // the order written (a lemma's forms in the order base, 3rd person, past, participle, gerund).
  std::map<std::string, std::vector<std::string>, std::less<>> classes;

  // The phrases of a class; an unknown name is a programming error (the loader knows every class
  // a reader asks for) and throws std::out_of_range.
  const std::vector<std::string>& words(std::string_view cls) const;
};

// The inflections of a verb or verb phrase ("bring together" -> brings/brought/bringing together):
// base, 3rd person singular, past, past participle and gerund, without repeats.
std::vector<std::string> inflect(std::string_view lemma, const std::map<std::string, IrregularVerb>& irregular);

// Adds an `english:` block to `english`, validating its keys and classes (YamlError, located).
void parse_english(const std::string& file, const YAML::Node& node, English& english);

// The verb classes and the plain classes the readers ask for: the only names a file may use.
const std::vector<std::string>& english_verb_classes();
const std::vector<std::string>& english_noun_classes();
const std::vector<std::string>& english_word_classes();
const std::vector<std::string>& english_block_classes();

}  // namespace wiclint
