#include "lsp/server.hpp"

#include <cstring>
#include <filesystem>
#include <istream>
#include <ostream>

#include "kb/yaml_error.hpp"
#include "lsp/jsonrpc.hpp"

#ifndef WICLINT_VERSION
#define WICLINT_VERSION "0.0.0"
#endif

namespace wiclint::lsp {

namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700, kInvalidRequest = -32600, kMethodNotFound = -32601, kInvalidParams = -32602,
              kInternalError = -32603, kServerNotInitialized = -32002;

// A malformed parameter: answered with kInvalidParams (or logged, for a notification).
struct BadParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const json& member(const json& obj, const char* key, json::value_t type, const char* what) {
  if (!obj.is_object() || !obj.contains(key) || obj[key].type() != type)
    throw BadParams(std::string("params need ") + what);
  return obj[key];
}

std::string string_member(const json& obj, const char* key, const char* what) {
  return member(obj, key, json::value_t::string, what).get<std::string>();
}

const json& text_document(const json& params) {
  return member(params, "textDocument", json::value_t::object, "a 'textDocument' object");
}

bool article_document(const std::string& path, const std::string& language) {
  auto ends = [&](const char* s) { return path.size() >= std::strlen(s) && path.compare(path.size() - std::strlen(s), std::string::npos, s) == 0; };
  return language == "markdown" || language == "plaintext" || ends(".md") || ends(".markdown") || ends(".txt");
}

// Is the member at `path` (object keys) the boolean true?
bool flag_at(const json& j, std::initializer_list<const char*> path) {
  const json* at = &j;
  for (const char* key : path) {
    if (!at->is_object() || !at->contains(key)) return false;
    at = &(*at)[key];
  }
  return at->is_boolean() && at->get<bool>();
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

bool Server::handle(const std::string& body) {
  json msg = json::parse(body, nullptr, false);
  if (msg.is_discarded()) {
    error(nullptr, kParseError, "the message is not JSON");
    return true;
  }
  const bool has_id = msg.is_object() && msg.contains("id");
  const json id = has_id ? msg["id"] : json();
  if (!msg.is_object() || (has_id && !id.is_string() && !id.is_number_integer())) {
    error(nullptr, kInvalidRequest, "a message is a JSON object with a numeric or string 'id'");
    return true;
  }
  if (!msg.contains("method")) {
    if (!has_id || !(msg.contains("result") || msg.contains("error"))) error(id, kInvalidRequest, "a request needs a 'method'");
    return true;  // a response to our request (client/registerCapability): nothing to do
  }
  if (!msg["method"].is_string()) {
    error(id, kInvalidRequest, "'method' must be a string");
    return true;
  }
  const std::string method = msg["method"].get<std::string>();
  if (method == "exit") return false;
  const json params = msg.contains("params") ? msg["params"] : json::object();
  try {
    dispatch(method, id, has_id, params);
  } catch (const BadParams& e) {
    if (has_id) error(id, kInvalidParams, method + ": " + e.what());
    else log(1, method + ": " + e.what());
  } catch (const std::exception& e) {
    if (has_id) error(id, kInternalError, method + ": " + e.what());
    else log(1, method + ": internal error: " + e.what());
  }
  return true;
}

void Server::bad_frame(const std::string& why) { error(nullptr, kParseError, why); }

void Server::dispatch(const std::string& method, const json& id, bool request, const json& params) {
  if (lifecycle(method, id, request, params)) return;
  if (!request) return document_event(method, params);
  if (method == "textDocument/codeAction") {
    const std::string uri = string_member(text_document(params), "uri", "a 'textDocument.uri'");
    Range r;
    if (!from_json(params.value("range", json()), r)) throw BadParams("params need a 'range'");
    auto it = documents_.find(uri);
    return respond(id, code_actions(uri, it == documents_.end() ? std::string() : it->second.text, params));
  }
  error(id, kMethodNotFound, "unknown method '" + method + "'");
}

// initialize, shutdown and what may come before or after them; true when it handled the message.
bool Server::lifecycle(const std::string& method, const json& id, bool request, const json& params) {
  if (method == "initialize") {
    if (initialized_) error(id, kInvalidRequest, "initialize was already received");
    else respond(id, initialize(params));
    return true;
  }
  if (!initialized_ || shut_down_) {
    if (request) error(id, shut_down_ ? kInvalidRequest : kServerNotInitialized,
                       shut_down_ ? "the server is shut down" : "the server is not initialized");
    return true;  // notifications are dropped (as the protocol says)
  }
  if (method == "shutdown") {
    shut_down_ = true;
    respond(id, nullptr);
    return true;
  }
  if (method == "initialized") {
    initialized();
    return true;
  }
  return false;
}

void Server::document_event(const std::string& method, const json& params) {
  if (method == "textDocument/didOpen") did_open(params);
  else if (method == "textDocument/didChange") did_change(params);
  else if (method == "textDocument/didSave") did_save(params);
  else if (method == "textDocument/didClose") did_close(params);
  else if (method == "workspace/didChangeWatchedFiles") watched_files_changed(params);
  // Any other notification ($/cancelRequest, $/setTrace, ...) needs nothing.
}

json Server::initialize(const json& params) {
  if (!params.is_object()) throw BadParams("params must be an object");
  std::string root = std::filesystem::current_path().string();
  if (params.contains("rootUri") && params["rootUri"].is_string()) root = path_from_uri(params["rootUri"].get<std::string>());
  else if (params.contains("rootPath") && params["rootPath"].is_string()) root = params["rootPath"].get<std::string>();
  watch_files_ = flag_at(params, {"capabilities", "workspace", "didChangeWatchedFiles", "dynamicRegistration"});
  initialized_ = true;
  workspace_.set_root(root);
  reload();  // once the answer is sent: no diagnostics may come before it
  json sync = {{"openClose", true}, {"change", 1}, {"save", {{"includeText", true}}}};
  return {{"capabilities", {{"textDocumentSync", sync}, {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
          {"serverInfo", {{"name", "wiclint"}, {"version", WICLINT_VERSION}}}};
}

void Server::initialized() {
  if (!watch_files_) return;
  // Watch the config, knowledge bases and articles, so edits made outside the editor count too.
  json watchers = json::array({{{"globPattern", "**/*.yaml"}}, {{"globPattern", "**/*.{md,markdown,txt}"}}});
  json registration = {{"id", "wiclint-watch"}, {"method", "workspace/didChangeWatchedFiles"},
                       {"registerOptions", {{"watchers", watchers}}}};
  write_frame(out_, dump({{"jsonrpc", "2.0"}, {"id", "wiclint-register-1"}, {"method", "client/registerCapability"},
                          {"params", {{"registrations", json::array({registration})}}}}));
}

void Server::did_open(const json& params) {
  const json& doc = text_document(params);
  Document d;
  const std::string uri = string_member(doc, "uri", "a 'textDocument.uri'");
  d.text = string_member(doc, "text", "a 'textDocument.text'");
  d.path = path_from_uri(uri);
  d.version = doc.value("version", json(0)).is_number_integer() ? doc["version"].get<int>() : 0;
  d.article = article_document(d.path, doc.value("languageId", json("")).is_string() ? doc["languageId"].get<std::string>() : "");
  d.pending = d.article;
  documents_[uri] = std::move(d);
}

void Server::did_change(const json& params) {
  const json& doc = text_document(params);
  auto it = documents_.find(string_member(doc, "uri", "a 'textDocument.uri'"));
  if (it == documents_.end()) throw BadParams("didChange of a document that is not open");
  const json& changes = member(params, "contentChanges", json::value_t::array, "a 'contentChanges' array");
  Document& d = it->second;
  for (const auto& c : changes) {
    const std::string text = string_member(c, "text", "a 'text' in each content change");
    Range r;
    if (c.contains("range") && from_json(c["range"], r)) {  // an incremental change, though we ask for full ones
      const std::size_t b = byte_at(d.text, r.start), e = std::max(b, byte_at(d.text, r.end));
      d.text.replace(b, e - b, text);
    } else {
      d.text = text;
    }
  }
  if (doc.contains("version") && doc["version"].is_number_integer()) d.version = doc["version"].get<int>();
  d.pending = d.article;
}

void Server::did_save(const json& params) {
  const std::string uri = string_member(text_document(params), "uri", "a 'textDocument.uri'");
  if (workspace_.settings_file(path_from_uri(uri))) return reload();
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  if (params.contains("text") && params["text"].is_string()) it->second.text = params["text"].get<std::string>();
  it->second.pending = it->second.article;
}

void Server::did_close(const json& params) {
  const std::string uri = string_member(text_document(params), "uri", "a 'textDocument.uri'");
  if (documents_.erase(uri)) publish(uri, json::array());
}

void Server::watched_files_changed(const json& params) {
  const json& changes = member(params, "changes", json::value_t::array, "a 'changes' array");
  bool settings = false;
  for (const auto& c : changes)
    if (c.is_object() && c.contains("uri") && c["uri"].is_string())
      settings = settings || workspace_.settings_file(path_from_uri(c["uri"].get<std::string>()));
  if (settings) return reload();
  for (auto& [uri, d] : documents_) d.pending = d.article;  // an article of the corpus changed
}

void Server::reload() {
  reload_due_ = true;
  for (auto& [uri, d] : documents_) d.pending = d.article;
}

// Reads the settings again. An error is shown to the user and published on the file it is in;
// the settings read before stay in use.
void Server::reload_now() {
  reload_due_ = false;
  if (!error_file_uri_.empty()) publish(error_file_uri_, json::array());
  error_file_uri_.clear();
  settings_error_.clear();
  try {
    workspace_.reload();
  } catch (const YamlError& e) {
    settings_error_ = e.what();
    const std::filesystem::path file = std::filesystem::path(workspace_.root()) / e.file();
    error_file_uri_ = uri_from_path(file.lexically_normal().string());
    const Position at{std::max(0, e.line() - 1), std::max(0, e.column() - 1)};
    publish(error_file_uri_, json::array({{{"range", to_json({at, at})}, {"severity", 1}, {"source", "wiclint"},
                                           {"message", e.detail()}}}));
    notify("window/showMessage", {{"type", 1}, {"message", "wiclint: " + settings_error_}});
  }
}

void Server::check_pending() {
  if (reload_due_) reload_now();
  for (auto& [uri, d] : documents_) {
    if (!d.pending || !workspace_.ready()) continue;
    d.pending = false;
    try {
      publish(uri, diagnostics_for(d.path, workspace_.check(d.path, d.text)), d.version);
    } catch (const std::exception& e) {
      log(1, "checking " + d.path + ": internal error: " + e.what());
    }
  }
}

void Server::publish(const std::string& uri, const json& diagnostics, const json& version) {
  json params = {{"uri", uri}, {"diagnostics", diagnostics}};
  if (!version.is_null()) params["version"] = version;
  notify("textDocument/publishDiagnostics", params);
}

void Server::respond(const json& id, const json& result) {
  write_frame(out_, dump({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}}));
}

void Server::error(const json& id, int code, const std::string& message) {
  write_frame(out_, dump({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}}));
}

void Server::notify(const std::string& method, const json& params) {
  write_frame(out_, dump({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}));
}

void Server::log(int type, const std::string& message) {
  notify("window/logMessage", {{"type", type}, {"message", "wiclint: " + message}});
}

int run_server(std::istream& in, std::ostream& out, Settings settings) {
  Server server(out, std::move(settings));
  for (;;) {
    Incoming msg = read_frame(in);
    if (msg.status == Incoming::Status::end) return 1;  // the client went away without `exit`
    if (msg.status == Incoming::Status::bad_frame) server.bad_frame(msg.error);
    else if (!server.handle(msg.body)) return server.exit_status();
    if (in.rdbuf()->in_avail() <= 0) server.check_pending();
  }
}

}  // namespace wiclint::lsp
