// The compiler-style report: path:line:col: severity: message [rule], the source line with a caret
// under the span, then a note for each related location.
#include <string>

#include "reports/reporter.hpp"
#include "util/utf8.hpp"

namespace wiclint {

namespace {

class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, TextOptions opts) : out_(out), opts_(opts) {}

  void finding(const Finding& f) override {
    const char* sev_color = f.severity == Severity::error ? "\033[1;31m" : f.severity == Severity::warning ? "\033[1;35m" : "\033[1;36m";
    // File names and article text are untrusted: printable() escapes every control character, so
    // neither can colour the terminal nor start an output line of its own.
    out_ << paint("\033[1m", where(f.loc)) << ' ' << paint(sev_color, std::string(to_string(f.severity)) + ":") << ' '
         << printable(f.message) << " [" << f.rule << "]\n";
    caret(f.loc);
    for (const auto& r : f.related) {
      out_ << paint("\033[1m", where(r.loc)) << ' ' << paint("\033[1;36m", "note:") << ' ' << printable(r.message) << '\n';
      caret(r.loc);
    }
  }

  void end(const RunSummary& s) override {
    if (opts_.quiet) return;
    out_ << "wiclint: " << s.files << (s.files == 1 ? " file, " : " files, ") << s.claims
         << (s.claims == 1 ? " claim: " : " claims: ") << plural(s.errors, "error") << ", " << plural(s.warnings, "warning")
         << ", " << plural(s.notes, "note");
    // What hid findings is always said: a config dropped into a corpus could otherwise silence it.
    out_ << "; " << s.suppressed << " suppressed" << (s.config.empty() ? "" : " by " + printable(s.config));
    if (!s.rules_off.empty()) {
      out_ << "; rules off in " << printable(s.config) << ":";
      for (const auto& id : s.rules_off) out_ << ' ' << printable(id);
    }
    if (s.baseline || s.baselined) out_ << "; " << s.baselined << " in the baseline";
    if (s.stale) out_ << "; " << s.stale << " stale in the baseline";
    if (s.duplicates)
      out_ << "; " << s.duplicates << (s.duplicates == 1 ? " file" : " files") << " reached twice, read once";
    out_ << '\n';
  }

 private:
  static std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  }
  static std::string where(const Location& l) {
    if (!l.known()) return printable(l.file.str()) + ":";
    return printable(l.file.str()) + ":" + std::to_string(l.line) + ":" + std::to_string(l.column) + ":";
  }
  std::string paint(const char* code, const std::string& s) const {
    return opts_.color ? std::string(code) + s + "\033[0m" : s;
  }
  void caret(const Location& l) {
    if (!l.context || l.context->lines.empty()) return;
    std::string_view line = l.context->lines;
    auto eol = line.find('\n');
    if (eol != std::string_view::npos) line = line.substr(0, eol);
    std::size_t b = std::min(l.context->begin, line.size());
    std::size_t e = std::min(std::max(l.context->end, b), line.size());
    // Long lines are cut around the span so the caret stays on screen.
    std::size_t from = 0;
    if (b > 60) {
      from = b - 40;
      while (from > 0 && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80) --from;
    }
    std::size_t to = std::min(line.size(), std::max(e, b + 1) + 60);
    while (to < line.size() && (static_cast<unsigned char>(line[to]) & 0xC0) == 0x80) ++to;
    std::string prefix = from > 0 ? "..." : "";
    // Escaped piece by piece, so the caret is measured under what is printed.
    const std::string before = printable(line.substr(from, b - from), true), span = printable(line.substr(b, e - b), true);
    out_ << "    " << prefix << before << span << printable(line.substr(e, to - e), true) << (to < line.size() ? "..." : "")
         << '\n';
    std::size_t pad = prefix.size() + count_code_points(before);
    std::size_t width = std::max<std::size_t>(1, count_code_points(span));
    out_ << "    " << std::string(pad, ' ') << paint("\033[1;32m", "^" + std::string(width - 1, '~')) << '\n';
  }

  std::ostream& out_;
  TextOptions opts_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions opts) {
  return std::make_unique<TextReporter>(out, opts);
}

}  // namespace wiclint
