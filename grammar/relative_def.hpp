#pragma once
#include "grammar/relative.hpp"
#include "grammar/words.hpp"

namespace wiclint::grammar::parser {

using ast::RelativeKind;
using ast::RelativeMention;

// Only full weekday names are relative dates: "Sun" and "Sat" are too often something else.
inline const x3::ascii::symbols<int> full_weekday_words = make_symbols<int>({
    {"Monday", 0}, {"Tuesday", 1}, {"Wednesday", 2}, {"Thursday", 3}, {"Friday", 4}, {"Saturday", 5}, {"Sunday", 6}});
inline const x3::ascii::symbols<RelativeKind> day_words = make_symbols<RelativeKind>({
    {"yesterday", RelativeKind::yesterday}, {"today", RelativeKind::today}, {"tonight", RelativeKind::today},
    {"tomorrow", RelativeKind::tomorrow}, {"last night", RelativeKind::yesterday},
    {"this morning", RelativeKind::today}, {"this afternoon", RelativeKind::today},
    {"this evening", RelativeKind::today}});
inline const x3::ascii::symbols<RelativeKind> period_words = make_symbols<RelativeKind>({
    {"this", RelativeKind::this_period}, {"last", RelativeKind::last_period}, {"next", RelativeKind::next_period},
    {"that", RelativeKind::that_period}});

inline auto const rel_kind = [](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); };
inline auto const rel_weekday = [](auto& ctx) {
  x3::_val(ctx).kind = RelativeKind::weekday;
  x3::_val(ctx).weekday = x3::_attr(ctx);
};
inline auto const rel_weekday_end = [](auto& ctx) {
  x3::_val(ctx).kind = RelativeKind::weekday_range;
  x3::_val(ctx).weekday_end = x3::_attr(ctx);
};
inline auto const rel_not_year = [](auto& ctx) { x3::_val(ctx).year = false; };
inline auto const rel_month = [](auto& ctx) {
  x3::_val(ctx).year = false;
  x3::_val(ctx).month = true;
};
inline auto const rel_possessive = [](auto& ctx) { x3::_val(ctx).possessive = true; };

auto const rsp = +x3::lit(' ');
auto const possessive = (x3::lit("'s") >> !x3::ascii::alnum)[rel_possessive];

relative_type const relative = "relative";
auto const relative_def = x3::omit[
    (x3::no_case[day_words][rel_kind] >> -possessive) |
    (x3::no_case[period_words][rel_kind] >> rsp >>
     (x3::no_case[x3::lit("year")] | x3::no_case[x3::lit("week")][rel_not_year] |
      x3::no_case[x3::lit("month")][rel_month]) >>
     !x3::ascii::alnum >> -possessive) |
    // "next Wednesday", "Last Friday": the word before the weekday is part of the date (the
    // resolver reads it: see said_direction in src/extract/dates.cpp).
    (-(x3::no_case[x3::lit("next") | x3::lit("last")] >> rsp) >> full_weekday_words[rel_weekday] >>
     -(rsp >> (x3::lit("to") | "through" | "till" | "until") >> rsp >> full_weekday_words[rel_weekday_end]) >>
     -possessive)];

BOOST_SPIRIT_DEFINE(relative)

}  // namespace wiclint::grammar::parser
