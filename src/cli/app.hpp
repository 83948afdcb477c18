#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace wiclint {

// Exit statuses (README, "Exit status").
enum ExitStatus { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitInternal = 3 };

// Runs the command line; `in` is standard input (for `check -`). Returns the exit status.
int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace wiclint
