#include "lsp/jsonrpc.hpp"

#include <cctype>
#include <charconv>
#include <istream>
#include <ostream>
#include <string_view>

namespace wiclint::lsp {

namespace {

constexpr std::size_t kMaxHeaderLine = 8192;

// One header line without its line end; false at the end of the stream. An overlong line is
// read to its end and returned cut (it then fails to parse as a header).
bool header_line(std::istream& in, std::string& line) {
  line.clear();
  for (int c; (c = in.get()) != std::char_traits<char>::eof();) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    if (line.size() < kMaxHeaderLine) line.push_back(static_cast<char>(c));
  }
  return false;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// The value of a Content-Length header line; false for any other header.
bool content_length(std::string_view line, std::size_t& length, bool& valid) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || !iequals(line.substr(0, colon), "Content-Length")) return false;
  std::string_view v = line.substr(colon + 1);
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), length);
  valid = ec == std::errc() && end == v.data() + v.size() && !v.empty();
  return true;
}

}  // namespace

Incoming read_frame(std::istream& in, std::size_t limit) {
  Incoming msg;
  std::size_t length = 0;
  bool has_length = false, valid = false, any_line = false;
  std::string line;
  for (;;) {
    if (!header_line(in, line)) return msg;  // end of the stream
    if (line.empty()) {
      if (any_line) break;
      continue;  // blank lines between frames
    }
    any_line = true;
    if (content_length(line, length, valid)) has_length = true;
  }
  if (!has_length || !valid) {
    msg.status = Incoming::Status::bad_frame;
    msg.error = has_length ? "invalid Content-Length header" : "a message needs a Content-Length header";
    return msg;
  }
  if (length > limit) {
    in.ignore(static_cast<std::streamsize>(length));
    msg.status = in ? Incoming::Status::bad_frame : Incoming::Status::end;
    msg.error = "message of " + std::to_string(length) + " bytes is larger than the limit of " + std::to_string(limit);
    return msg;
  }
  msg.body.resize(length);
  in.read(msg.body.data(), static_cast<std::streamsize>(length));
  if (static_cast<std::size_t>(in.gcount()) != length) {
    msg.body.clear();
    return msg;  // the stream ended within the frame
  }
  msg.status = Incoming::Status::message;
  return msg;
}

void write_frame(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace wiclint::lsp
