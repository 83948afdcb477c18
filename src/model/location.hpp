#pragma once
#include <atomic>
#include <compare>
#include <cstdint>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace wiclint {

// A file's path, shared by every location in that file: an article's claims copy a pointer, not
// the path. Reads as a const std::string&. One pointer wide (a location is kept with every claim):
// the path and its count of holders live together.
class FilePath {
 public:
  FilePath() = default;
  FilePath(std::string path)  // implicit: a path is assigned where a string was
      : p_(path.empty() ? nullptr : new Shared{std::move(path), {1}}) {}
  FilePath(const char* path) : FilePath(std::string(path)) {}
  FilePath(const FilePath& o) : p_(o.p_) { hold(); }
  FilePath(FilePath&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  FilePath& operator=(FilePath o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~FilePath() { release(); }

  const std::string& str() const { return p_ ? p_->path : empty_string(); }
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }
  bool empty() const { return str().empty(); }
  std::size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }

  friend bool operator==(const FilePath& a, const FilePath& b) { return a.p_ == b.p_ || a.str() == b.str(); }
  friend bool operator==(const FilePath& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const FilePath& a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const FilePath& a, const FilePath& b) { return a.str() <=> b.str(); }
  friend std::string operator+(const FilePath& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const FilePath& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const FilePath& a, char b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const FilePath& b) { return a + b.str(); }
  friend std::string operator+(const char* a, const FilePath& b) { return a + b.str(); }
  friend std::string operator+(char a, const FilePath& b) { return a + b.str(); }
  friend std::ostream& operator<<(std::ostream& os, const FilePath& f) { return os << f.str(); }

 private:
  struct Shared {
    const std::string path;
    std::atomic<std::size_t> holders;  // locations on several threads copy and drop it
  };
  void hold() const {
    if (p_) p_->holders.fetch_add(1, std::memory_order_relaxed);
  }
  void release() {
    if (p_ && p_->holders.fetch_sub(1, std::memory_order_acq_rel) == 1) delete p_;
  }
  static const std::string& empty_string() {
    static const std::string empty;
    return empty;
  }
  Shared* p_ = nullptr;
};

// The source line(s) a reported location quotes, and where its span lies in them (byte offsets
// into `lines`). Used by carets and the HTML report.
struct SourceContext {
  std::string lines;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Where a claim or finding sits. Lines and columns are 1-based; columns count Unicode code points
// of the original file (a BOM is not counted; a tab is one column). end_column is exclusive, as in
// SARIF: the column just after the last character of the span.
struct Location {
  FilePath file;            // the path as reached from the command line, or a knowledge-base file
  // Byte offsets into the original file (at most 256 MiB, util/input_file.hpp): 32 bits.
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;

  // Filled only for locations that are reported, never for a claim (millions of them at scale):
  // the source line that holds the span. Shared by the locations that quote the same span.
  std::shared_ptr<const SourceContext> context;

  bool known() const { return line > 0; }
  void set_context(std::string lines, std::size_t b, std::size_t e) {
    context = std::make_shared<const SourceContext>(SourceContext{std::move(lines), b, e});
  }
};

}  // namespace wiclint
