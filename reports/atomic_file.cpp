#include "reports/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace wiclint {

namespace {

bool write_all(int fd, const std::string& content) {
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

// Writes content to a new temporary file beside `path` (its name in `tmp`). Returns "" or an error;
// on an error no temporary file is left.
std::string write_temporary(const std::string& path, const std::string& content, std::string& tmp) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) return "cannot create folder " + target.parent_path().string() + ": " + ec.message();
  }
  if (fs::is_directory(target, ec)) return "cannot write " + path + ": " + std::strerror(EISDIR);
  tmp = (target.has_parent_path() ? target.parent_path() / ("." + target.filename().string() + ".XXXXXX")
                                  : fs::path("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return "cannot create a temporary file beside " + path + ": " + std::strerror(errno);
  bool ok = write_all(fd, content);
  int err = errno;
  ::fchmod(fd, 0644);
  if (ok && ::fsync(fd) != 0) ok = false, err = errno;
  if (::close(fd) != 0 && ok) ok = false, err = errno;  // closed whatever happened, so no descriptor leaks
  if (ok) return "";
  ::unlink(tmp.c_str());
  return "cannot write " + path + ": " + std::strerror(err);
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
  const bool ok = write_all(fd, content);
  const int err = errno;
  ::close(fd);
  return ok ? "" : "cannot write " + path + ": " + std::strerror(err);
}

std::string write_all_in_place(const std::vector<std::pair<std::string, std::string>>& files) {
  for (const auto& [path, content] : files)
    if (auto e = write_in_place(path, content); !e.empty()) return e;
  return "";
}

}  // namespace

std::string write_files_atomically(const std::vector<std::pair<std::string, std::string>>& all) {
  std::vector<std::pair<std::string, std::string>> files, streams;
  for (const auto& f : all) (written_in_place(f.first) ? streams : files).push_back(f);
  std::vector<std::string> temps;
  auto discard = [&] {
    for (const auto& t : temps) ::unlink(t.c_str());
  };
  for (const auto& [path, content] : files) {
    std::string tmp;
    if (auto e = write_temporary(path, content, tmp); !e.empty()) {
      discard();
      return e;
    }
    temps.push_back(tmp);
  }
  for (std::size_t k = 0; k < files.size(); ++k) {
    if (::rename(temps[k].c_str(), files[k].first.c_str()) == 0) continue;
    std::string err = std::strerror(errno);
    for (std::size_t j = k; j < temps.size(); ++j) ::unlink(temps[j].c_str());
    return "cannot write " + files[k].first + ": " + err;
  }
  return write_all_in_place(streams);  // last: a pipe may wait for its reader
}

std::string write_file_atomically(const std::string& path, const std::string& content) {
  return write_files_atomically({{path, content}});
}

}  // namespace wiclint
