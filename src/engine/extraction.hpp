#pragma once
// The extraction stage over a whole corpus: each listed file is read, its claims extracted (or
// taken from the claims cache) and its text dropped, on every worker, in chunks handed on in
// corpus order. Peak memory is the claims plus one text per worker, not the corpus.
//
// Reports quote the source lines of findings: SourceTexts reads them back from the files, checked
// against the content hash of the bytes the claims came from.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/loader.hpp"
#include "model/article_claims.hpp"
#include "model/finding.hpp"

namespace wiclint {

class Extractor;
class ClaimStore;
struct KnowledgeBase;

// Where each article's text can be found again.
class SourceTexts {
 public:
  void add_file(const std::string& path, std::uint64_t hash);
  void add_in_memory(std::shared_ptr<const Article> article);
  bool has(const std::string& path) const { return index_.count(path) != 0; }

  // A location's article as it is now: rebuilt from the file (or the one kept in memory), and
  // whether that is still the text the claims were read from. `article` is null for a file that
  // can no longer be read.
  struct Visit {
    Location* loc;
    std::size_t index;  // of loc in the locations given
    const Article* article;
    bool changed;
  };
  // Calls visit() for every location of `locs` whose file is known, one file at a time per worker
  // (each file is read once). visit() may run on several threads for locations of different files.
  void visit(const std::vector<Location*>& locs, std::size_t jobs, const std::function<void(const Visit&)>& fn) const;

 private:
  struct Source {
    std::uint64_t hash = 0;
    std::shared_ptr<const Article> kept;  // standard input, text given in memory
  };
  // The file as it is now; `changed`: it is not the text of content hash `hash`.
  static std::shared_ptr<const Article> read_back(const std::string& path, std::uint64_t hash, bool& changed);
  std::map<std::string, Source> index_;
};

// An article's claims read from the claims cache without reading its file (all of them, or only
// those of the groups `check` looks at), and the content hash they were read from.
struct Preloaded {
  std::uint64_t hash = 0;
  ArticleClaims claims;
};

struct ExtractOptions {
  std::size_t jobs = 0;        // 0: one worker per core
  std::size_t chunk = 512;     // articles read and extracted between two hand-overs
  ClaimStore* store = nullptr;  // the claims cache, or none
  bool prune = false;  // drop the cache's records of files gone from the corpus folders (a lint)
  // The knowledge base the claims are read with: a record's check keys depend on it
  // (engine/check_index.hpp). No record is written without it.
  const KnowledgeBase* kb = nullptr;
  // Articles whose claims `check` already read from the store (engine/check_index.hpp): display
  // path -> them. Such a file is not read; each entry is moved out by its file's worker.
  std::unordered_map<std::string, Preloaded>* preloaded = nullptr;
};

// The path a file is stored under in the claims cache: absolute, normalized, not resolved.
std::string store_path(const std::string& path);
// The size and modification time (ns since the epoch) of a file; false when it cannot be stat'ed.
bool file_signature(const std::string& path, std::uint64_t& size, std::int64_t& mtime);
// Was a file of modification time `mtime`, read at `read_at`, settled then: modified at least 2 s
// before, so that it cannot have changed after the read within the same tick of the clock (git's
// "racy" entries)? Only then does `check` know it unchanged by its size and time.
inline bool settled(std::int64_t mtime, std::int64_t read_at) { return mtime + 2'000'000'000 <= read_at; }

struct ExtractStats {
  std::size_t extracted = 0, from_cache = 0;
};

// Extracts every article of `corpus` (listed files, then those in memory) and hands each to
// `sink` in that order with the problems reading it met (a broken front matter block; the
// reasons a file is no article, which then comes with no claims and `readable` false).
// Records the texts in `sources` (when given) for the reports.
using ArticleSink = std::function<void(ArticleClaims&& claims, std::vector<InputProblem>&& problems, bool readable)>;
ExtractStats extract_corpus(const LoadedCorpus& corpus, const Extractor& extractor, const ExtractOptions& opts,
                            const ArticleSink& sink, SourceTexts* sources);

}  // namespace wiclint
