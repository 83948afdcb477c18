#include "corpus/loader.hpp"

#include <fstream>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "util/input_file.hpp"
#include "util/parallel.hpp"
#include "util/utf8.hpp"

namespace fs = std::filesystem;

namespace wiclint {

namespace {

std::string display(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  while (s.size() > 2 && s.compare(0, 2, "./") == 0) s.erase(0, 2);
  return s;
}

bool selected(const std::string& rel, const LoadOptions& opts) {
  bool in = std::any_of(opts.include.begin(), opts.include.end(), [&](const auto& g) { return glob_match(g, rel); });
  if (!in) return false;
  return std::none_of(opts.exclude.begin(), opts.exclude.end(), [&](const auto& g) { return glob_match(g, rel); });
}

InputProblem problem_at(const std::string& path, const std::string& bytes, std::size_t offset, std::string what) {
  // Line and column of a byte offset, computed on raw bytes (the text is not valid UTF-8).
  int line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++line;
      start = i + 1;
    }
  }
  std::size_t skip = (line == 1 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) ? 3 : 0;
  int col = static_cast<int>(count_code_points(std::string_view(bytes).substr(start + skip, offset - start - std::min(offset - start, skip)))) + 1;
  return {path, what + " at byte offset " + std::to_string(offset), line, col};
}

// The real paths of the folders named on the command line: a link found in one of them is
// followed only to a file under one of them.
std::vector<fs::path> real_folder_roots(const std::vector<std::string>& paths) {
  std::vector<fs::path> roots;
  for (const auto& arg : paths) {
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) continue;
    auto real = fs::canonical(arg, ec);
    if (!ec) roots.push_back(real);
  }
  return roots;
}

bool under_a_root(const fs::path& real, const std::vector<fs::path>& roots) {
  return std::any_of(roots.begin(), roots.end(), [&](const fs::path& root) {
    return std::mismatch(root.begin(), root.end(), real.begin(), real.end()).first == root.end();
  });
}

// A symbolic link met in a folder: broken, or leading out of the corpus folders, is a problem
// naming the link (never its target, whose name or text is none of the report's business).
bool link_usable(const fs::path& link, const std::vector<fs::path>& roots, std::vector<InputProblem>& problems) {
  std::error_code ec;
  const fs::path real = fs::canonical(link, ec);
  if (ec) {
    problems.push_back({display(link), "broken symbolic link", 0, 0});
    return false;
  }
  if (under_a_root(real, roots)) return true;
  problems.push_back({display(link), "symbolic link to a file outside the corpus folders; not followed", 0, 0});
  return false;
}

// The walk skips a folder it may not open (skip_permission_denied keeps one such folder from
// ending the whole walk); each is probed first so that it is reported, not skipped silently.
bool folder_readable(const fs::path& folder, std::vector<InputProblem>& problems) {
  std::error_code ec;
  fs::directory_iterator probe(folder, ec);
  if (!ec) return true;
  problems.push_back({display(folder), "cannot read folder: " + ec.message(), 0, 0});
  return false;
}

}  // namespace

namespace {

// A folder no corpus lives in: version control, build trees, installed packages, wiclint's cache.
bool tooling_folder(const std::string& name) {
  return name.starts_with(".") || name == "node_modules" || name == "build" || name.starts_with("build-") ||
         name.starts_with("cmake-build-");
}

// The simple patterns of a folder's .gitignore (no negations): a name or glob matched against each
// entry's name, or, with a '/' inside, against its path from the folder; a trailing '/' matches
// folders only.
struct GitIgnore {
  struct Pattern {
    std::string glob;
    bool anchored = false, folders_only = false;
  };
  std::vector<Pattern> patterns;

  explicit GitIgnore(const fs::path& root) {
    std::ifstream in(root / ".gitignore");
    for (std::string line; std::getline(in, line);) {
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
      if (line.empty() || line[0] == '#' || line[0] == '!') continue;
      Pattern p;
      p.folders_only = line.back() == '/';
      if (p.folders_only) line.pop_back();
      p.anchored = line.find('/') != std::string::npos;
      if (!line.empty() && line[0] == '/') line.erase(0, 1);
      p.glob = line;
      if (!p.glob.empty()) patterns.push_back(std::move(p));
    }
  }
  bool ignores(const std::string& rel, bool folder) const {
    const std::string name = rel.substr(rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
    for (const auto& p : patterns)
      if ((folder || !p.folders_only) && glob_match(p.glob, p.anchored ? rel : name)) return true;
    return false;
  }
};

}  // namespace

std::vector<std::string> list_files(const std::vector<std::string>& paths, const LoadOptions& opts,
                                    std::vector<InputProblem>& problems) {
  std::vector<std::string> out;
  const std::vector<fs::path> roots = real_folder_roots(paths);
  for (const auto& arg : paths) {
    std::error_code ec;
    fs::path root(arg);
    auto st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
      auto lst = fs::symlink_status(root, ec);
      problems.push_back({display(root), fs::is_symlink(lst) ? "broken symbolic link" : "no such file or folder", 0, 0});
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(display(root));
      continue;
    }
    const GitIgnore ignore(root);
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      problems.push_back({display(root), "cannot read folder: " + ec.message(), 0, 0});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        problems.push_back({display(root), "cannot read folder: " + ec.message(), 0, 0});
        break;
      }
      const fs::path& p = it->path();
      std::string rel = p.lexically_relative(root).generic_string();
      std::error_code fec;
      bool is_link = it->is_symlink(fec);
      if (it->is_directory(fec)) {
        if (tooling_folder(p.filename().string()) || ignore.ignores(rel, true)) {
          it.disable_recursion_pending();  // .git, build trees, what .gitignore leaves out
        } else if (!is_link && !folder_readable(p, problems)) {
          it.disable_recursion_pending();
        }
        continue;
      }
      if (!selected(rel, opts) || ignore.ignores(rel, false)) continue;
      if (is_link && !link_usable(p, roots, problems)) continue;
      out.push_back(display(p));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t drop_duplicate_files(std::vector<std::string>& files) {
  std::set<FileId> seen;
  std::size_t dropped = 0;
  std::erase_if(files, [&](const std::string& f) {
    const FileId id = file_id(f);
    const bool again = id.known() && !seen.insert(id).second;
    dropped += again;
    return again;
  });
  return dropped;
}

std::shared_ptr<Article> make_article(const std::string& path, std::string bytes,
                                            std::vector<InputProblem>& problems) {
  if (auto nul = bytes.find('\0'); nul != std::string::npos) {
    problems.push_back(problem_at(path, bytes, nul, "binary file: NUL byte"));
    return nullptr;
  }
  if (auto bad = find_invalid_utf8(bytes); bad != std::string::npos) {
    problems.push_back(problem_at(path, bytes, bad, "invalid UTF-8"));
    return nullptr;
  }
  auto a = std::make_shared<Article>(path, std::move(bytes));
  parse_front_matter(*a, problems);
  read_directives(*a);
  return a;
}

std::shared_ptr<Article> load_article(const std::string& path, std::vector<InputProblem>& problems) {
  std::string error;
  FileId id;
  auto bytes = read_regular_file(path, kMaxInputBytes, error, &id);
  if (!bytes) {
    problems.push_back({path, error, 0, 0});
    return nullptr;
  }
  auto a = make_article(path, std::move(*bytes), problems);
  if (a) a->id = id;
  return a;
}

std::shared_ptr<Article> load_stream(const std::string& display_path, std::istream& in,
                                     std::vector<InputProblem>& problems) {
  std::string error;
  auto bytes = read_stream(in, kMaxInputBytes, error);
  if (!bytes) {
    problems.push_back({display_path, error, 0, 0});
    return nullptr;
  }
  return make_article(display_path, std::move(*bytes), problems);
}

LoadedCorpus list_corpus(const std::vector<std::string>& paths, const LoadOptions& opts) {
  LoadedCorpus c;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) c.roots.push_back(display(p));
  }
  auto files = list_files(paths, opts, c.problems);
  // One stat per file, on every core: its identity (a file reached twice is read once, the
  // first time) and its size and time.
  std::vector<CorpusFile> all(files.size());
  parallel_for(files.size(), [&](std::size_t k) {
    all[k].path = std::move(files[k]);
    all[k].id = file_id(all[k].path, all[k].size, all[k].mtime);
  }, 256, opts.jobs);
  std::set<FileId> seen;
  for (auto& f : all) {
    if (f.id.known() && !seen.insert(f.id).second) {
      ++c.duplicates;
      continue;
    }
    c.listed.push_back(std::move(f));
  }
  c.files = c.listed.size() + c.problems.size();
  return c;
}

LoadedCorpus load_corpus(const std::vector<std::string>& paths, const LoadOptions& opts) {
  LoadedCorpus c = list_corpus(paths, opts);
  // Reading and normalizing files is independent per file: spread it over the cores, then merge
  // in path order so the result does not depend on the schedule.
  const std::size_t n = c.listed.size();
  std::vector<std::shared_ptr<Article>> articles(n);
  std::vector<std::vector<InputProblem>> problems(n);
  parallel_for(n, [&](std::size_t k) { articles[k] = load_article(c.listed[k].path, problems[k]); }, 64, opts.jobs);
  for (std::size_t k = 0; k < n; ++k) {
    if (articles[k]) c.articles.push_back(std::move(articles[k]));
    c.problems.insert(c.problems.end(), problems[k].begin(), problems[k].end());
  }
  c.listed.clear();
  return c;
}

}  // namespace wiclint
