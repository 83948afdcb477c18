#include <unistd.h>

#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  // wiclint writes through iostreams only: std::cout may keep its own buffer rather than go
  // through C stdio a call at a time (reports of many findings are megabytes).
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    const wiclint::Terminals terminals{::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1};
    return wiclint::run_cli(args, std::cin, std::cout, std::cerr, terminals);
  } catch (const std::exception& e) {
    std::cerr << "wiclint: internal error: " << e.what() << " (please report this)\n";
    return wiclint::kExitInternal;
  }
}
