#pragma once
// Findings as LSP diagnostics, and the quick fix that disables a rule for a line.
#include <nlohmann/json.hpp>
#include <string>

#include "lsp/positions.hpp"
#include "lsp/workspace.hpp"

namespace wiclint::lsp {

using json = nlohmann::json;

json to_json(const Range& r);
bool from_json(const json& j, Range& r);  // false when j is not a range

// The diagnostics of the article at `path`: the findings anchored in it, and those anchored in
// another file that cite it as a side (shown at its span, pointing back), each once. Severity
// error/warning/note is 1/2/3, `code` the rule id, `source` "wiclint", `relatedInformation` the
// conflicting sources; a source that is no file (the built-in knowledge base) is named in the
// message instead.
json diagnostics_for(const std::string& path, const Workspace::Checked& checked);

// The quick fixes for the diagnostics in a textDocument/codeAction request on the document `uri`
// whose text is `text`: insert `<!-- wiclint-disable-next-line RULE -- TODO: say why -->` above the
// diagnostic's line (not within the front matter, not for the findings about directives, and not
// for a diagnostic shown away from its anchor when the finding cites other sources too: the
// directive would not hide it).
json code_actions(const std::string& uri, const std::string& text, const json& params);

}  // namespace wiclint::lsp
