#include "util/json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "util/utf8.hpp"

namespace wiclint {

namespace {

// Does byte c need an escape in a JSON string? (Quotes, backslashes, control characters.)
inline bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The escape of one such byte.
std::string_view escape_of(unsigned char c, char (&buf)[8]) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: std::snprintf(buf, sizeof buf, "\\u%04x", c); return std::string_view(buf, 6);
  }
}

// Calls put(run) for each run of bytes that need no escape and for each escape, in order.
template <class Put>
void escape_runs(std::string_view s, Put&& put) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!needs_escape(c)) continue;
    if (i > run) put(s.substr(run, i - run));
    char buf[8];
    put(escape_of(c, buf));
    run = i + 1;
  }
  if (run < s.size()) put(s.substr(run));
}

// Invalid UTF-8 (a file name is any bytes) is replaced by U+FFFD, so the output stays valid JSON.
void write_escaped(std::ostream& out, std::string_view s) {
  auto put = [&](std::string_view part) { out.write(part.data(), static_cast<std::streamsize>(part.size())); };
  if (find_invalid_utf8(s) == std::string_view::npos) return escape_runs(s, put);
  escape_runs(replace_invalid_utf8(s), put);
}

}  // namespace

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  auto put = [&](std::string_view part) { out += part; };
  if (find_invalid_utf8(s) == std::string_view::npos) {
    escape_runs(s, put);
  } else {
    escape_runs(replace_invalid_utf8(s), put);
  }
  return out;
}

void JsonWriter::newline() {
  if (indent_ <= 0) return;
  static constexpr char kSpaces[] = "                                                                ";
  out_.put('\n');
  for (std::size_t n = stack_.size() * static_cast<std::size_t>(indent_); n > 0;) {
    const std::size_t k = std::min(n, sizeof kSpaces - 1);
    out_.write(kSpaces, static_cast<std::streamsize>(k));
    n -= k;
  }
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!stack_.empty()) {
    if (!stack_.back().empty) out_ << ',';
    stack_.back().empty = false;
    newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ << '{';
  stack_.push_back({true});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_ << '}';
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ << '[';
  stack_.push_back({false});
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_ << ']';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  out_.put('"');
  write_escaped(out_, k);
  out_ << (indent_ > 0 ? "\": " : "\":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  out_.put('"');
  write_escaped(out_, s);
  out_.put('"');
  return *this;
}

JsonWriter& JsonWriter::value(long long v) {
  before_value();
  out_ << v;
  return *this;
}

JsonWriter& JsonWriter::value(double v) {
  before_value();
  if (!std::isfinite(v)) {
    out_ << "null";
  } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
    out_ << static_cast<long long>(v);
  } else {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    out_ << buf;
  }
  return *this;
}

JsonWriter& JsonWriter::value(bool v) {
  before_value();
  out_ << (v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ << "null";
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  before_value();
  out_ << json;
  return *this;
}

}  // namespace wiclint
