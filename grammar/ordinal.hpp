#pragma once
// Ordinals in every usual form: "6th", "3rd", "21st", "Fourth", "sixth", "twenty-first".
#include "grammar/config.hpp"

namespace wiclint::grammar {
namespace parser {
struct ordinal_class;
using ordinal_type = x3::rule<ordinal_class, int>;
BOOST_SPIRIT_DECLARE(ordinal_type)
}  // namespace parser

parser::ordinal_type const& ordinal();

}  // namespace wiclint::grammar
