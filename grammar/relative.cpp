#include "grammar/relative_def.hpp"

namespace wiclint::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(relative_type, iterator_type, context_type)
}
parser::relative_type const& relative() { return parser::relative; }
}  // namespace wiclint::grammar
