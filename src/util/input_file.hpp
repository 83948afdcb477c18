#pragma once
// Reading one input with bounds. Only regular files are opened: a FIFO would block the run and a
// device (/dev/zero) has no end. No input, standard input included, is read past a limit.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace wiclint {

// Offsets into an article are 32-bit; stay far below.
inline constexpr std::size_t kMaxInputBytes = 256u << 20;

// A file's identity, whatever path reached it (relative or absolute, through links).
struct FileId {
  std::uint64_t dev = 0, ino = 0;
  bool known() const { return ino != 0; }
  bool operator==(const FileId&) const = default;
  auto operator<=>(const FileId&) const = default;
};
// The identity of the file `path` names (a symbolic link is followed); unknown when it cannot be stat'ed.
FileId file_id(const std::string& path);
// The same, and from the same stat the file's size and modification time (ns since the epoch).
FileId file_id(const std::string& path, std::uint64_t& size, std::int64_t& mtime);

// "a FIFO", "a socket", "a character device", "a block device" or "a special file" for the type
// bits of a stat mode that is no regular file and no folder; "" otherwise.
std::string special_file_kind(unsigned mode);

// The bytes of the regular file at `path` (a symbolic link is followed), at most `limit` of them.
// Anything else, including a file that grows past the limit while it is read, returns nullopt and
// says why in `error` ("not a regular file: a FIFO", "file too large (...)", "cannot open: ...").
// `id`, when given, receives the identity of the file read.
std::optional<std::string> read_regular_file(const std::string& path, std::size_t limit, std::string& error,
                                             FileId* id = nullptr);

// At most `limit` bytes of `in`; more returns nullopt with the reason in `error`.
std::optional<std::string> read_stream(std::istream& in, std::size_t limit, std::string& error);

}  // namespace wiclint
