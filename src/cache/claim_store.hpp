#pragma once
// The claims cache (docs/cache.md): one SQLite file, DIR/claims.db, holding per article file its
// content hash and its encoded claims (cache/claim_codec.hpp), under the key of the run
// (wiclint's version, the knowledge base, lexicon and config: cache_key()). An unchanged file is
// read from it, a changed one is extracted again and replaced, a deleted one dropped.
//
// Nothing in it is trusted: a file that is not a wiclint claims store, or that SQLite finds
// corrupt, is rebuilt with a warning; a record whose checksum or encoding is wrong is extracted
// again. Concurrent runs share it safely (WAL, a busy timeout, one write transaction per run).
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

struct sqlite3;

namespace wiclint {

class ClaimStore {
 public:
  // Opens or creates DIR/claims.db (creating DIR). Returns null, after a warning on `warn`, when
  // the store cannot be used at all (an unwritable folder): the run goes on without it.
  static std::unique_ptr<ClaimStore> open(const std::string& dir, std::string key, std::ostream& warn);
  ~ClaimStore();
  ClaimStore(const ClaimStore&) = delete;
  ClaimStore& operator=(const ClaimStore&) = delete;

  // The record stored for `path` (absolute), if it was written under this run's key for the
  // same content. Thread-safe.
  std::optional<std::string> find(const std::string& path, std::uint64_t hash);
  // The same, and the modification time the record was stored with (`stored_mtime`).
  std::optional<std::string> find(const std::string& path, std::uint64_t hash, std::int64_t& stored_mtime,
                                  std::int64_t& stored_at);
  // Files whose content matched their records by hash but whose modification time moved on (a
  // touch, a copy, a checkout), or was too close to when they were read: their records take the
  // new modification time and read time (Record::mtime, read_at), so that `check` knows them by a
  // stat again instead of reading them every time. Warns and leaves the store as it was when busy.
  struct Retime {
    std::string path;
    std::int64_t mtime = 0, read_at = 0;
  };
  void retime(const std::vector<Retime>& files);
  // A record that did not decode: warned about once; it is rewritten by this run. Thread-safe.
  void distrust(const std::string& path, const std::string& why);
  // The store failed while reading (SQLite found it corrupt): every record of this run must be
  // written to a rebuilt store.
  bool wants_every_record() const { return broken_; }

  // The claims of one article that fall in one group (engine/check_index.hpp).
  struct Keyed {
    std::string key;
    std::string path;       // absolute (filled when read back)
    std::string positions;  // the claims' indexes in the article, comma-separated
    std::string blob;       // those claims and the article's own fields (claim_codec)
  };
  struct Record {
    std::string path;  // absolute
    std::uint64_t hash = 0;
    std::uint64_t bytes = 0;
    std::string series, published, title;  // for people querying the store
    int main_edition = 0;
    std::size_t claims = 0;
    std::string blob;
    // For `check` (engine/check_index.hpp): the file's modification time (ns since the epoch) when
    // it was read, the highest edition it mentions, and the groups its claims fall in, each with
    // those of its claims (their positions in the article, and them encoded as a record of their own).
    std::int64_t mtime = 0;
    // When the file was stat'ed, just before it was read (ns since the epoch): stored as
    // `stored_at`, the time `check` sets the modification time against (docs/cache.md).
    std::int64_t read_at = 0;
    int latest_edition = 0;
    std::vector<Keyed> keys;
  };
  // Writes `records` and drops the files stored under one of `folders` (absolute) that are not in
  // `present`, in one transaction. Warns and leaves the store as it was when it stays busy.
  void update(const std::vector<Record>& records, const std::vector<std::string>& folders,
              const std::set<std::string>& present);

  std::size_t hits() const { return hits_; }

  // One stored file as `check` sees it before reading any record: whether it was written under
  // this run's key, its content hash, size and modification time (so a stat tells whether it is
  // unchanged), when it was stored, and the columns edition-gap needs.
  struct StoredFile {
    std::string path;  // absolute
    bool current_key = false;
    std::uint64_t hash = 0, bytes = 0;
    std::int64_t mtime = 0, stored_at = 0;
    std::size_t claims = 0;
    std::string series;
    int main_edition = 0, latest_edition = 0;
  };
  // Every stored file (from a covering index: no record is read), or none when the store cannot
  // be read.
  std::optional<std::vector<StoredFile>> files();
  // The paths stored under any of `keys`, or none when the store cannot be read.
  std::optional<std::set<std::string>> paths_with(const std::set<std::string>& keys);
  // Every article's claims stored under any of `keys`, or none when the store cannot be read.
  std::optional<std::vector<Keyed>> keyed_claims(const std::set<std::string>& keys);

 private:
  ClaimStore(std::string dir, std::string key, std::ostream& warn) : dir_(std::move(dir)), key_(std::move(key)), warn_(warn) {}
  bool connect(std::string& error);
  bool prepare_schema(std::string& error, bool& foreign);
  void rebuild(const std::string& why);
  void close();
  std::string file() const { return dir_ + "/claims.db"; }

  std::string dir_, key_;
  std::ostream& warn_;
  sqlite3* db_ = nullptr;
  std::mutex lock_;
  bool broken_ = false, warned_ = false;
  std::size_t hits_ = 0;
};

// The key a run's records are stored under: wiclint's version, the claim encoding's version, the
// knowledge base (the built-in one when loaded, and each file's bytes), the lexicon and the
// config file's bytes. Any change to one of them makes every record a miss.
std::string cache_key(const std::string& version, bool default_kb, const std::vector<std::string>& kb_files,
                      const std::string& config_path);

// Where a run keeps its cache. `explicit_dir` (--cache, or WICLINT_CACHE) wins; "" and no_cache
// false means the default: `.wiclint-cache` beside the config, else in the current folder.
// A folder inside one of `corpus_folders` is never used: an explicit one is an error (`error` is
// set), a default one means no cache. Returns "" for no cache.
std::string cache_folder(const std::string& explicit_dir, bool no_cache, const std::string& config_path,
                         const std::vector<std::string>& corpus_folders, std::string& error);

}  // namespace wiclint
