#pragma once
#include "grammar/count.hpp"
#include "grammar/number.hpp"
#include "grammar/words.hpp"

namespace wiclint::grammar::parser {

using ast::CountMention;

// Words that end a noun phrase: a count's unit must come before any of them.
inline const x3::ascii::symbols<x3::unused_type> phrase_breakers = [] {
  x3::ascii::symbols<x3::unused_type> s;
  for (const char* w : {"of", "the", "a", "an", "and", "or", "by", "in", "on", "at", "to", "from", "for", "with",
                        "than", "percent", "per", "years", "year", "days", "day", "months", "times", "who", "which", "as"})
    s.add(w);
  return s;
}();

inline auto const count_qualifier = [](auto& ctx) { x3::_val(ctx).qualifier = x3::_attr(ctx); };
inline auto const count_qualifier_text = [](auto& ctx) {
  auto r = x3::_attr(ctx);
  x3::_val(ctx).qualifier_text.assign(r.begin(), r.end());
};
inline auto const count_number = [](auto& ctx) { x3::_val(ctx).number = x3::_attr(ctx); };
inline auto const count_unit = [](auto& ctx) { x3::_val(ctx).unit = x3::_attr(ctx); };
inline auto const count_noun = [](auto& ctx) {
  auto r = x3::_attr(ctx);
  x3::_val(ctx).noun.assign(r.begin(), r.end());
};
inline auto const count_phrase = [](auto& ctx) {
  auto r = x3::_attr(ctx);
  x3::_val(ctx).phrase.assign(r.begin(), r.end());
};

auto const csp = +x3::lit(' ');
// A word of a modifier: "Internet", "ministerial-level", "4G".
auto const cword = (x3::ascii::alpha | (+x3::ascii::digit >> x3::ascii::alpha)) >>
                   *(x3::ascii::alnum | (x3::ascii::char_('-') >> x3::ascii::alpha));
// Up to two modifiers between the number and its unit: "1,600 Internet entrepreneurs".
auto const modifier = !(x3::no_case[unit_words] >> !x3::ascii::alpha) >> !(x3::no_case[phrase_breakers] >> !x3::ascii::alpha) >> cword;

// Modifiers joined by commas and "and": "local and overseas participants", "local, Mainland and
// overseas participants".
auto const coordinated = modifier >> *(x3::lit(',') >> csp >> modifier) >> csp >> x3::no_case[x3::lit("and")] >> csp >>
                         modifier;

inline auto const count_plus = [](auto& ctx) { x3::_val(ctx).qualifier = ast::Qualifier::over; };
inline auto const count_scale = [](auto& ctx) { x3::_val(ctx).number *= x3::_attr(ctx); };

// "110-plus countries", "2,100+ guests", "20-odd countries", "the 1.3-odd billion Chinese people":
// more than the number. After "-odd" the number may still take its scale.
auto const more_than_suffix = (x3::lit("-plus") | x3::lit('+'))[count_plus] |
                              (x3::lit("-odd")[count_plus] >> -(csp >> x3::no_case[scale_words][count_scale]));

count_type const count = "count";
auto const count_def = x3::omit[-(x3::raw[x3::no_case[qualifier_words[count_qualifier]]][count_qualifier_text] >> csp) >>
                       number()[count_number] >> -more_than_suffix >> csp >>
                       x3::raw[(coordinated >> csp | x3::repeat(0, 2)[modifier >> csp]) >>
                               x3::raw[x3::no_case[unit_words[count_unit]]][count_noun]][count_phrase] >>
                       !x3::ascii::alpha];

BOOST_SPIRIT_DEFINE(count)

}  // namespace wiclint::grammar::parser
