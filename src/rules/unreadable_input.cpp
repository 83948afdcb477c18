#include "rules/unreadable_input.hpp"

namespace wiclint::rules {

void UnreadableInputRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& p : ctx.problems) {
    Finding f;
    f.rule = std::string(id());
    f.severity = default_severity();
    f.loc.file = p.path;
    f.loc.line = f.loc.end_line = p.line;
    f.loc.column = p.column;
    f.loc.end_column = p.column ? p.column + 1 : 0;
    f.message = p.message + (p.checked ? "; the rest of the file was checked without it" : "; the file was not checked");
    f.quote = p.message;
    out.push_back(std::move(f));
  }
}

}  // namespace wiclint::rules
