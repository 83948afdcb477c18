#pragma once
// The command line run in process, with its status and both streams: what the cache tests share.
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"

namespace wiclint::test {

struct CliRun {
  int status;
  std::string out, err;
};

inline CliRun wiclint(const std::vector<std::string>& args) {
  std::istringstream in;
  std::ostringstream out, err;
  const int status = run_cli(args, in, out, err);
  return {status, out.str(), err.str()};
}

}  // namespace wiclint::test
