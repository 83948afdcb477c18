#pragma once
// Runs one grammar on a string the way the extractor does (const char*, no skipper) and reports
// how many characters it consumed; -1 when it did not match. Text is taken as a view: attributes
// that are views into it (PostMention) stay valid as long as the caller's text, a literal in most
// tests.
#include <cstring>
#include <string>
#include <string_view>

#include <boost/spirit/home/x3.hpp>

namespace wiclint::test {

template <class Grammar, class Attr>
int parse_prefix(const Grammar& g, std::string_view text, Attr& attr) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (!boost::spirit::x3::parse(first, last, g, attr)) return -1;
  return static_cast<int>(first - text.data());
}

// True when the grammar matches the whole of `text`.
template <class Grammar, class Attr>
bool parse_all(const Grammar& g, std::string_view text, Attr& attr) {
  return parse_prefix(g, text, attr) == static_cast<int>(text.size());
}

}  // namespace wiclint::test
