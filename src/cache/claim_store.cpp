#include "cache/claim_store.hpp"

#include <sqlite3.h>

#include <chrono>
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
constexpr const char* kSchema = "1";
constexpr int kBusyMilliseconds = 30000;

const char* kCreate =
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS articles ("
    " path TEXT PRIMARY KEY, key TEXT NOT NULL, hash TEXT NOT NULL, bytes INTEGER NOT NULL,"
    " series TEXT NOT NULL, main_edition INTEGER NOT NULL, published TEXT NOT NULL, title TEXT NOT NULL,"
    " claims INTEGER NOT NULL, checksum TEXT NOT NULL, record BLOB NOT NULL);"
    "INSERT OR IGNORE INTO meta VALUES ('application', 'wiclint-claims-cache'), ('schema', '1');";

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
  if (!exec(db_, "BEGIN IMMEDIATE", error) || !exec(db_, kCreate, error) || !exec(db_, "COMMIT", error)) return failed();
  Statement meta(db_, "SELECT key, value FROM meta");
  std::string application, schema;
  for (int rc; meta.ok() && (rc = sqlite3_step(meta.get())) == SQLITE_ROW;) {
    if (meta.column_text(0) == "application") application = meta.column_text(1);
    if (meta.column_text(0) == "schema") schema = meta.column_text(1);
  }
  if (application != kApplication) {
    error = "it is not a wiclint claims cache";
    return false;
  }
  if (schema != kSchema) {
    error = "it was written with another cache schema (" + schema + ")";
    return false;
  }
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
  std::lock_guard<std::mutex> hold(lock_);
  if (broken_ || !db_) return std::nullopt;
  Statement q(db_, "SELECT key, hash, checksum, record FROM articles WHERE path = ?");
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
    Statement put(db_, "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ok = put.ok();
    for (const auto& r : records) {
      if (!ok) break;
      sqlite3_reset(put.get());
      put.text(1, r.path);
      put.text(2, key_);
      put.text(3, hex64(r.hash));
      put.integer(4, static_cast<long long>(r.bytes));
      put.text(5, r.series);
      put.integer(6, r.main_edition);
      put.text(7, r.published);
      put.text(8, r.title);
      put.integer(9, static_cast<long long>(r.claims));
      put.text(10, hex64(content_hash(r.blob)));
      put.blob(11, r.blob);
      ok = sqlite3_step(put.get()) == SQLITE_DONE;
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
      for (const auto& p : gone) {
        sqlite3_reset(drop.get());
        drop.text(1, p);
        ok = ok && sqlite3_step(drop.get()) == SQLITE_DONE;
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
