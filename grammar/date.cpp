#include "grammar/date_def.hpp"

namespace wiclint::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
}
parser::date_type const& date() { return parser::date; }
}  // namespace wiclint::grammar
