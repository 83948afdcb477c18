#pragma once
// Counts on a unit noun: "over 1,600 Internet entrepreneurs", "about 60 countries and regions", "some 100 organizations".
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace wiclint::grammar {
namespace parser {
struct count_class;
using count_type = x3::rule<count_class, ast::CountMention>;
BOOST_SPIRIT_DECLARE(count_type)
}  // namespace parser

parser::count_type const& count();

}  // namespace wiclint::grammar
