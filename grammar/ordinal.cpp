#include "grammar/ordinal_def.hpp"

namespace wiclint::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(ordinal_type, iterator_type, context_type)
}
parser::ordinal_type const& ordinal() { return parser::ordinal; }
}  // namespace wiclint::grammar
