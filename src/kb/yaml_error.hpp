#pragma once
// User errors in YAML files (knowledge base, config), located at the offending node.
#include <stdexcept>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "model/location.hpp"

namespace wiclint {

class YamlError : public std::runtime_error {
 public:
  YamlError(const std::string& file, int line, int column, const std::string& what);
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& detail() const { return detail_; }

 private:
  std::string file_;
  int line_, column_;
  std::string detail_;
};

// Throws YamlError at `node` (yaml-cpp marks are 0-based; this adds 1).
[[noreturn]] void yaml_fail(const std::string& file, const YAML::Node& node, const std::string& what);
// "; did you mean 'x'?" for the entry of `allowed` nearest `word` (at most two edits), else "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& allowed);
// "unknown key 'k'; did you mean ...? (allowed: ...)".
std::string unknown_key_message(const std::string& key, const std::vector<std::string>& allowed);
// Rejects keys of `map` outside `allowed`, suggesting the nearest allowed key.
void check_keys(const std::string& file, const YAML::Node& map, const std::vector<std::string>& allowed);
// Parses a whole YAML document, turning yaml-cpp's exceptions into YamlError.
YAML::Node load_yaml(const std::string& file, const std::string& text);
YAML::Node load_yaml_file(const std::string& file);
// The text of a YAML file: a regular file within the input size limit (util/input_file.hpp).
std::string read_yaml_text(const std::string& file);
Location yaml_location(const std::string& file, const YAML::Node& node);

// Typed access with located errors.
std::string yaml_string(const std::string& file, const YAML::Node& node);
int yaml_int(const std::string& file, const YAML::Node& node);
double yaml_double(const std::string& file, const YAML::Node& node);
std::vector<std::string> yaml_strings(const std::string& file, const YAML::Node& node);
// A whole number in [lo, hi]; `what` names it in the error ("an edition number").
int yaml_int_between(const std::string& file, const YAML::Node& node, int lo, int hi, const std::string& what);
// A phrase: not empty nor blank (an empty name matches everywhere: a search for it never moved
// on), and ASCII only when `ascii` (the title grammar classifies ASCII characters only).
std::string yaml_phrase(const std::string& file, const YAML::Node& node, bool ascii);
// A phrase or a list of phrases, each checked as yaml_phrase does.
std::vector<std::string> yaml_phrases(const std::string& file, const YAML::Node& node, bool ascii);

}  // namespace wiclint
