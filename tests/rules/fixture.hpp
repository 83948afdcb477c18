#pragma once
// Hand-built claims for rule tests: each rule runs on exactly the claims a test gives it, with
// the default knowledge base and its options at their defaults.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/loader.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"
#include "model/article_claims.hpp"
#include "model/claim.hpp"
#include "rules/rule.hpp"

namespace wiclint::test {

inline const KnowledgeBase& default_kb() {
  static const KnowledgeBase kb = [] {
    KnowledgeBase k;
    load_default_kb(k);
    return k;
  }();
  return kb;
}

// An article read from text by the extractor, for rules tested end to end.
inline ArticleClaims read_article(const std::string& path, const std::string& text) {
  Extractor ex(default_kb());
  return ex.extract(Article(path, text));
}

inline Location at(const std::string& file, int line, int column, int length = 4) {
  Location l;
  l.file = file;
  l.line = l.end_line = line;
  l.column = column;
  l.end_column = column + length;
  l.begin = static_cast<std::size_t>(line * 100 + column);
  l.end = l.begin + length;
  return l;
}

inline ArticleClaims article(const std::string& path, std::optional<CivilDate> published, int main_edition = 0) {
  ArticleClaims a;
  a.path = path;
  a.title = "Title of " + path;
  a.series = "wic";
  a.published = published;
  if (published) a.published_loc = at(path, 2, 1, 10);
  a.main_edition = main_edition;
  if (main_edition) a.main_edition_loc = at(path, 3, 5, 29);
  return a;
}

inline Claim claim(ClaimKind kind, const Location& loc, const std::string& text, int edition) {
  Claim c;
  c.set_kind(kind);
  c.loc = loc;
  c.text = text;
  c.edition = edition;
  return c;
}

inline Claim edition_claim(const Location& loc, int ordinal, int year = 0, bool current = false, bool history = false,
                           int ordinal_end = 0) {
  Claim c = claim(ClaimKind::edition, loc, ordinal_name(ordinal) + " World Internet Conference", ordinal);
  EditionValue e;
  e.ordinal = ordinal;
  e.ordinal_end = ordinal_end;
  e.year = year;
  e.current = current;
  e.history = history;
  if (year) e.year_location = at(loc.file, loc.line, loc.end_column + 4, 4);
  c.value = e;
  return c;
}

inline Claim count_claim(const Location& loc, const std::string& text, long long n, const std::string& qualifier,
                         int edition, const std::string& unit = "people", bool attendance = true) {
  Claim c = claim(ClaimKind::count, loc, text, edition);
  CountValue v;
  v.number = n;
  v.qualifier = qualifier;
  v.unit = unit;
  v.noun = "guests";
  v.attendance = attendance;
  c.value = v;
  return c;
}

inline Claim date_claim(const Location& loc, const std::string& text, CivilDate d, EventPart part, int edition,
                        Relation rel = Relation::absolute) {
  Claim c = claim(ClaimKind::date, loc, text, edition);
  DateValue v;
  v.begin = v.end = d;
  v.part = part;
  v.relation = rel;
  c.value = v;
  return c;
}

inline Claim title_claim(const Location& loc, const std::string& person, const std::string& role, const std::string& body,
                         const std::string& rank = "") {
  Claim c = claim(ClaimKind::title, loc, role + " of " + body, 0);
  TitleValue t;
  t.person = person;
  t.role = role;
  t.rank = rank;
  t.body = body;
  t.post = c.text;
  c.value = t;
  return c;
}

inline Claim duration_claim(const Location& loc, const std::string& text, int amount, DurationForm form,
                            int since_year = 0) {
  Claim c = claim(ClaimKind::duration, loc, text, 0);
  DurationValue d;
  d.amount = amount;
  d.unit = "year";
  d.form = form;
  d.since_year = since_year;
  d.series = true;
  c.value = d;
  return c;
}

// Runs `rule` with its options at their defaults.
inline std::vector<Finding> run_rule(const Rule& rule, const std::vector<ArticleClaims>& articles,
                                     const std::vector<InputProblem>& problems = {}) {
  RuleContext ctx{articles, default_kb(), problems, {}};
  for (const auto& o : rule.options()) ctx.options[o.name] = o.default_value;
  std::vector<Finding> out;
  rule.run(ctx, out);
  return out;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

inline void expect_at(const Location& l, const std::string& file, int line, int column) {
  EXPECT_EQ(l.file, file);
  EXPECT_EQ(l.line, line);
  EXPECT_EQ(l.column, column);
}

}  // namespace wiclint::test
