#pragma once
// Relative dates: "yesterday", "today", "tomorrow", "Sunday", "Tuesday's", "from Wednesday to Friday", "this year", "last year's", "next year".
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace wiclint::grammar {
namespace parser {
struct relative_class;
using relative_type = x3::rule<relative_class, ast::RelativeMention>;
BOOST_SPIRIT_DECLARE(relative_type)
}  // namespace parser

parser::relative_type const& relative();

}  // namespace wiclint::grammar
