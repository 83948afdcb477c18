#pragma once
// Types shared by every grammar translation unit: each .cpp instantiates its rules for exactly
// these, and the extractor parses with them, so the two cannot drift apart.
#include <boost/spirit/home/x3.hpp>

namespace wiclint::grammar {

namespace x3 = boost::spirit::x3;

// Grammars scan the normalized article view (see corpus/article.hpp), one byte per code point.
using iterator_type = const char*;
// Prose is scanned without a skipper: spaces are matched explicitly, so a failed match is simply
// "no claim here", never a user error.
using context_type = x3::unused_type;

}  // namespace wiclint::grammar
