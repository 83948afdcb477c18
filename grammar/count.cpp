#include "grammar/count_def.hpp"

namespace wiclint::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(count_type, iterator_type, context_type)
}
parser::count_type const& count() { return parser::count; }
}  // namespace wiclint::grammar
