#pragma once
// A small streaming JSON writer: enough for wiclint's reports, strict UTF-8 in, valid JSON out.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace wiclint {

std::string json_escape(std::string_view s);  // without the surrounding quotes

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out, int indent = 0) : out_(out), indent_(indent) {}
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(long long v);
  JsonWriter& value(int v) { return value(static_cast<long long>(v)); }
  JsonWriter& value(std::size_t v) { return value(static_cast<long long>(v)); }
  JsonWriter& value(double v);  // non-finite values are written as null
  JsonWriter& value(bool v);
  JsonWriter& null();
  JsonWriter& raw(std::string_view json);  // an already-serialized value

 private:
  void before_value();
  void newline();
  std::ostream& out_;
  int indent_;
  struct Level {
    bool object;
    bool empty = true;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

}  // namespace wiclint
