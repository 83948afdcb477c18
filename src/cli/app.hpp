#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace wiclint {

// Exit statuses (README, "Exit status").
enum ExitStatus { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitInternal = 3 };

// Which of the output streams are terminals: colour (--color auto) and progress depend on it.
struct Terminals {
  bool out = false;
  bool err = false;
};

// Runs the command line; `in` is standard input (for `check -`). Returns the exit status. The
// first form treats neither stream as a terminal.
int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);
int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
            const Terminals& terminals);

// --color: "always" and "never" decide; "auto" colours unless NO_COLOR is set (non-empty), and
// then when FORCE_COLOR is set (non-empty) or the output is a terminal.
bool colour_enabled(const std::string& mode, bool no_color, bool force_color, bool terminal);

}  // namespace wiclint
