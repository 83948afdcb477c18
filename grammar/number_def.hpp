#pragma once
#include <cstdlib>
#include <string>

#include "grammar/number.hpp"
#include "grammar/words.hpp"

namespace wiclint::grammar::parser {

inline auto const to_double = [](auto& ctx) {
  std::string s;
  for (char c : x3::_attr(ctx))
    if (c != ',') s += c;
  // strtod, not stod: a run of 400 digits is no count, and must not throw.
  double v = std::strtod(s.c_str(), nullptr);
  if (!(v < 1e15)) x3::_pass(ctx) = false;
  x3::_val(ctx) = v;
};
inline auto const set_val = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
inline auto const add_val = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
inline auto const mul_val = [](auto& ctx) { x3::_val(ctx) *= x3::_attr(ctx); };

// Digits with thousands separators and an optional decimal part. "2016." (a full stop) is not a
// decimal: the fraction needs a digit.
auto const digits_number = x3::raw[+x3::ascii::digit >> *(',' >> x3::repeat(3)[x3::ascii::digit] >> !x3::ascii::digit) >>
                                   -('.' >> +x3::ascii::digit)][to_double];

auto const spelled_number =
    (x3::no_case[tens_words][set_val] >> -('-' >> x3::no_case[cardinal_unit_words][add_val])) |
    x3::no_case[cardinal_teen_words][set_val] | x3::no_case[cardinal_unit_words][set_val];

number_type const number = "number";
// "4G" and "5G" are names, not numbers: a number must end at a word boundary.
auto const number_def = (digits_number | spelled_number) >>
                        *(+x3::lit(' ') >> x3::no_case[scale_words][mul_val]) >> !(x3::ascii::alnum);

BOOST_SPIRIT_DEFINE(number)

}  // namespace wiclint::grammar::parser
