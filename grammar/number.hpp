#pragma once
// Cardinal numbers: "1,500", "1.8 million", "112 billion", "eight", "twenty-one", "one hundred".
#include "grammar/config.hpp"

namespace wiclint::grammar {
namespace parser {
struct number_class;
using number_type = x3::rule<number_class, double>;
BOOST_SPIRIT_DECLARE(number_type)
}  // namespace parser

parser::number_type const& number();

}  // namespace wiclint::grammar
