// `wiclint lsp` in process: framing, UTF-16 positions, URIs, and the server answering a scripted
// client (tests/lsp/lsp_session.py drives the real binary the same way).
#include "lsp/server.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "corpus/temp_dir.hpp"
#include "lsp/jsonrpc.hpp"
#include "lsp/positions.hpp"

namespace wiclint::lsp {
namespace {

std::string frame(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

TEST(LspFraming, ReadsFramesInARow) {
  std::istringstream in(frame("{\"a\":1}") + "content-length:  2\r\nContent-Type: x\r\n\r\n{}");
  Incoming m = read_frame(in);
  ASSERT_EQ(m.status, Incoming::Status::message);
  EXPECT_EQ(m.body, "{\"a\":1}");
  m = read_frame(in);
  ASSERT_EQ(m.status, Incoming::Status::message);
  EXPECT_EQ(m.body, "{}");
  EXPECT_EQ(read_frame(in).status, Incoming::Status::end);
}

TEST(LspFraming, SkipsABadFrameAndReadsTheNext) {
  std::istringstream in("Content-Type: x\r\n\r\nContent-Length: -3\r\n\r\n" + frame("{}"));
  Incoming m = read_frame(in);
  EXPECT_EQ(m.status, Incoming::Status::bad_frame);
  EXPECT_NE(m.error.find("Content-Length"), std::string::npos);
  EXPECT_EQ(read_frame(in).status, Incoming::Status::bad_frame);
  m = read_frame(in);
  ASSERT_EQ(m.status, Incoming::Status::message);
  EXPECT_EQ(m.body, "{}");
}

TEST(LspFraming, SkipsAnOversizedFrame) {
  std::istringstream in(frame("[1,2,3,4,5]") + frame("{}"));
  Incoming m = read_frame(in, 5);
  EXPECT_EQ(m.status, Incoming::Status::bad_frame);
  EXPECT_NE(m.error.find("larger than the limit"), std::string::npos);
  m = read_frame(in, 5);
  ASSERT_EQ(m.status, Incoming::Status::message);
  EXPECT_EQ(m.body, "{}");
}

TEST(LspFraming, EndWithinABodyIsTheEnd) {
  std::istringstream in("Content-Length: 10\r\n\r\n{\"a\"");
  EXPECT_EQ(read_frame(in).status, Incoming::Status::end);
}

TEST(LspPositions, CountUtf16UnitsOnZeroBasedLines) {
  const std::string text = "x\r\nCaf\xC3\xA9 \xF0\x9F\x8E\x89 \xE2\x80\x94 Around";  // Café 🎉 — Around
  const Position p = position_at(text, text.find("Around"));
  EXPECT_EQ(p.line, 1);
  EXPECT_EQ(p.character, 10);  // C a f é space, 🎉 is two units, space — space
  EXPECT_EQ(byte_at(text, p), text.find("Around"));
  EXPECT_EQ(byte_at(text, {1, 99}), text.size());  // clamped to the line
  Location loc;
  loc.begin = text.find("Around");
  loc.end = text.size();
  const Range r = range_of(text, loc);
  EXPECT_EQ(r.end.character, 16);
}

TEST(LspPositions, ABomIsNotCounted) {
  const std::string text = "\xEF\xBB\xBFWIC";
  EXPECT_EQ(position_at(text, 4).character, 1);
}

TEST(LspPositions, UrisRoundTrip) {
  const std::string path = "/tmp/new caf\xC3\xA9%.md";
  const std::string uri = uri_from_path(path);
  EXPECT_EQ(uri, "file:///tmp/new%20caf%C3%A9%25.md");
  EXPECT_EQ(path_from_uri(uri), path);
  EXPECT_EQ(path_from_uri("untitled:Untitled-1"), "untitled:Untitled-1");
}

// The messages the server wrote, parsed.
std::vector<json> messages(const std::string& out) {
  std::istringstream in(out);
  std::vector<json> all;
  for (Incoming m; (m = read_frame(in)).status == Incoming::Status::message;) all.push_back(json::parse(m.body));
  return all;
}

class LspServer : public ::testing::Test {
 protected:
  std::ostringstream out;
  test::TempDir dir;
  Server server{out, Settings{}};

  std::vector<json> take() {
    auto all = messages(out.str());
    out.str("");
    return all;
  }
  json send(json msg) {
    msg["jsonrpc"] = "2.0";
    EXPECT_TRUE(server.handle(msg.dump()));
    server.check_pending();
    auto all = take();
    return all.empty() ? json() : all.back();
  }
  void initialize() {
    json r = send({{"id", 1}, {"method", "initialize"}, {"params", {{"rootUri", uri_from_path(dir.str())}, {"capabilities", json::object()}}}});
    ASSERT_TRUE(r.contains("result")) << r.dump();
    send({{"method", "initialized"}, {"params", json::object()}});
  }
};

TEST_F(LspServer, AnswersMalformedMessagesWithErrors) {
  EXPECT_EQ(send({{"id", 1}, {"method", "shutdown"}})["error"]["code"], -32002);
  initialize();
  EXPECT_TRUE(server.handle("{nope"));
  auto all = take();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0]["error"]["code"], -32700);
  EXPECT_TRUE(all[0]["id"].is_null());
  EXPECT_TRUE(server.handle("[]"));
  all = take();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0]["error"]["code"], -32600);
  EXPECT_EQ(send({{"id", 2}, {"method", 3}})["error"]["code"], -32600);
  EXPECT_EQ(send({{"id", 3}, {"method", "workspace/symbol"}})["error"]["code"], -32601);
  EXPECT_EQ(send({{"id", 4}, {"method", "textDocument/codeAction"}, {"params", {{"textDocument", {{"uri", 5}}}}}})["error"]["code"], -32602);
  EXPECT_EQ(send({{"method", "textDocument/didChange"}, {"params", {{"textDocument", {{"uri", "file:///x.md"}}}}}})["method"],
            "window/logMessage");
  EXPECT_EQ(send({{"id", 5}, {"method", "shutdown"}})["result"], nullptr);
  EXPECT_EQ(send({{"id", 6}, {"method", "shutdown"}})["error"]["code"], -32600);
  EXPECT_FALSE(server.handle(R"({"jsonrpc":"2.0","method":"exit"})"));
  EXPECT_EQ(server.exit_status(), 0);
}

TEST_F(LspServer, ExitWithoutShutdownIsStatusOne) {
  initialize();
  EXPECT_FALSE(server.handle(R"({"jsonrpc":"2.0","method":"exit"})"));
  EXPECT_EQ(server.exit_status(), 1);
}

TEST_F(LspServer, PublishesAContradictionAndItsFix) {
  dir.write("corpus/a.txt",
            "Fifth WIC opens in Wuzhen\nPublished: 2018-11-07\n\nThe fifth World Internet Conference opened in Wuzhen "
            "on Wednesday.\n\nMore than 2,000 guests are attending the three-day meeting.\n");
  initialize();
  const std::string text =
      "Fifth WIC closes\nPublished: 2018-11-09\n\nThe fifth World Internet Conference closed in Wuzhen on Friday.\n\n"
      "\xF0\x9F\x8E\x89 Around 1,200 participants attended the meeting.\n";
  const std::string uri = uri_from_path(dir.str() + "/corpus/new.md");
  json pub = send({{"method", "textDocument/didOpen"},
                   {"params", {{"textDocument", {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", text}}}}}});
  ASSERT_EQ(pub["method"], "textDocument/publishDiagnostics") << pub.dump();
  const json& diags = pub["params"]["diagnostics"];
  ASSERT_EQ(diags.size(), 1u) << diags.dump();
  EXPECT_EQ(diags[0]["code"], "count-agreement");
  EXPECT_EQ(diags[0]["range"], json::parse(R"({"start":{"line":5,"character":3},"end":{"line":5,"character":28}})"));
  ASSERT_TRUE(diags[0].contains("relatedInformation"));
  EXPECT_EQ(diags[0]["relatedInformation"][0]["location"]["uri"], uri_from_path(dir.str() + "/corpus/a.txt"));
  EXPECT_EQ(diags[0]["relatedInformation"][0]["location"]["range"]["start"], json::parse(R"({"line":5,"character":0})"));

  json actions = send({{"id", 7}, {"method", "textDocument/codeAction"},
                       {"params", {{"textDocument", {{"uri", uri}}}, {"range", diags[0]["range"]}, {"context", {{"diagnostics", diags}}}}}});
  ASSERT_EQ(actions["result"].size(), 1u) << actions.dump();
  const json& edit = actions["result"][0]["edit"]["changes"][uri][0];
  EXPECT_EQ(edit["range"]["start"], json::parse(R"({"line":5,"character":0})"));
  EXPECT_EQ(edit["newText"], "<!-- wiclint-disable-next-line count-agreement -- TODO: say why -->\n");

  std::string fixed = text;
  fixed.replace(fixed.find("Around 1,200 participants"), 25, "More than 2,000 guests");
  pub = send({{"method", "textDocument/didChange"},
              {"params", {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", {{{"text", fixed}}}}}}});
  EXPECT_EQ(pub["params"]["version"], 2);
  EXPECT_EQ(pub["params"]["diagnostics"], json::array());
}

}  // namespace
}  // namespace wiclint::lsp
