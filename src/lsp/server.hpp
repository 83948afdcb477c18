#pragma once
// `wiclint lsp`: a Language Server Protocol server (docs/lsp.md). It keeps the editor's open
// articles, checks each against the workspace's corpus when it is opened, changed or saved, and
// publishes the findings as diagnostics; it offers a quick fix that disables a rule for a line,
// and reads the config and knowledge base again when they change. A malformed message is answered
// with a JSON-RPC error; nothing a client sends ends the server but `exit`.
#include <iosfwd>
#include <map>
#include <string>

#include "lsp/diagnostics.hpp"
#include "lsp/workspace.hpp"

namespace wiclint::lsp {

class Server {
 public:
  Server(std::ostream& out, Settings settings) : out_(out), workspace_(std::move(settings)) {}

  // Handles the JSON text of one message. Returns false once `exit` was received.
  bool handle(const std::string& body);
  // Answers a frame that could not be read (Incoming::bad_frame).
  void bad_frame(const std::string& why);
  // Checks the documents changed since their last check and publishes their diagnostics. The
  // loop calls it when no more input is waiting, so a burst of edits is checked once.
  void check_pending();
  // The exit status `exit` asks for: 0 after `shutdown`, else 1 (as the protocol says).
  int exit_status() const { return shut_down_ ? 0 : 1; }

 private:
  struct Document {
    std::string path, text;
    int version = 0;
    bool article = false, pending = false;
  };
  void dispatch(const std::string& method, const json& id, bool request, const json& params);
  bool lifecycle(const std::string& method, const json& id, bool request, const json& params);
  void document_event(const std::string& method, const json& params);
  json initialize(const json& params);
  void initialized();
  void did_open(const json& params);
  void did_change(const json& params);
  void did_save(const json& params);
  void did_close(const json& params);
  void watched_files_changed(const json& params);
  void reload();      // at the next check_pending (settings changed)
  void reload_now();
  void publish(const std::string& uri, const json& diagnostics, const json& version = json());
  void respond(const json& id, const json& result);
  void error(const json& id, int code, const std::string& message);
  void notify(const std::string& method, const json& params);
  void log(int type, const std::string& message);

  std::ostream& out_;
  Workspace workspace_;
  std::map<std::string, Document> documents_;  // by URI
  bool initialized_ = false, shut_down_ = false, watch_files_ = false, reload_due_ = false;
  std::string settings_error_;   // the last config or knowledge-base error, until it is fixed
  std::string error_file_uri_;   // the file it was published on
};

// Reads messages from `in` and answers on `out` until `exit` or the end of the input; returns
// the exit status.
int run_server(std::istream& in, std::ostream& out, Settings settings);

}  // namespace wiclint::lsp
