#pragma once
// Escaping shared by the markup reports (SARIF, JUnit, HTML, Markdown). Header-only so the report
// library's source list stays as it is.
//
// Contract: every function takes arbitrary bytes (article text is untrusted) and returns text that
// is valid UTF-8 and safe in the named context. Invalid UTF-8 becomes U+FFFD, so one bad byte in
// a corpus file cannot make a whole report unreadable.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace wiclint::markup {

inline std::string valid_utf8(std::string_view s) { return replace_invalid_utf8(s); }

// XML 1.0 text and attribute values (also fine for HTML). Quotes are escaped too so one function
// serves both places. C0 controls other than tab/newline are not allowed in XML 1.0 at all, not
// even as character references, so they are replaced; in attributes newline and tab become
// references, or parsers would normalize them to spaces.
inline std::string xml_escape(std::string_view raw, bool attribute = false) {
  std::string s = valid_utf8(raw);
  std::string out;
  out.reserve(s.size() + 16);
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\r': out += attribute ? "&#13;" : "\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += "\xEF\xBF\xBD";
        else out += static_cast<char>(c);
    }
  }
  return out;
}

inline std::string html_escape(std::string_view s) { return xml_escape(s, true); }

// Text inside a Markdown table cell: pipes and newlines would end the cell or the row, and raw
// HTML would render on GitHub, so both are neutralized; backticks and brackets are escaped so an
// article cannot inject links or code spans into a PR comment.
inline std::string markdown_cell(std::string_view raw) {
  std::string s = valid_utf8(raw);
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '|': out += "\\|"; break;
      case '\r': break;
      case '\n': out += "<br>"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '#':
        out += '\\';
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += ' ';
        else out += c;
    }
  }
  return out;
}

// A code span inside a Markdown table cell: the fence is longer than any backtick run inside, and
// pipes still need a backslash because GitHub splits table cells before it parses code spans.
inline std::string markdown_code(std::string_view raw) {
  std::string s = valid_utf8(raw);
  std::string body;
  std::size_t run = 0, longest = 0;
  for (char c : s) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    if (c == '|') body += "\\|";
    else if (c == '\n' || c == '\r' || c == '\t') body += ' ';
    else body += c;
  }
  std::string fence(longest + 1, '`');
  bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

}  // namespace wiclint::markup
