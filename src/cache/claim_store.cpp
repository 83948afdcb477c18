#include "cache/claim_store.hpp"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cache/claim_codec.hpp"
#include "util/content_hash.hpp"
#include "util/hash.hpp"
#include "util/utf8.hpp"

extern const char wiclint_default_kb_data[];
extern const std::size_t wiclint_default_kb_size;
extern const char wiclint_english_data[];
extern const std::size_t wiclint_english_size;
extern const char wiclint_lexicon_data[];
extern const std::size_t wiclint_lexicon_size;

namespace fs = std::filesystem;

namespace wiclint {

namespace {

constexpr const char* kApplication = "wiclint-claims-cache";
constexpr const char* kSchema = "2";
constexpr int kBusyMilliseconds = 30000;

// Schema 2 adds what `check` needs to read only the articles a new one can meet (docs/cache.md):
// each file's modification time (so an unchanged file is known by a stat, not a read and a hash),
// the highest edition it mentions (edition-gap), and `article_keys`, the groups its claims fall in.
// `articles_files` covers the columns `check` scans for every file, so the scan never reads the
// records' pages.
const char* kCreateMeta =
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "INSERT OR IGNORE INTO meta VALUES ('application', 'wiclint-claims-cache'), ('schema', '2');";
const char* kCreate =
    "CREATE TABLE IF NOT EXISTS articles ("
    " path TEXT PRIMARY KEY, key TEXT NOT NULL, hash TEXT NOT NULL, bytes INTEGER NOT NULL,"
    " mtime INTEGER NOT NULL, stored_at INTEGER NOT NULL,"
    " series TEXT NOT NULL, main_edition INTEGER NOT NULL, latest_edition INTEGER NOT NULL,"
    " published TEXT NOT NULL, title TEXT NOT NULL,"
    " claims INTEGER NOT NULL, checksum TEXT NOT NULL, record BLOB NOT NULL);"
    "CREATE INDEX IF NOT EXISTS articles_files ON articles"
    " (path, key, hash, bytes, mtime, stored_at, claims, series, main_edition, latest_edition);"
    "CREATE TABLE IF NOT EXISTS article_keys (key TEXT NOT NULL, path TEXT NOT NULL, positions TEXT NOT NULL,"
    " claims BLOB NOT NULL, PRIMARY KEY (key, path)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS article_keys_path ON article_keys (path);";

// A prepared statement, finalized when it goes out of scope.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Statement() { sqlite3_finalize(s_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() const { return s_; }
  void text(int i, const std::string& v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void blob(int i, const std::string& v) { sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC); }
  void integer(int i, long long v) { sqlite3_bind_int64(s_, i, v); }
  std::string column_text(int i) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(s_, i));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s_, i))) : std::string();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_;
};

bool exec(sqlite3* db, const char* sql, std::string& error) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
  error = message ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  return false;
}

bool corrupt(int rc) { return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB; }

// exec, tried again while another connection holds the lock it needs (switching a new store to WAL
// takes the database's exclusive lock, which SQLite may refuse at once instead of waiting).
bool exec_waiting(sqlite3* db, const char* sql, std::string& error) {
  constexpr int kPauseMilliseconds = 10;
  for (int waited = 0;; waited += kPauseMilliseconds) {
    if (exec(db, sql, error)) return true;
    const int rc = sqlite3_errcode(db);
    if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited >= kBusyMilliseconds) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(kPauseMilliseconds));
  }
}

}  // namespace

std::unique_ptr<ClaimStore> ClaimStore::open(const std::string& dir, std::string key, std::ostream& warn) {
  std::unique_ptr<ClaimStore> s(new ClaimStore(dir, std::move(key), warn));
  std::error_code ec;
  fs::create_directories(dir, ec);
  std::string error;
  bool foreign = false;
  if (ec) {
    error = ec.message();
  } else if (s->connect(error) && s->prepare_schema(error, foreign)) {
    return s;
  }
  if (foreign) {  // the file is there but is no store of ours, or SQLite finds it corrupt
    s->rebuild(error);
    if (s->db_) return s;
  }
  warn << "wiclint: warning: cannot use the claims cache " << printable(dir) << ": " << printable(error)
       << "; running without it\n";
  return nullptr;
}

ClaimStore::~ClaimStore() { close(); }

void ClaimStore::close() {
  if (db_) sqlite3_close(db_);
  db_ = nullptr;
}

bool ClaimStore::connect(std::string& error) {
  const int rc = sqlite3_open_v2(file().c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    error = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    close();
    return false;
  }
  sqlite3_busy_timeout(db_, kBusyMilliseconds);
  return true;
}

// Creates the tables of a new store and checks that an old one is ours, of this schema. Sets
// `foreign` when the file must be rebuilt (not ours, another schema, corrupt); a busy store or a
// full disk is no reason to throw another run's store away.
bool ClaimStore::prepare_schema(std::string& error, bool& foreign) {
  // The names are read in a statement of their own, finalized before anything is written: a
  // statement left open keeps a read lock, and two new runs that each hold one while asking for
  // the write lock are a deadlock SQLite answers with "database is locked" at once, without waiting.
  std::set<std::string> names;
  {
    Statement tables(db_, "SELECT name FROM sqlite_master");
    if (!tables.ok()) {
      error = sqlite3_errmsg(db_);
      foreign = corrupt(sqlite3_errcode(db_));
      return false;
    }
    for (int rc; (rc = sqlite3_step(tables.get())) == SQLITE_ROW;) names.insert(tables.column_text(0));
  }
  foreign = true;
  if (!names.empty() && !names.count("meta")) {
    error = "it is not a wiclint claims cache";
    return false;
  }
  auto failed = [&] {
    foreign = corrupt(sqlite3_errcode(db_));
    std::string ignored;
    if (!sqlite3_get_autocommit(db_)) exec(db_, "ROLLBACK", ignored);
    return false;
  };
  if (!exec_waiting(db_, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", error)) return failed();
  // The meta rows are checked before the tables are created: an older schema's `articles` lacks
  // the columns this one indexes, and must be rebuilt, not half-upgraded.
  if (!exec(db_, "BEGIN IMMEDIATE", error) || !exec(db_, kCreateMeta, error)) return failed();
  std::string application, schema;
  {
    Statement meta(db_, "SELECT key, value FROM meta");
    for (int rc; meta.ok() && (rc = sqlite3_step(meta.get())) == SQLITE_ROW;) {
      if (meta.column_text(0) == "application") application = meta.column_text(1);
      if (meta.column_text(0) == "schema") schema = meta.column_text(1);
    }
  }
  if (application != kApplication || schema != kSchema) {
    std::string ignored;
    exec(db_, "ROLLBACK", ignored);
    error = application != kApplication ? "it is not a wiclint claims cache"
                                        : "it was written with another cache schema (" + schema + ")";
    return false;
  }
  if (!exec(db_, kCreate, error) || !exec(db_, "COMMIT", error)) return failed();
  foreign = false;
  return true;
}

void ClaimStore::rebuild(const std::string& why) {
  warn_ << "wiclint: warning: the claims cache " << printable(file()) << " is not usable (" << printable(why)
        << "); rebuilding it\n";
  close();
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(file() + suffix, ec);
  std::string error;
  bool foreign = false;
  if (!connect(error) || !prepare_schema(error, foreign)) {
    warn_ << "wiclint: warning: cannot rebuild the claims cache: " << printable(error) << "; running without it\n";
    close();
  }
}

std::optional<std::string> ClaimStore::find(const std::string& path, std::uint64_t hash) {
  std::int64_t mtime = 0, at = 0;
  return find(path, hash, mtime, at);
}

std::optional<std::string> ClaimStore::find(const std::string& path, std::uint64_t hash, std::int64_t& stored_mtime,
                                            std::int64_t& stored_at) {
  std::lock_guard<std::mutex> hold(lock_);
  if (broken_ || !db_) return std::nullopt;
  Statement q(db_, "SELECT key, hash, checksum, record, mtime, stored_at FROM articles WHERE path = ?");
  int rc = q.ok() ? SQLITE_OK : sqlite3_errcode(db_);
  if (q.ok()) {
    q.text(1, path);
    rc = sqlite3_step(q.get());
    if (rc == SQLITE_ROW) {
      if (q.column_text(0) != key_ || q.column_text(1) != hex64(hash)) return std::nullopt;
      std::string record = q.column_text(3);
      if (q.column_text(2) != hex64(content_hash(record))) {
        if (!warned_) warn_ << "wiclint: warning: a record of the claims cache is damaged (" << printable(path) << "); extracting again\n";
        warned_ = true;
        return std::nullopt;
      }
      ++hits_;
      stored_mtime = sqlite3_column_int64(q.get(), 4);
      stored_at = sqlite3_column_int64(q.get(), 5);
      return record;
    }
    if (rc == SQLITE_DONE) return std::nullopt;
  }
  if (corrupt(rc)) {
    warn_ << "wiclint: warning: the claims cache " << printable(file()) << " is corrupt (" << sqlite3_errmsg(db_)
          << "); extracting every article and rebuilding it\n";
    broken_ = true;
  }
  return std::nullopt;
}

void ClaimStore::distrust(const std::string& path, const std::string& why) {
  std::lock_guard<std::mutex> hold(lock_);
  if (!warned_)
    warn_ << "wiclint: warning: a record of the claims cache does not decode (" << printable(path) << ": " << why
          << "); extracting again\n";
  warned_ = true;
}

namespace {

bool put_record(Statement& put, const ClaimStore::Record& r, const std::string& run_key) {
  sqlite3_reset(put.get());
  put.text(1, r.path);
  put.text(2, run_key);
  put.text(3, hex64(r.hash));
  put.integer(4, static_cast<long long>(r.bytes));
  put.integer(5, r.mtime);
  put.integer(6, r.read_at);
  put.text(7, r.series);
  put.integer(8, r.main_edition);
  put.integer(9, r.latest_edition);
  put.text(10, r.published);
  put.text(11, r.title);
  put.integer(12, static_cast<long long>(r.claims));
  put.text(13, hex64(content_hash(r.blob)));
  put.blob(14, r.blob);
  return sqlite3_step(put.get()) == SQLITE_DONE;
}

// A record's keys replace those of the record it replaces: a key row never outlives its record's
// content.
bool replace_keys(Statement& unkey, Statement& key, const ClaimStore::Record& r) {
  sqlite3_reset(unkey.get());
  unkey.text(1, r.path);
  if (sqlite3_step(unkey.get()) != SQLITE_DONE) return false;
  for (const auto& k : r.keys) {
    sqlite3_reset(key.get());
    key.text(1, k.key);
    key.text(2, r.path);
    key.text(3, k.positions);
    key.blob(4, k.blob);
    if (sqlite3_step(key.get()) != SQLITE_DONE) return false;
  }
  return true;
}

}  // namespace

std::optional<std::vector<ClaimStore::StoredFile>> ClaimStore::files() {
  std::lock_guard<std::mutex> hold(lock_);
  if (broken_ || !db_) return std::nullopt;
  Statement q(db_, "SELECT path, key, hash, bytes, mtime, stored_at, claims, series, main_edition, latest_edition"
                   " FROM articles INDEXED BY articles_files");
  if (!q.ok()) return std::nullopt;
  std::vector<StoredFile> out;
  int rc;
  while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
    StoredFile f;
    f.path = q.column_text(0);
    f.current_key = q.column_text(1) == key_;
    f.hash = std::strtoull(q.column_text(2).c_str(), nullptr, 16);
    f.bytes = static_cast<std::uint64_t>(sqlite3_column_int64(q.get(), 3));
    f.mtime = sqlite3_column_int64(q.get(), 4);
    f.stored_at = sqlite3_column_int64(q.get(), 5);
    f.claims = static_cast<std::size_t>(sqlite3_column_int64(q.get(), 6));
    f.series = q.column_text(7);
    f.main_edition = sqlite3_column_int(q.get(), 8);
    f.latest_edition = sqlite3_column_int(q.get(), 9);
    out.push_back(std::move(f));
  }
  if (rc != SQLITE_DONE) return std::nullopt;
  return out;
}

std::optional<std::set<std::string>> ClaimStore::paths_with(const std::set<std::string>& keys) {
  std::lock_guard<std::mutex> hold(lock_);
  if (broken_ || !db_) return std::nullopt;
  Statement q(db_, "SELECT path FROM article_keys WHERE key = ?");
  if (!q.ok()) return std::nullopt;
  std::set<std::string> out;
  for (const auto& k : keys) {
    sqlite3_reset(q.get());
    q.text(1, k);
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) out.insert(q.column_text(0));
    if (rc != SQLITE_DONE) return std::nullopt;
  }
  return out;
}

std::optional<std::vector<ClaimStore::Keyed>> ClaimStore::keyed_claims(const std::set<std::string>& keys) {
  std::lock_guard<std::mutex> hold(lock_);
  if (broken_ || !db_) return std::nullopt;
  Statement q(db_, "SELECT path, positions, claims FROM article_keys WHERE key = ?");
  if (!q.ok()) return std::nullopt;
  std::vector<Keyed> out;
  for (const auto& k : keys) {
    sqlite3_reset(q.get());
    q.text(1, k);
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) out.push_back({k, q.column_text(0), q.column_text(1), q.column_text(2)});
    if (rc != SQLITE_DONE) return std::nullopt;
  }
  return out;
}

void ClaimStore::retime(const std::vector<Retime>& files) {
  if (files.empty() || broken_ || !db_) return;
  std::string error;
  if (!exec(db_, "BEGIN IMMEDIATE", error)) {
    warn_ << "wiclint: warning: the claims cache was not updated: " << printable(error) << '\n';
    return;
  }
  bool ok = true;
  {
    Statement set(db_, "UPDATE articles SET mtime = ?, stored_at = ? WHERE path = ?");
    ok = set.ok();
    for (const auto& f : files) {
      if (!ok) break;
      sqlite3_reset(set.get());
      set.integer(1, f.mtime);
      set.integer(2, f.read_at);
      set.text(3, f.path);
      ok = sqlite3_step(set.get()) == SQLITE_DONE;
    }
  }
  if (ok && exec(db_, "COMMIT", error)) return;
  if (error.empty()) error = sqlite3_errmsg(db_);
  std::string ignored;
  exec(db_, "ROLLBACK", ignored);
  warn_ << "wiclint: warning: the claims cache was not updated: " << printable(error) << '\n';
}

void ClaimStore::update(const std::vector<Record>& records, const std::vector<std::string>& folders,
                        const std::set<std::string>& present) {
  if (broken_) rebuild("SQLite reported it corrupt");
  if (!db_) return;
  std::string error;
  if (!exec(db_, "BEGIN IMMEDIATE", error)) {
    warn_ << "wiclint: warning: the claims cache was not updated: " << printable(error) << '\n';
    return;
  }
  bool ok = true;
  {
    Statement put(db_, "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement unkey(db_, "DELETE FROM article_keys WHERE path = ?");
    Statement key(db_, "INSERT OR IGNORE INTO article_keys VALUES (?, ?, ?, ?)");
    ok = put.ok() && unkey.ok() && key.ok();
    for (const auto& r : records) {
      if (!ok) break;
      ok = put_record(put, r, key_) && replace_keys(unkey, key, r);
    }
    // Files stored under a folder linted now that are no longer in it were deleted or renamed.
    Statement under(db_, "SELECT path FROM articles WHERE path > ? AND path < ?");
    Statement drop(db_, "DELETE FROM articles WHERE path = ?");
    for (const auto& folder : folders) {
      if (!ok || !under.ok() || !drop.ok()) break;
      sqlite3_reset(under.get());
      under.text(1, folder + "/");
      under.text(2, folder + "0");  // '0' follows '/'
      std::vector<std::string> gone;
      while (sqlite3_step(under.get()) == SQLITE_ROW)
        if (std::string p = under.column_text(0); !present.count(p)) gone.push_back(p);
      Statement unkey(db_, "DELETE FROM article_keys WHERE path = ?");
      for (const auto& p : gone) {
        sqlite3_reset(drop.get());
        drop.text(1, p);
        ok = ok && sqlite3_step(drop.get()) == SQLITE_DONE;
        sqlite3_reset(unkey.get());
        unkey.text(1, p);
        ok = ok && unkey.ok() && sqlite3_step(unkey.get()) == SQLITE_DONE;
      }
    }
  }
  if (ok && exec(db_, "COMMIT", error)) return;
  if (error.empty()) error = sqlite3_errmsg(db_);
  std::string ignored;
  exec(db_, "ROLLBACK", ignored);
  warn_ << "wiclint: warning: the claims cache was not updated: " << printable(error) << '\n';
}

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path absolute_normal(const std::string& p) {
  std::error_code ec;
  fs::path a = fs::weakly_canonical(fs::absolute(p, ec), ec).lexically_normal();
  return a.has_filename() ? a : a.parent_path();
}

bool lies_under(const fs::path& p, const fs::path& root) {
  return std::mismatch(root.begin(), root.end(), p.begin(), p.end()).first == root.end();
}

}  // namespace

std::string cache_key(const std::string& version, bool default_kb, const std::vector<std::string>& kb_files,
                      const std::string& config_path) {
  std::string all = "wiclint " + version + "\ncodec " + std::to_string(kClaimCodecVersion) + "\n";
  auto add = [&](const std::string& what, std::string_view text) {
    all += what + " " + hex64(content_hash(text)) + "\n";
  };
  add("lexicon", std::string_view(wiclint_english_data, wiclint_english_size));
  add("lexicon", std::string_view(wiclint_lexicon_data, wiclint_lexicon_size));
  if (default_kb) add("kb", std::string_view(wiclint_default_kb_data, wiclint_default_kb_size));
  for (const auto& f : kb_files) add("kb", file_text(f));
  if (!config_path.empty()) add("config", file_text(config_path));
  return hex64(content_hash(all)) + hex64(fnv1a64(all));
}

std::string cache_folder(const std::string& explicit_dir, bool no_cache, const std::string& config_path,
                         const std::vector<std::string>& corpus_folders, std::string& error) {
  if (no_cache) return "";
  std::string dir = explicit_dir;
  if (dir.empty()) dir = ((config_path.empty() ? fs::path(".") : fs::path(config_path).parent_path()) / ".wiclint-cache").string();
  const fs::path where = absolute_normal(dir);
  for (const auto& folder : corpus_folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec) || !lies_under(where, absolute_normal(folder))) continue;
    if (!explicit_dir.empty())
      error = "the cache folder " + explicit_dir + " is inside the corpus folder " + folder +
              " being linted; put it outside the corpus (or use --no-cache)";
    return "";
  }
  return dir;
}

}  // namespace wiclint
