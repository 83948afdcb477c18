// AtomicFiles: reports streamed into temporary files, renamed over their targets all at once.
#include "reports/atomic_file.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace wiclint {
namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The files of the folder other than `keep`: temporary files left behind.
std::size_t others(const fs::path& dir, const std::vector<std::string>& keep) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (std::find(keep.begin(), keep.end(), e.path().filename().string()) == keep.end()) ++n;
  return n;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("wiclint-atomic-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                               "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  TempDir() { fs::remove_all(path), fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

TEST(AtomicFiles, StreamedContentReplacesTheTargetsOnlyAtCommit) {
  TempDir d;
  std::ofstream(d.path / "a.json") << "old";
  AtomicFiles files;
  std::string error;
  std::ostream* a = files.open((d.path / "a.json").string(), error);
  std::ostream* b = files.open((d.path / "sub" / "b.txt").string(), error);
  ASSERT_TRUE(a && b) << error;
  const std::string big(300'000, 'x');  // more than the stream's buffer: written as it comes
  *a << big << "end";
  *b << "second";
  EXPECT_EQ(slurp(d.path / "a.json"), "old");
  EXPECT_FALSE(fs::exists(d.path / "sub" / "b.txt"));
  EXPECT_EQ(files.commit(), "");
  EXPECT_EQ(slurp(d.path / "a.json"), big + "end");
  EXPECT_EQ(slurp(d.path / "sub" / "b.txt"), "second");
  EXPECT_EQ(others(d.path, {"a.json", "sub"}), 0u);
}

TEST(AtomicFiles, AnExceptionWhileRenderingLeavesTargetsAndNoTemporaryFile) {
  TempDir d;
  std::ofstream(d.path / "a.json") << "old";
  try {
    AtomicFiles files;
    std::string error;
    *files.open((d.path / "a.json").string(), error) << "half a report";
    throw std::runtime_error("render failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(slurp(d.path / "a.json"), "old");
  EXPECT_EQ(others(d.path, {"a.json"}), 0u);
}

TEST(AtomicFiles, AFolderAsTargetIsAnErrorAndNothingIsWritten) {
  TempDir d;
  fs::create_directories(d.path / "dir");
  EXPECT_NE(write_files_atomically({{(d.path / "a.txt").string(), "a"}, {(d.path / "dir").string(), "b"}}), "");
  EXPECT_FALSE(fs::exists(d.path / "a.txt"));
  EXPECT_EQ(others(d.path, {"dir"}), 0u);
}

TEST(AtomicFiles, ADeviceIsWrittenIntoNotReplaced) {
  EXPECT_EQ(write_file_atomically("/dev/null", "report"), "");
  EXPECT_FALSE(fs::is_regular_file("/dev/null"));
}

}  // namespace
}  // namespace wiclint
