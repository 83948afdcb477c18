// --color auto|always|never with NO_COLOR and FORCE_COLOR (issue #14).
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "corpus/temp_dir.hpp"

namespace wiclint {
namespace {

using test::TempDir;

// 2016-11-16 was a Wednesday: one weekday-date error, so the output has something to colour.
const char* kWrongWeekday =
    "WIC\nPublished: 2016-11-17\nOn Tuesday, Nov. 16, the third World Internet Conference opened.\n";

TEST(Colour, AlwaysAndNeverDecideWhateverTheEnvironment) {
  for (bool no : {false, true})
    for (bool force : {false, true})
      for (bool tty : {false, true}) {
        EXPECT_TRUE(colour_enabled("always", no, force, tty));
        EXPECT_FALSE(colour_enabled("never", no, force, tty));
      }
}

TEST(Colour, AutoColoursATerminalUnlessNoColour) {
  EXPECT_TRUE(colour_enabled("auto", false, false, true));
  EXPECT_FALSE(colour_enabled("auto", false, false, false));
  EXPECT_FALSE(colour_enabled("auto", true, false, true));
  EXPECT_TRUE(colour_enabled("auto", false, true, false));   // FORCE_COLOR: also into a pipe
  EXPECT_FALSE(colour_enabled("auto", true, true, true));    // the opt-out wins
}

// Sets (or, with nullptr, unsets) an environment variable for one test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    if (value) ::setenv(name, value, 1);
    else ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (had_) ::setenv(name_, old_.c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

class ColourCli : public ::testing::Test {
 protected:
  std::string lint(std::vector<std::string> args, bool terminal = false) {
    args.push_back(dir.write("corpus/w.txt", kWrongWeekday));
    std::istringstream in;
    std::ostringstream out, err;
    EXPECT_EQ(run_cli(args, in, out, err, Terminals{terminal, false}), 1) << err.str();
    return out.str();
  }
  static bool coloured(const std::string& s) { return s.find("\033[") != std::string::npos; }
  TempDir dir;
};

TEST_F(ColourCli, FlagDecides) {
  ScopedEnv no("NO_COLOR", "1");
  const std::string out = lint({"--color", "always"});
  EXPECT_NE(out.find("\033[1;31merror:\033[0m"), std::string::npos) << out;
  EXPECT_FALSE(coloured(lint({"--color", "never"}, true)));
}

TEST_F(ColourCli, AutoFollowsTheTerminalAndTheEnvironment) {
  ScopedEnv force("FORCE_COLOR", nullptr);
  {
    ScopedEnv no("NO_COLOR", nullptr);
    EXPECT_TRUE(coloured(lint({}, true)));
    EXPECT_FALSE(coloured(lint({}, false)));
  }
  {
    ScopedEnv no("NO_COLOR", "");  // set but empty: no effect
    EXPECT_TRUE(coloured(lint({"--color", "auto"}, true)));
  }
  {
    ScopedEnv no("NO_COLOR", "1");
    EXPECT_FALSE(coloured(lint({}, true)));
  }
  {
    ScopedEnv no("NO_COLOR", nullptr);
    ScopedEnv on("FORCE_COLOR", "1");
    EXPECT_TRUE(coloured(lint({}, false)));
  }
  {
    ScopedEnv no("NO_COLOR", nullptr);
    ScopedEnv on("FORCE_COLOR", "");  // set but empty: no effect
    EXPECT_FALSE(coloured(lint({}, false)));
  }
}

// Colour is for the text output on standard output only: not for JSON, nor for a file.
TEST_F(ColourCli, NoColourInOtherFormatsOrFiles) {
  ScopedEnv no("NO_COLOR", nullptr);
  EXPECT_FALSE(coloured(lint({"--format", "json"}, true)));
  const std::string file = (dir.path() / "out.txt").string();
  lint({"-o", file}, true);
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("[weekday-date]"), std::string::npos) << text.str();
  EXPECT_FALSE(coloured(text.str()));
}

TEST_F(ColourCli, UnknownModeIsAUsageError) {
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(run_cli({"--color", "sometimes", dir.str()}, in, out, err), 2);
  EXPECT_NE(err.str().find("--color"), std::string::npos) << err.str();
}

}  // namespace
}  // namespace wiclint
