#pragma once
// What the grammars return. Plain structs: positions are the [begin, end) of the parse, which the
// extractor knows, so the ASTs carry no position tags of their own.
#include <string>
#include <string_view>
#include <vector>

namespace wiclint::grammar::ast {

// A calendar date as written: zeros mean "not said".
struct DateMention {
  int weekday = -1;      // explicit weekday (0 = Monday), "Wednesday, Nov. 16, 2016"
  int year = 0;
  int month = 0;
  int day = 0;
  int month_end = 0;     // ranges: "Dec 3-5, 2017", "from Nov. 16 to 18", "Nov. 30 to Dec. 2"
  int day_end = 0;
};

// that_period: "that year", "that month", a period named before (an anaphora the reader resolves).
enum class RelativeKind { yesterday, today, tomorrow, weekday, weekday_range, this_period, last_period, next_period, that_period };

struct RelativeMention {
  RelativeKind kind = RelativeKind::today;
  int weekday = -1;
  int weekday_end = -1;
  bool year = true;          // "this year" (true) or "this week"/"this month" (false)
  bool month = false;        // "this month", "last month"
  bool possessive = false;   // "Tuesday's ceremony", "last year's conference"
};

// Interval classes for count qualifiers; see docs/rules/count-agreement.md.
enum class Qualifier { exact, over, at_least, about, nearly, under };

struct CountMention {
  Qualifier qualifier = Qualifier::exact;
  std::string qualifier_text;
  double number = 0;
  int unit = 0;              // index into units()
  std::string noun;          // as matched, lower case
  std::string phrase;        // the noun phrase after the number, as written: "foreign guests"
};

// A post as written: views into the parsed text, which must outlive the mention (reading a title
// copies nothing). The extractor normalizes role and rank through the lexicon loaded at run time.
struct PostMention {
  std::string_view rank;       // "deputy", "under", ... as written
  std::string_view role;       // the role phrase as written
  std::string_view body;       // "the Publicity Department of the CPC Central Committee"
  std::string_view portfolio;  // "economic and social affairs"
  std::string_view name;       // for title-before-name forms: "Xi Jinping"
  std::string_view rank2;      // a second role of the same body before the name: "co-founder and
  std::string_view role2;      // chief executive Robin Li" (empty when there is none)
  std::string_view body2;      // the second role's own body, when it has one: "CAC Director and WIC
                               // Chairman Zhuang Rongwen" (empty: the first role's body)
  std::string_view modifier;  // a word of when or how before the role, after role2: "co-founder and
                               // former executive chairman of Alibaba Group Jack Ma"
  bool before_name = false; // "Chinese President Xi Jinping"
  bool described_owner = false;  // "head of the Russian company": an owner told by its kind, not named
};

}  // namespace wiclint::grammar::ast
