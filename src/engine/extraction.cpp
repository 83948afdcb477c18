#include "engine/extraction.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <string_view>
#include <unordered_map>

#include <sys/stat.h>

#include "cache/claim_codec.hpp"
#include "cache/claim_store.hpp"
#include "engine/check_index.hpp"
#include "extract/extractor.hpp"
#include "util/content_hash.hpp"
#include "util/input_file.hpp"
#include "util/parallel.hpp"
#include "util/utf8.hpp"

namespace fs = std::filesystem;

namespace wiclint {

std::string store_path(const std::string& path) {
  std::error_code ec;
  std::string p = fs::absolute(path, ec).lexically_normal().string();
  if (p.size() > 1 && p.back() == '/') p.pop_back();  // a folder: "/work/c/." is "/work/c/"
  return p;
}

bool file_signature(const std::string& path, std::uint64_t& size, std::int64_t& mtime) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return false;
  size = static_cast<std::uint64_t>(st.st_size);
  mtime = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  return true;
}

void SourceTexts::add_file(const std::string& path, std::uint64_t hash) { index_[path] = {hash, nullptr}; }

void SourceTexts::add_in_memory(std::shared_ptr<const Article> article) {
  const std::string path = article->path();
  index_[path] = {0, std::move(article)};
}

void SourceTexts::visit(const std::vector<Location*>& locs, std::size_t jobs,
                        const std::function<void(const Visit&)>& fn) const {
  // The files, numbered as first met (null: not known here), and each location's file: a count of
  // locations per file then orders them file by file (millions at scale: no map of vectors).
  std::unordered_map<std::string_view, std::uint32_t> number;
  std::vector<const std::pair<const std::string, Source>*> files;
  std::vector<std::uint32_t> file_of(locs.size()), start(1, 0);
  for (std::size_t k = 0; k < locs.size(); ++k) {
    const auto [at, fresh] = number.try_emplace(locs[k]->file.str(), static_cast<std::uint32_t>(files.size()));
    if (fresh) {
      const auto known = index_.find(locs[k]->file.str());
      files.push_back(known == index_.end() ? nullptr : &*known);
      start.push_back(0);
    }
    file_of[k] = at->second;
    ++start[at->second + 1];
  }
  for (std::size_t f = 1; f < start.size(); ++f) start[f] += start[f - 1];
  std::vector<std::uint32_t> order(locs.size()), next(start.begin(), start.end() - 1);
  for (std::size_t k = 0; k < locs.size(); ++k) order[next[file_of[k]]++] = static_cast<std::uint32_t>(k);
  parallel_for(files.size(), [&](std::size_t f) {
    if (!files[f]) return;
    const auto& [path, src] = *files[f];
    bool changed = false;
    std::shared_ptr<const Article> article = src.kept ? src.kept : read_back(path, src.hash, changed);
    for (std::size_t i = start[f]; i < start[f + 1]; ++i) fn({locs[order[i]], order[i], article.get(), changed});
  }, 1, jobs);
}

std::shared_ptr<const Article> SourceTexts::read_back(const std::string& path, std::uint64_t hash, bool& changed) {
  std::string error;
  auto bytes = read_regular_file(path, kMaxInputBytes, error);
  changed = !bytes || content_hash(*bytes) != hash;
  // A file that changed may no longer be text at all: only valid UTF-8 becomes an Article.
  if (bytes && (!changed || (bytes->find('\0') == std::string::npos && find_invalid_utf8(*bytes) == std::string::npos)))
    return std::make_shared<const Article>(path, std::move(*bytes));
  return nullptr;
}

namespace {

// One listed file after its turn: its claims, or the reasons it is no article.
struct Item {
  ArticleClaims claims;
  std::vector<InputProblem> problems;
  bool readable = false;
  std::uint64_t hash = 0, bytes = 0;
  std::int64_t mtime = 0;  // stat'ed before the read: a later change shows as another time
  std::int64_t read_at = 0;  // when it was stat'ed and read (check's racy test: docs/cache.md)
  bool retime = false;     // found in the store by its content, under another time (ClaimStore::retime)
  std::string record;  // encoded for the cache, when it was extracted rather than found there
};

// Reads one file, then takes its claims from the store or extracts them; the text is dropped
// when this returns.
void process(const CorpusFile& file, const Extractor& extractor, const ExtractOptions& opts, Item& out) {
  ClaimStore* store = opts.store;
  if (opts.preloaded)
    if (auto p = opts.preloaded->find(file.path); p != opts.preloaded->end()) {
      out.claims = std::move(p->second.claims);
      out.hash = p->second.hash;
      out.readable = true;
      return;
    }
  std::uint64_t size = 0;
  if (store) {
    // The clock before the stat: a file whose modification time is well before it cannot have
    // changed after the read without its time moving on.
    out.read_at = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch()).count();
    file_signature(file.path, size, out.mtime);
  }
  std::string error;
  auto bytes = read_regular_file(file.path, kMaxInputBytes, error);
  if (!bytes) {
    out.problems.push_back({file.path, error, 0, 0});
    return;
  }
  out.hash = content_hash(*bytes);
  out.bytes = bytes->size();
  if (store) {
    std::int64_t stored_mtime = 0, stored_at = 0;
    if (auto record = store->find(store_path(file.path), out.hash, stored_mtime, stored_at)) {
      try {
        decode_article(*record, FilePath(file.path), out.claims, out.problems);
        out.readable = true;
        out.retime = out.mtime != stored_mtime || !settled(out.mtime, stored_at);
        return;
      } catch (const CodecError& e) {
        store->distrust(file.path, e.what());
        out.claims = ArticleClaims{};
        out.problems.clear();
      }
    }
  }
  auto article = make_article(file.path, std::move(*bytes), out.problems);
  if (!article) return;  // not text: reported, never cached
  out.claims = extractor.extract(*article);
  out.claims.directives = std::move(article->directives);
  out.readable = true;
  if (store && opts.kb) out.record = encode_article(out.claims, out.problems);
}

ClaimStore::Record record_of(const CorpusFile& file, Item& item, const KnowledgeBase& kb) {
  ClaimStore::Record r;
  r.path = store_path(file.path);
  r.hash = item.hash;
  r.bytes = item.bytes;
  r.series = item.claims.series;
  r.published = item.claims.published ? to_iso(*item.claims.published) : "";
  r.title = item.claims.title;
  r.main_edition = item.claims.main_edition;
  r.claims = item.claims.claims.size();
  r.blob = std::move(item.record);
  r.mtime = item.mtime;
  r.read_at = item.read_at;
  r.latest_edition = latest_edition(item.claims);
  r.keys = keyed_claims(item.claims, kb);
  return r;
}

}  // namespace

ExtractStats extract_corpus(const LoadedCorpus& corpus, const Extractor& extractor, const ExtractOptions& opts,
                            const ArticleSink& sink, SourceTexts* sources) {
  ExtractStats stats;
  const std::size_t n = corpus.listed.size(), chunk = std::max<std::size_t>(1, opts.chunk);
  std::set<std::string> present;
  for (std::size_t begin = 0; begin < n; begin += chunk) {
    std::vector<Item> items(std::min(chunk, n - begin));
    parallel_for(items.size(), [&](std::size_t k) { process(corpus.listed[begin + k], extractor, opts, items[k]); },
                 1, opts.jobs);
    std::vector<ClaimStore::Record> records;
    std::vector<ClaimStore::Retime> retimed;
    for (std::size_t k = 0; k < items.size(); ++k) {
      Item& item = items[k];
      const CorpusFile& file = corpus.listed[begin + k];
      if (item.readable && sources) sources->add_file(file.path, item.hash);
      if (item.readable && opts.store) present.insert(store_path(file.path));
      if (item.readable) ++(opts.store && item.record.empty() ? stats.from_cache : stats.extracted);
      if (!item.record.empty()) records.push_back(record_of(file, item, *opts.kb));
      if (item.retime && item.mtime) retimed.push_back({store_path(file.path), item.mtime, item.read_at});
      sink(std::move(item.claims), std::move(item.problems), item.readable);
    }
    if (opts.store && !records.empty()) opts.store->update(records, {}, {});
    if (opts.store) opts.store->retime(retimed);
  }
  if (opts.store && opts.prune) {
    std::vector<std::string> folders;
    for (const auto& root : corpus.roots) folders.push_back(store_path(root));
    opts.store->update({}, folders, present);
  }
  std::vector<ArticleClaims> in_memory(corpus.articles.size());
  parallel_for(in_memory.size(), [&](std::size_t k) {
    in_memory[k] = extractor.extract(*corpus.articles[k]);
    in_memory[k].directives = corpus.articles[k]->directives;
    corpus.articles[k]->release_scan_view();
  }, 1, opts.jobs);
  for (std::size_t k = 0; k < in_memory.size(); ++k) {
    if (sources) sources->add_in_memory(corpus.articles[k]);
    ++stats.extracted;
    sink(std::move(in_memory[k]), {}, true);
  }
  return stats;
}

}  // namespace wiclint
