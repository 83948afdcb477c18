#include "grammar/number_def.hpp"

namespace wiclint::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
}
parser::number_type const& number() { return parser::number; }
}  // namespace wiclint::grammar
