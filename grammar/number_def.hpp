#pragma once
#include <charconv>
#include <cstddef>
#include <system_error>

#include "grammar/number.hpp"
#include "grammar/words.hpp"

namespace wiclint::grammar::parser {

inline auto const to_double = [](auto& ctx) {
  // Without the thousands separators, into a buffer on the stack; from_chars rounds as strtod
  // does, without its locale. A run of more digits than the buffer holds is no count.
  char buf[64];
  std::size_t n = 0;
  for (char c : x3::_attr(ctx)) {
    if (c == ',') continue;
    if (n == sizeof buf) {
      x3::_pass(ctx) = false;
      return;
    }
    buf[n++] = c;
  }
  double v = 0;
  const auto [end, ec] = std::from_chars(buf, buf + n, v);
  if (ec != std::errc() || end != buf + n || !(v < 1e15)) x3::_pass(ctx) = false;
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
// "a thousand" is one thousand.
auto const a_scale = x3::no_case[x3::lit("a")] >> &(+x3::lit(' ') >> x3::no_case[scale_words]) >> x3::attr(1.0)[set_val];
auto const number_def = (digits_number | spelled_number | a_scale) >>
                        *(+x3::lit(' ') >> x3::no_case[scale_words][mul_val]) >> !(x3::ascii::alnum);

BOOST_SPIRIT_DEFINE(number)

}  // namespace wiclint::grammar::parser
