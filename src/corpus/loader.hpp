#pragma once
// Turns command-line paths into articles. Never writes anywhere.
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "corpus/article.hpp"

namespace wiclint {

// A file that could not be read as an article (or whose front matter is broken).
struct InputProblem {
  std::string path;
  std::string message;
  int line = 0;     // 0 when the problem has no position
  int column = 0;
  bool checked = false;  // the file was still read as an article (a broken front matter block)
};

struct LoadOptions {
  std::vector<std::string> include = {"*.txt", "*.md"};
  std::vector<std::string> exclude;
  std::size_t jobs = 0;  // threads reading files (0: one per core)
};

// A file listed for the corpus and not read yet: the engine reads it, extracts its claims and
// drops its text (list_corpus).
struct CorpusFile {
  std::string path;  // as reached from the command line
  FileId id;         // unknown when the file could not be stat'ed
  // Its size and modification time (ns since the epoch) when listed: `check` knows an unchanged
  // file by them (engine/check_index.hpp).
  std::uint64_t size = 0;
  std::int64_t mtime = 0;
};

struct LoadedCorpus {
  // The articles, in this order: `listed` (sorted by path), then `articles` (in memory: read by
  // load_corpus, standard input, text given by a test). The engine releases their scanned views.
  std::vector<CorpusFile> listed;
  std::vector<std::shared_ptr<Article>> articles;
  std::vector<InputProblem> problems;
  std::size_t files = 0;  // every file considered, readable or not
  std::size_t duplicates = 0;  // files reached again by another path or link, read once
  std::vector<std::string> roots;  // the folders walked, as findings name them ("corpus", "/abs/c")
};

// Lists the files under `paths` (files named directly are always taken; folders are walked
// recursively, keeping files that match include and no exclude glob), sorted by display path.
// Paths that do not exist become problems, and so do links in a folder that are broken or lead
// out of every folder in `paths` (the link is named, its target is not read).
std::vector<std::string> list_files(const std::vector<std::string>& paths, const LoadOptions& opts,
                                    std::vector<InputProblem>& problems);

// Drops every file that is one already listed (same device and inode: reached again through a
// relative and an absolute path, or through several links), keeping the first; returns how many.
std::size_t drop_duplicate_files(std::vector<std::string>& files);

// Reads one regular file (never a FIFO, device or socket; corpus/input_file.hpp). On failure
// returns null and appends a problem naming the byte offset, line and column where that applies
// (invalid UTF-8, NUL byte).
std::shared_ptr<Article> load_article(const std::string& path, std::vector<InputProblem>& problems);
// The same for standard input, read up to the same limit as a file (util/input_file.hpp).
std::shared_ptr<Article> load_stream(const std::string& display_path, std::istream& in,
                                     std::vector<InputProblem>& problems);
// The same for text already in memory.
std::shared_ptr<Article> make_article(const std::string& display_path, std::string bytes,
                                            std::vector<InputProblem>& problems);

// Lists the corpus (list_files, drop_duplicate_files) into `listed` without reading a file: the
// engine then holds one text per thread at a time, never the whole corpus.
LoadedCorpus list_corpus(const std::vector<std::string>& paths, const LoadOptions& opts);
// Lists and reads the corpus into `articles` (on opts.jobs threads), sorted by path.
LoadedCorpus load_corpus(const std::vector<std::string>& paths, const LoadOptions& opts);

// Parses a front matter block at the top of `a` (if any) into a.front and blanks it in the scanned
// view. Returns false and appends a problem when the block is malformed.
bool parse_front_matter(Article& a, std::vector<InputProblem>& problems);

// Glob with *, ?, ** and [...]. A pattern without '/' is matched against the file name only.
bool glob_match(const std::string& pattern, const std::string& path);

}  // namespace wiclint
