#include "lsp/workspace.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace wiclint::lsp {

void Workspace::set_root(const std::string& folder) {
  std::error_code ec;
  root_ = fs::weakly_canonical(fs::absolute(folder, ec), ec).lexically_normal().string();
  while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
}

std::string Workspace::absolute(const std::string& path) const {
  const fs::path p(path);
  return (p.is_absolute() ? p : fs::path(root_) / p).lexically_normal().string();
}

void Workspace::reload() {
  std::string config_path = settings_.config.empty() ? absolute("wiclint.yaml") : absolute(settings_.config);
  std::error_code ec;
  if (settings_.config.empty() && !fs::is_regular_file(config_path, ec)) config_path.clear();
  Config config;
  if (!config_path.empty()) config = load_config_file(config_path);
  if (!settings_.allow_outside_kb) check_kb_paths_inside(config);
  auto kb = std::make_unique<KnowledgeBase>();
  load_default_kb(*kb, config.default_kb && !settings_.no_default_kb);
  std::vector<std::string> files = {config_path};
  for (const auto& f : config.kb) files.push_back(absolute(f));
  for (const auto& f : settings_.kb) files.push_back(absolute(f));
  for (std::size_t k = 1; k < files.size(); ++k) load_kb_file(*kb, files[k]);
  auto engine = std::make_unique<Engine>(*kb, config);  // validates the config's rule settings
  corpus_.clear();
  if (!settings_.corpus.empty()) corpus_.push_back(absolute(settings_.corpus));
  for (const auto& c : settings_.corpus.empty() ? config.corpus : std::vector<std::string>{}) corpus_.push_back(absolute(c));
  if (corpus_.empty()) corpus_.push_back(root_);
  engine_ = std::move(engine);
  kb_ = std::move(kb);
  config_ = std::move(config);
  settings_files_ = std::move(files);
}

bool Workspace::settings_file(const std::string& path) const {
  if (fs::path(path).filename() == "wiclint.yaml") return true;
  const std::string p = fs::path(path).lexically_normal().string();
  return std::find(settings_files_.begin(), settings_files_.end(), p) != settings_files_.end();
}

Workspace::Checked Workspace::check(const std::string& path, const std::string& text) const {
  Checked out;
  if (!engine_) return out;
  LoadedCorpus corpus = load_corpus(corpus_, LoadOptions{config_.include, config_.exclude});
  std::vector<InputProblem> problems;
  std::shared_ptr<Article> a = make_article(path, text, problems);
  corpus.problems.insert(corpus.problems.end(), problems.begin(), problems.end());
  if (a) {
    a->id = file_id(path);
    std::erase_if(corpus.articles, [&](const auto& x) { return x->path() == path || (a->id.known() && x->id == a->id); });
    corpus.articles.push_back(a);
  }
  for (const auto& x : corpus.articles) out.articles[x->path()] = x;
  out.result = engine_->run(corpus, {path});
  return out;
}

}  // namespace wiclint::lsp
