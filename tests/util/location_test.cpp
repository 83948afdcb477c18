// Locations: the shared path they carry, and their lines and columns in code points.
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "corpus/article.hpp"
#include "model/location.hpp"

namespace wiclint {
namespace {

TEST(FilePath, ReadsAsTheStringItHolds) {
  const FilePath p = std::string("corpus/xinhua-2019.txt");
  EXPECT_EQ(p.str(), "corpus/xinhua-2019.txt");
  EXPECT_EQ(p, "corpus/xinhua-2019.txt");
  EXPECT_EQ(p, std::string("corpus/xinhua-2019.txt"));
  EXPECT_FALSE(p.empty());
  EXPECT_EQ(p.size(), 22u);
  EXPECT_EQ(p + ":3", "corpus/xinhua-2019.txt:3");
  EXPECT_EQ("at " + p, "at corpus/xinhua-2019.txt");
  std::ostringstream os;
  os << p;
  EXPECT_EQ(os.str(), "corpus/xinhua-2019.txt");
  const std::string& as_string = p;  // the implicit view used by maps keyed by std::string
  std::map<std::string, int> by_path{{"corpus/xinhua-2019.txt", 7}};
  EXPECT_EQ(by_path.at(as_string), 7);
}

TEST(FilePath, EmptyAndDefaultAreEqual) {
  const FilePath none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none, FilePath(""));
  EXPECT_EQ(none.str(), "");
  EXPECT_STREQ(none.c_str(), "");
}

TEST(FilePath, ComparesByTextNotByIdentity) {
  const FilePath a = "a.txt", also_a = "a.txt", b = "b.txt";
  EXPECT_EQ(a, also_a);  // two separate copies of the same text
  EXPECT_NE(a, b);
  EXPECT_LT(a, b);
  EXPECT_GT(b, also_a);
}

TEST(FilePath, EveryLocationInAnArticleSharesItsPath) {
  const Article article("some/long/path/to/an/article.txt", "First line.\nSecond line here.\n");
  const Location first = article.locate(0, 5), second = article.locate(12, 18);
  EXPECT_EQ(first.file, "some/long/path/to/an/article.txt");
  EXPECT_EQ(first.file.c_str(), second.file.c_str());  // one string, not a copy per location
  EXPECT_EQ(second.line, 2);
  EXPECT_EQ(second.column, 1);
  EXPECT_EQ(second.end_column, 7);
}

// One pointer wide: a copy shares the path, and the path lives while any copy does, whichever
// copy goes last and on whichever thread.
TEST(FilePath, CopiesShareThePathUntilTheLastGoes) {
  static_assert(sizeof(FilePath) == sizeof(void*));
  std::vector<FilePath> copies;
  {
    FilePath original = std::string("corpus/a.txt");
    for (int k = 0; k < 4; ++k) copies.push_back(original);
    FilePath moved = std::move(original);
    EXPECT_TRUE(original.empty());  // NOLINT(bugprone-use-after-move): a moved-from path is empty
    EXPECT_EQ(moved.c_str(), copies[0].c_str());
    moved = copies[1];  // assigning another holder of the same path keeps it alive
    EXPECT_EQ(moved, "corpus/a.txt");
  }
  std::thread other([last = copies.back()] { EXPECT_EQ(last, "corpus/a.txt"); });
  copies.resize(1);
  other.join();
  EXPECT_EQ(copies[0], "corpus/a.txt");
  copies[0] = FilePath("corpus/b.txt");
  EXPECT_EQ(copies[0].str(), "corpus/b.txt");
}

TEST(Locate, ColumnsCountCodePointsOnTheSpansLine) {
  // "\u201c" is three bytes, one column; the span "Wuzhen" starts after it.
  const std::string text = "Intro\n\u201cWuzhen\u201d summit \u2014 2019\nlast";
  const Article article("a.txt", text);
  const std::size_t b = text.find("Wuzhen");
  const Location w = article.locate(b, b + 6);
  EXPECT_EQ(w.line, 2);
  EXPECT_EQ(w.column, 2);
  EXPECT_EQ(w.end_line, 2);
  EXPECT_EQ(w.end_column, 8);
  const std::size_t y = text.find("2019");
  const Location year = article.locate(b, y + 4);  // across the closing quote and the dash
  EXPECT_EQ(year.end_column, 23);
  // A span that runs onto the next line ends there.
  const Location across = article.locate(y, text.find("last") + 2);
  EXPECT_EQ(across.line, 2);
  EXPECT_EQ(across.end_line, 3);
  EXPECT_EQ(across.end_column, 3);
  // Located out of order, the same span gets the same columns.
  EXPECT_EQ(article.locate(b, b + 6).end_column, 8);
}

}  // namespace
}  // namespace wiclint
