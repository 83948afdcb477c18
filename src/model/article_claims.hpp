#pragma once
// What the extraction stage hands the rules and reporters: one entry per readable article.
#include <optional>
#include <string>
#include <vector>

#include "corpus/directives.hpp"
#include "model/claim.hpp"

namespace wiclint {

struct ArticleClaims {
  std::string path;
  std::string title;                       // front matter title, else the first line
  std::optional<CivilDate> published;      // the article's date, if found
  std::optional<Location> published_loc;
  // No date was written: `published` is the dateline's month and day in the year of the edition
  // the article reports as current ("WUZHEN, Nov. 7 (Xinhua)" over the 5th edition: 2018-11-07).
  bool published_inferred = false;
  std::string series;                      // id of the series the article is about, or ""
  int main_edition = 0;                    // the edition it reports as current, or 0
  std::optional<Location> main_edition_loc;
  std::vector<Claim> claims;
  // The article's inline suppressions: kept with its claims (and in the claims cache), since the
  // engine applies them after the rules, when the text is long gone.
  ArticleDirectives directives;
};

}  // namespace wiclint
