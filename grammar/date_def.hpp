#pragma once
#include "grammar/date.hpp"
#include "grammar/words.hpp"

namespace wiclint::grammar::parser {

using ast::DateMention;

inline auto field(int DateMention::*f) {
  return [f](auto& ctx) { x3::_val(ctx).*f = x3::_attr(ctx); };
}

auto const dsp = +x3::lit(' ');
auto const year4 = x3::uint_parser<int, 10, 4, 4>() >> !x3::ascii::digit;
auto const two = x3::uint_parser<int, 10, 2, 2>() >> !x3::ascii::digit;
auto const day12 = x3::uint_parser<int, 10, 1, 2>() >> !x3::ascii::digit;
auto const month_abbr = month_words >> -x3::lit('.');
auto const day_ord = day12 >> -x3::no_case[ordinal_suffixes];

// "2018-11-07", and on some sites "2018/11/07" or "2018.11.07" (the same separator twice).
template <char Sep>
auto const iso_with = year4[field(&DateMention::year)] >> x3::lit(Sep) >> two[field(&DateMention::month)] >>
                      x3::lit(Sep) >> two[field(&DateMention::day)];
// "2022-November-12": the month by name between dashes.
auto const iso_named = year4[field(&DateMention::year)] >> '-' >> month_words[field(&DateMention::month)] >> '-' >>
                       day12[field(&DateMention::day)];
auto const iso = iso_with<'-'> | iso_with<'/'> | iso_with<'.'> | iso_named;
auto const day_mon_year = day12[field(&DateMention::day)] >> '-' >> month_words[field(&DateMention::month)] >> '-' >>
                          year4[field(&DateMention::year)];
// "21.10.2019": day, month, year with dots, as European sites write them.
auto const eu_dotted = two[field(&DateMention::day)] >> '.' >> two[field(&DateMention::month)] >> '.' >>
                       year4[field(&DateMention::year)];
auto const us_numeric = day12[field(&DateMention::month)] >> (x3::lit('-') | '/') >> day12[field(&DateMention::day)] >>
                        (x3::lit('-') | '/') >> year4[field(&DateMention::year)];
// (A dash may have spaces around it: "Dec 16 -18, 2015".)
auto const range_tail =
    (*x3::lit(' ') >> '-' >> *x3::lit(' ') >> day12[field(&DateMention::day_end)]) |
    (dsp >> (x3::lit("to") | "through" | "till" | "until" | "and") >> dsp >>
     -(month_abbr[field(&DateMention::month_end)] >> dsp) >> day_ord[field(&DateMention::day_end)]);
// A year after the comma, with its space or, typed in haste, without one ("December 3,2017"; then
// only a year of this era, not "Nov 3,1500 guests").
inline auto const plausible_year = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  x3::_pass(ctx) = y >= 1900 && y < 2200;
  if (x3::_pass(ctx)) x3::_val(ctx).year = y;  // (an action's effect is not undone when it fails)
};
auto const year_tail = (',' >> dsp >> year4[field(&DateMention::year)]) | (',' >> year4[plausible_year]) |
                       (dsp >> year4[field(&DateMention::year)]);
// "Nov. 16", and "Nov.18" with no space after the abbreviation's dot.
auto const month_day = (month_abbr[field(&DateMention::month)] >> dsp | month_words[field(&DateMention::month)] >> '.') >>
                       day_ord[field(&DateMention::day)] >> -range_tail >> -year_tail;
// "16 November 2016", "19-21 Nov 2014", "26 Sep, 2021", "16 to 18 December"
auto const day_month = day_ord[field(&DateMention::day)] >>
                       -(('-' >> day12[field(&DateMention::day_end)]) |
                         (dsp >> (x3::lit("to") | "through" | "and") >> dsp >> day12[field(&DateMention::day_end)])) >>
                       dsp >>
                       month_abbr[field(&DateMention::month)] >> -(-x3::lit(',') >> dsp >> year4[field(&DateMention::year)]);
// "the 3rd of December", "the 16th of November, 2016": an ordinal day of a month (its suffix is
// needed: "10 of December's guests" is no date).
auto const day_of_month = day12[field(&DateMention::day)] >> x3::no_case[ordinal_suffixes] >> dsp >> x3::lit("of") >> dsp >>
                          month_abbr[field(&DateMention::month)] >> -(-x3::lit(',') >> dsp >> year4[field(&DateMention::year)]);
auto const month_year = month_abbr[field(&DateMention::month)] >> -x3::lit(',') >> dsp >> year4[field(&DateMention::year)];
// "Wednesday, Nov. 16, 2016", and in headers also "Friday 21 November 2014".
auto const weekday_prefix = weekday_words[field(&DateMention::weekday)] >> -x3::lit('.') >> -x3::lit(',') >> dsp;

// An ISO 8601 time right after the date ("2019-10-21T08:15:00+08:00") is not part of the date.
auto const iso_time_ahead = &(x3::lit('T') >> two >> ':' >> two);

date_type const date = "date";
auto const date_def =
    x3::omit[-weekday_prefix >> (iso | day_mon_year | us_numeric | eu_dotted | month_day | month_year | day_month | day_of_month)] >>
    ((!x3::ascii::alnum) | iso_time_ahead);

BOOST_SPIRIT_DEFINE(date)

}  // namespace wiclint::grammar::parser
