#pragma once
// Absolute dates in news formats: "2018-11-07", "21-Oct-2019", "11-16-2016", "Nov. 16, 2016", "16 November 2016", "December 2017", ranges "Dec 3-5, 2017", "Nov. 16 to 18", and a weekday beside the date ("Wednesday, Nov. 16, 2016").
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace wiclint::grammar {
namespace parser {
struct date_class;
using date_type = x3::rule<date_class, ast::DateMention>;
BOOST_SPIRIT_DECLARE(date_type)
}  // namespace parser

parser::date_type const& date();

}  // namespace wiclint::grammar
