#pragma once
// JSON-RPC 2.0 messages framed as the Language Server Protocol frames them: header lines
// ("Content-Length: N"), an empty line, then N bytes of JSON.
#include <cstddef>
#include <iosfwd>
#include <string>

namespace wiclint::lsp {

// No message is read past this size: a larger one is skipped and answered with an error.
inline constexpr std::size_t kMaxMessageBytes = 64u << 20;

struct Incoming {
  enum class Status { message, end, bad_frame };
  Status status = Status::end;
  std::string body;   // the JSON text of a message
  std::string error;  // why a frame was not read (bad_frame)
};

// Reads one frame. A frame without a valid Content-Length, or longer than `limit`, is skipped
// (bad_frame) and the next one can be read; the end of the stream, also within a frame, is `end`.
Incoming read_frame(std::istream& in, std::size_t limit = kMaxMessageBytes);

// Writes `body` as one frame and flushes.
void write_frame(std::ostream& out, const std::string& body);

}  // namespace wiclint::lsp
