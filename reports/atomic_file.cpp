#include "reports/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <streambuf>

namespace fs = std::filesystem;

namespace wiclint {

namespace {

bool write_all(int fd, const char* p, std::size_t left) {
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

// A stream buffer writing to a file descriptor through a 64 KiB buffer; it keeps the first error.
class FdBuf final : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const auto n = static_cast<std::size_t>(pptr() - pbase());
    if (n && !error_ && !write_all(fd_, pbase(), n)) error_ = errno ? errno : EIO;
    setp(buf_, buf_ + sizeof buf_);
    return !error_;
  }
  int fd_;
  int error_ = 0;
  char buf_[1 << 16];
};

// Creates a new temporary file beside `path` (its name in `tmp`, its descriptor in `fd`), making
// missing parent folders. Returns "" or an error.
std::string create_temporary(const std::string& path, std::string& tmp, int& fd) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) return "cannot create folder " + target.parent_path().string() + ": " + ec.message();
  }
  if (fs::is_directory(target, ec)) return "cannot write " + path + ": " + std::strerror(EISDIR);
  tmp = (target.has_parent_path() ? target.parent_path() / ("." + target.filename().string() + ".XXXXXX")
                                  : fs::path("." + target.filename().string() + ".XXXXXX")).string();
  fd = ::mkstemp(tmp.data());
  if (fd < 0) {
    tmp.clear();
    return "cannot create a temporary file beside " + path + ": " + std::strerror(errno);
  }
  return "";
}

// A target that exists and is no regular file or folder (a FIFO, a device such as /dev/null or a
// terminal, /dev/stdout) is written into, never replaced: renaming over it would put a file where
// the pipe or device was.
bool written_in_place(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

std::string write_in_place(const std::string& path, const std::string& content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return "cannot write " + path + ": " + std::strerror(errno);
  const bool ok = write_all(fd, content.data(), content.size());
  const int err = errno;
  ::close(fd);
  return ok ? "" : "cannot write " + path + ": " + std::strerror(err);
}

}  // namespace

// One target: a temporary file streamed into (tmp set until it is renamed), or a FIFO or device
// whose content is buffered (tmp empty).
struct AtomicFiles::Output {
  std::string path, tmp;
  int fd = -1;
  std::unique_ptr<FdBuf> file;
  std::stringbuf buffered;
  std::ostream stream{nullptr};

  // Flushes, syncs and closes the temporary file. Returns "" or an error.
  std::string finish() {
    stream.flush();
    int err = file->error();
    ::fchmod(fd, 0644);
    if (!err && ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && !err) err = errno;  // closed whatever happened, so no descriptor leaks
    fd = -1;
    return err ? "cannot write " + path + ": " + std::strerror(err) : "";
  }
};

AtomicFiles::AtomicFiles() = default;

AtomicFiles::~AtomicFiles() {
  for (auto& o : outputs_) {
    if (o->fd >= 0) ::close(o->fd);
    if (!o->tmp.empty()) ::unlink(o->tmp.c_str());
  }
}

std::ostream* AtomicFiles::open(const std::string& path, std::string& error) {
  auto o = std::make_unique<Output>();
  o->path = path;
  if (written_in_place(path)) {
    o->stream.rdbuf(&o->buffered);
  } else {
    error = create_temporary(path, o->tmp, o->fd);
    if (!error.empty()) return nullptr;
    o->file = std::make_unique<FdBuf>(o->fd);
    o->stream.rdbuf(o->file.get());
  }
  outputs_.push_back(std::move(o));
  return &outputs_.back()->stream;
}

std::string AtomicFiles::commit() {
  for (auto& o : outputs_)
    if (o->fd >= 0)
      if (auto e = o->finish(); !e.empty()) return e;
  for (auto& o : outputs_) {
    if (o->tmp.empty()) continue;
    if (::rename(o->tmp.c_str(), o->path.c_str()) != 0) return "cannot write " + o->path + ": " + std::strerror(errno);
    o->tmp.clear();
  }
  for (auto& o : outputs_)  // last: a pipe may wait for its reader
    if (!o->file)
      if (auto e = write_in_place(o->path, o->buffered.str()); !e.empty()) return e;
  return "";
}

std::string write_files_atomically(const std::vector<std::pair<std::string, std::string>>& files) {
  AtomicFiles out;
  for (const auto& [path, content] : files) {
    std::string error;
    std::ostream* s = out.open(path, error);
    if (!s) return error;
    s->write(content.data(), static_cast<std::streamsize>(content.size()));
  }
  return out.commit();
}

std::string write_file_atomically(const std::string& path, const std::string& content) {
  return write_files_atomically({{path, content}});
}

}  // namespace wiclint
