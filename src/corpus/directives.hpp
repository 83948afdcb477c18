#pragma once
// Inline suppressions written in an article (README, "Inline suppressions"):
//   <!-- wiclint-disable-next-line count-agreement -- agency copy -->   the next line
//   <!-- wiclint-disable count-agreement -->  ...  <!-- wiclint-enable -->   a region
//   front matter `wiclint: {disable: [count-agreement], reason: ...}`     the whole file
// Reading them is part of loading an article (corpus/loader.cpp): the comments are recorded and
// blanked in the scanned view, so no claim is read from them and every other span stays where it
// was. Applying them is the engine's (apply_directives), which alone knows the rule ids.
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/finding.hpp"
#include "model/location.hpp"

namespace YAML {
class Node;
}

namespace wiclint {

class Article;

// One directive: a `<!-- wiclint-... -->` comment or the front matter's `wiclint:` key.
struct Directive {
  enum class Kind { next_line, disable, enable, file };
  Kind kind = Kind::disable;
  std::vector<std::string> rules;  // as written; empty: every rule (never for `file`)
  std::vector<Location> rule_locs;  // where each of `rules` is written
  bool has_reason = false;
  Location loc;  // the whole comment, or the front matter key
  std::string text;  // the comment as written (the quote of the findings about it)
};

// A directive that cannot be read (an unknown directive name, a malformed front matter value).
struct DirectiveProblem {
  Location loc;
  std::string message;
  std::string text;
};

struct ArticleDirectives {
  std::vector<Directive> list;  // the front matter's first, then the comments in text order
  std::vector<DirectiveProblem> problems;
  bool empty() const { return list.empty() && problems.empty(); }
};

// The rule ids of directive findings. They are not rules: no directive can disable them, and
// `suppress:` in wiclint.yaml can (docs/rules/directive-*.md).
inline constexpr const char* kDirectiveInvalid = "directive-invalid";        // error
inline constexpr const char* kDirectiveUnused = "directive-unused";          // warning
inline constexpr const char* kDirectiveNoReason = "directive-missing-reason";  // note

// Markdown reads a directive comment anywhere; a plain-text article (any other name) only on a
// line of its own, as prose could quote `<!--`.
bool markdown_path(const std::string& path);

// Records the directive comments of `a`'s scanned view (after its front matter) in a.directives
// and blanks them there (line breaks kept).
void read_directives(Article& a);
// Records the front matter's `wiclint:` value (called by parse_front_matter, before the block is
// blanked: locations are taken from YAML marks within it).
void read_front_matter_directive(Article& a, const YAML::Node& key, const YAML::Node& value);

// Removes from `findings` every finding whose own location lies where a directive of its file
// disables its rule, or all of whose conflicting sources (related locations that do not merely
// corroborate) do (not a corpus-wide finding, whose anchor is only where it is shown); appends the
// findings about the directives themselves (invalid, unused, without a reason) and returns how
// many it removed. `known_rules`: the ids a directive may name.
std::size_t apply_directives(std::vector<Finding>& findings, const std::vector<std::shared_ptr<Article>>& articles,
                             const std::vector<std::string>& known_rules);
// The same over directives kept apart from their articles (the engine keeps claims, not texts):
// each file's path and its directives.
std::size_t apply_directives(std::vector<Finding>& findings,
                             const std::vector<std::pair<std::string, const ArticleDirectives*>>& by_path,
                             const std::vector<std::string>& known_rules);

// The ids of a rule list (anything holding pointers to objects with id()).
template <class Rules>
std::vector<std::string> rule_ids(const Rules& rules) {
  std::vector<std::string> ids;
  for (const auto& r : rules) ids.emplace_back(r->id());
  return ids;
}

// The closest of `candidates` to `word` by edit distance, or "" when none is close.
std::string closest_word(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace wiclint
