#include "util/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <istream>

namespace wiclint {

namespace {

std::string too_large(std::size_t limit, const std::string& size) {
  const std::string bound = limit % (1u << 20) ? std::to_string(limit) + " bytes" : std::to_string(limit >> 20) + " MiB";
  return "file too large (" + size + " bytes; the limit is " + bound + ")";
}

// Closes the descriptor however the read ends.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Reads to the end of `fd`, failing once more than `limit` bytes came.
bool read_all(int fd, std::size_t limit, std::string& out, std::string& error) {
  constexpr std::size_t kChunk = 1 << 16;
  for (;;) {
    const std::size_t have = out.size();
    out.resize(have + kChunk);
    const ssize_t n = ::read(fd, out.data() + have, kChunk);
    if (n < 0 && errno == EINTR) {
      out.resize(have);
      continue;
    }
    if (n < 0) {
      error = std::string("read error: ") + std::strerror(errno);
      return false;
    }
    out.resize(have + static_cast<std::size_t>(n));
    if (out.size() > limit) {
      error = too_large(limit, "over " + std::to_string(limit));
      return false;
    }
    if (n == 0) return true;
  }
}

}  // namespace

std::string special_file_kind(unsigned mode) {
  if (S_ISREG(mode) || S_ISDIR(mode)) return "";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "a special file";
}

FileId file_id(const std::string& path) {
  std::uint64_t size = 0;
  std::int64_t mtime = 0;
  return file_id(path, size, mtime);
}

FileId file_id(const std::string& path, std::uint64_t& size, std::int64_t& mtime) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  size = static_cast<std::uint64_t>(st.st_size);
  mtime = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

std::optional<std::string> read_regular_file(const std::string& path, std::size_t limit, std::string& error,
                                             FileId* id) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a folder";
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {  // never opened: opening a FIFO blocks until a writer comes
    error = "not a regular file: " + special_file_kind(st.st_mode);
    return std::nullopt;
  }
  // O_NONBLOCK: should the path have been swapped for a FIFO since stat, open still returns at once,
  // and fstat below refuses it.
  Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (f.fd < 0) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    error = "not a regular file: " + special_file_kind(st.st_mode);
    return std::nullopt;
  }
  if (static_cast<std::size_t>(st.st_size) > limit) {
    error = too_large(limit, std::to_string(st.st_size));
    return std::nullopt;
  }
  if (id) *id = {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
  ::fcntl(f.fd, F_SETFL, ::fcntl(f.fd, F_GETFL) & ~O_NONBLOCK);
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(st.st_size) + 1);
  if (!read_all(f.fd, limit, bytes, error)) return std::nullopt;
  return bytes;
}

std::optional<std::string> read_stream(std::istream& in, std::size_t limit, std::string& error) {
  constexpr std::size_t kChunk = 1 << 16;
  std::string out;
  while (in) {
    const std::size_t have = out.size();
    out.resize(have + kChunk);
    in.read(out.data() + have, static_cast<std::streamsize>(kChunk));
    out.resize(have + static_cast<std::size_t>(in.gcount()));
    if (out.size() > limit) {
      error = too_large(limit, "over " + std::to_string(limit));
      return std::nullopt;
    }
  }
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return out;
}

}  // namespace wiclint
