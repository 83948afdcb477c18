#pragma once
// What an editor's articles are checked against: the config, the knowledge base and the corpus of
// one workspace folder. A check is `wiclint check PATH --corpus DIR` with the editor's text.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/engine.hpp"

namespace wiclint::lsp {

// The options of `wiclint lsp` (as `wiclint check` takes them).
struct Settings {
  std::string config;  // default: wiclint.yaml in the workspace folder, if there is one
  std::string corpus;  // default: the config's `corpus:`, else the workspace folder
  std::vector<std::string> kb;
  bool no_default_kb = false;
  bool allow_outside_kb = false;
};

class Workspace {
 public:
  explicit Workspace(Settings settings) : settings_(std::move(settings)) {}

  // The workspace folder (absolute); relative settings are read from it.
  void set_root(const std::string& folder);
  const std::string& root() const { return root_; }
  // Reads the config and the knowledge base again. On an error (YamlError) the ones read before
  // stay in use.
  void reload();
  bool ready() const { return engine_ != nullptr; }
  // Was a setting read from `path` (absolute), or is it a wiclint.yaml that could become the config?
  bool settings_file(const std::string& path) const;

  struct Checked {
    LintResult result;  // the findings that involve the article (as `check` reports them)
    std::map<std::string, std::shared_ptr<const Article>> articles;  // every article read, by path
  };
  // Checks `text` as the article at `path` (absolute) against the corpus, which it replaces a
  // file of (the same path or the same file reached by another) when it is in it.
  Checked check(const std::string& path, const std::string& text) const;

 private:
  std::string absolute(const std::string& path) const;
  Settings settings_;
  std::string root_ = ".";
  std::unique_ptr<KnowledgeBase> kb_;  // the engine keeps a reference: replaced after it
  std::unique_ptr<Engine> engine_;
  Config config_;
  std::vector<std::string> corpus_;
  std::vector<std::string> settings_files_;
};

}  // namespace wiclint::lsp
