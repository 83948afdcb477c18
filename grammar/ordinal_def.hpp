#pragma once
#include "grammar/ordinal.hpp"
#include "grammar/words.hpp"

namespace wiclint::grammar::parser {

inline auto const ord_set = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
inline auto const ord_add = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };

ordinal_type const ordinal = "ordinal";
auto const ordinal_def =
    ((x3::uint_parser<int, 10, 1, 3>()[ord_set] >> x3::no_case[ordinal_suffixes]) |
     (x3::no_case[tens_words][ord_set] >> '-' >> x3::no_case[ordinal_unit_words][ord_add]) |
     x3::no_case[ordinal_teen_words][ord_set] | x3::no_case[ordinal_unit_words][ord_set]) >>
    !x3::ascii::alnum;

BOOST_SPIRIT_DEFINE(ordinal)

}  // namespace wiclint::grammar::parser
