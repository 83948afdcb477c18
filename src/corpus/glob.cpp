#include "corpus/loader.hpp"

namespace wiclint {

namespace {

bool match_here(const char* p, const char* s) {
  for (;; ++p, ++s) {
    switch (*p) {
      case '\0': return *s == '\0';
      case '?':
        if (*s == '\0' || *s == '/') return false;
        break;
      case '*': {
        bool deep = p[1] == '*';
        const char* rest = p + (deep ? 2 : 1);
        if (deep && *rest == '/') {
          // "**/" also matches zero folders
          if (match_here(rest + 1, s)) return true;
        }
        for (const char* t = s;; ++t) {
          if (match_here(rest, t)) return true;
          if (*t == '\0' || (!deep && *t == '/')) return false;
        }
      }
      case '[': {
        if (*s == '\0') return false;
        const char* q = p + 1;
        bool negate = *q == '!' || *q == '^';
        if (negate) ++q;
        bool hit = false;
        for (; *q && *q != ']'; ++q) {
          if (q[1] == '-' && q[2] && q[2] != ']') {
            hit |= *s >= *q && *s <= q[2];
            q += 2;
          } else {
            hit |= *s == *q;
          }
        }
        if (*q != ']') return *s == '[' && match_here(p + 1, s + 1);  // unterminated: literal
        if (hit == negate) return false;
        p = q;
        break;
      }
      default:
        if (*p != *s) return false;
    }
  }
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
