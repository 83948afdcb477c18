#include <algorithm>
#include <bitset>
#include <vector>

#include "corpus/loader.hpp"

namespace wiclint {

namespace {

// The pattern compiled to a sequence of tokens, matched by simulating every way through it at
// once (a Thompson NFA): time is pattern length x path length whatever the pattern. The old
// recursive matcher retried every split of the name for every '*', so an exclude pattern with
// many '*' against a long name took seconds to minutes.
struct Token {
  // fork consumes nothing: it goes on to the next token or past the two after it ("**/" matches
  // zero folders too, but only where it starts, never after "**" has taken characters).
  enum Kind { literal, one, set, star, deep, fork } kind;
  std::bitset<256> chars;  // literal: the one char; set: the class
};

// A class "[a-z]", "[!a]", "[^a]" starting at p[0] == '['. Returns the position after ']', or
// nullptr when unterminated (then '[' is literal).
const char* compile_class(const char* p, Token& t) {
  const char* q = p + 1;
  const bool negate = *q == '!' || *q == '^';
  if (negate) ++q;
  for (; *q && *q != ']'; ++q) {
    if (q[1] == '-' && q[2] && q[2] != ']') {
      for (int c = static_cast<unsigned char>(*q); c <= static_cast<unsigned char>(q[2]); ++c) t.chars.set(c);
      q += 2;
    } else {
      t.chars.set(static_cast<unsigned char>(*q));
    }
  }
  if (*q != ']') return nullptr;
  if (negate) t.chars.flip();
  return q + 1;
}

std::vector<Token> compile(const char* p) {
  std::vector<Token> tokens;
  while (*p) {
    Token t{Token::literal, {}};
    if (*p == '*') {
      const bool deep = p[1] == '*';
      p += deep ? 2 : 1;
      if (deep && *p == '/') tokens.push_back({Token::fork, {}});
      t.kind = deep ? Token::deep : Token::star;
    } else if (*p == '?') {
      t.kind = Token::one, ++p;
    } else if (*p == '[') {
      Token set{Token::set, {}};
      if (const char* after = compile_class(p, set)) {
        t = set;
        p = after;
      } else {
        t.chars.set('[');  // unterminated: a literal '['
        ++p;
      }
    } else {
      t.chars.set(static_cast<unsigned char>(*p++));
    }
    tokens.push_back(t);
  }
  return tokens;
}

// Adds state i and every state reachable from it without consuming a character.
void add_state(const std::vector<Token>& tokens, std::vector<char>& states, std::size_t i) {
  while (i <= tokens.size() && !states[i]) {
    states[i] = 1;
    if (i == tokens.size()) return;
    const Token& t = tokens[i];
    if (t.kind == Token::fork) add_state(tokens, states, i + 3);  // past "**/"
    if (t.kind != Token::star && t.kind != Token::deep && t.kind != Token::fork) return;
    ++i;  // a star may match nothing
  }
}

bool accepts(const Token& t, unsigned char c) {
  switch (t.kind) {
    case Token::one: return c != '/';
    case Token::star: return c != '/';
    case Token::deep: return true;
    case Token::fork: return false;
    default: return t.chars.test(c);
  }
}

bool match_here(const char* pattern, const char* s) {
  const std::vector<Token> tokens = compile(pattern);
  std::vector<char> now(tokens.size() + 1), next(tokens.size() + 1);
  add_state(tokens, now, 0);
  for (; *s; ++s) {
    std::fill(next.begin(), next.end(), 0);
    const auto c = static_cast<unsigned char>(*s);
    bool any = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!now[i] || !accepts(tokens[i], c)) continue;
      const bool repeats = tokens[i].kind == Token::star || tokens[i].kind == Token::deep;
      add_state(tokens, next, repeats ? i : i + 1);
      any = true;
    }
    if (!any) return false;
    now.swap(next);
  }
  return now[tokens.size()];
}

}  // namespace

bool glob_match(const std::string& pattern, const std::string& path) {
  if (pattern.find('/') == std::string::npos) {
    auto slash = path.rfind('/');
    return match_here(pattern.c_str(), path.c_str() + (slash == std::string::npos ? 0 : slash + 1));
  }
  return match_here(pattern.c_str(), path.c_str());
}

}  // namespace wiclint
