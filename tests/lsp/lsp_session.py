#!/usr/bin/env python3
"""Drives `wiclint lsp` as an editor would, over its standard input and output.

usage: lsp_session.py WICLINT WORK_DIR session|malformed

session: a workspace whose corpus gives "More than 2,000 guests" for the 5th WIC (an edition the
knowledge base has no attendance figure for, so count-agreement's is the only error); the editor opens
an article (with non-ASCII text before the span) giving "Around 1,200 participants": a
count-agreement diagnostic at the span's UTF-16 range, related to the corpus article's span. A
code action inserts a disable-next-line comment; the edited article has no diagnostic left. A fix
of the figure clears it too; a config that turns the rule off, announced as a changed watched
file, is read again. shutdown and exit end the server with status 0.
malformed: garbage frames and bad requests are answered with JSON-RPC errors and the server goes
on answering; `exit` without `shutdown` ends it with status 1.
"""
import json, os, queue, shutil, subprocess, sys, threading

CORPUS_A = ("Fifth WIC opens in Wuzhen\nPublished: 2018-11-07\n\n"
            "The fifth World Internet Conference opened in Wuzhen on Wednesday.\n\n"
            "More than 2,000 guests are attending the three-day meeting.\n")
# The figure line holds a character outside the BMP (two UTF-16 units) and accented letters.
NEW_TEXT = ("Fifth WIC closes\nPublished: 2018-11-09\n\n"
            "The fifth World Internet Conference closed in Wuzhen on Friday.\n\n"
            "Café 🎉 Wuzhen — Around 1,200 participants attended the meeting, organizers said.\n")
SPAN = "Around 1,200 participants"
FIXED_TEXT = NEW_TEXT.replace(SPAN, "More than 2,000 guests")


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def position_of(text, needle):
    i = text.index(needle)
    line = text.count("\n", 0, i)
    start = text.rfind("\n", 0, i) + 1
    return {"line": line, "character": utf16(text[start:i])}


def range_of(text, needle):
    start = position_of(text, needle)
    return {"start": start, "end": {"line": start["line"], "character": start["character"] + utf16(needle)}}


class Client:
    def __init__(self, wiclint, cwd):
        self.p = subprocess.Popen([wiclint, "lsp"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.next_id = 0

    def _read(self):
        out = self.p.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode().partition(":")
                headers[k.strip().lower()] = v.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, obj):
        body = json.dumps(obj).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def expect(self, what, pred, timeout=60):
        while True:
            try:
                m = self.messages.get(timeout=timeout)
            except queue.Empty:
                fail(f"no {what} within {timeout} s")
            if m is None:
                fail(f"the server closed its output before {what}")
            if pred(m):
                return m

    def response(self, id_):
        return self.expect(f"response {id_}", lambda m: m.get("id") == id_ and "method" not in m)

    def diagnostics(self, uri, version):
        return self.expect(f"diagnostics of {uri} v{version}",
                           lambda m: m.get("method") == "textDocument/publishDiagnostics" and
                           m["params"]["uri"] == uri and m["params"].get("version") == version)["params"]["diagnostics"]


def fail(why):
    print("FAIL:", why)
    sys.exit(1)


def check(cond, why):
    if not cond:
        fail(why)
    print("ok  ", why)


def uri(path):
    from urllib.parse import quote
    return "file://" + quote(os.path.abspath(path))


def session(wiclint, work):
    os.makedirs(os.path.join(work, "corpus"))
    with open(os.path.join(work, "corpus", "a.txt"), "w", encoding="utf-8") as f:
        f.write(CORPUS_A)
    new_uri = uri(os.path.join(work, "corpus", "new café.md"))
    c = Client(wiclint, work)
    init = c.response(c.request("initialize", {"processId": None, "rootUri": uri(work), "capabilities": {}}))
    caps = init["result"]["capabilities"]
    check(caps["textDocumentSync"]["change"] in (1, 2) and caps["textDocumentSync"]["openClose"], "initialize: text sync")
    check("codeActionProvider" in caps, "initialize: code actions")
    c.notify("initialized", {})
    c.notify("textDocument/didOpen", {"textDocument": {"uri": new_uri, "languageId": "markdown", "version": 1, "text": NEW_TEXT}})
    diags = c.diagnostics(new_uri, 1)
    agree = [d for d in diags if d["code"] == "count-agreement"]
    check(len(agree) == 1, f"didOpen: one count-agreement diagnostic ({diags})")
    d = agree[0]
    check(d["range"] == range_of(NEW_TEXT, SPAN), f"its range is in UTF-16 units: {d['range']} == {range_of(NEW_TEXT, SPAN)}")
    check(d["severity"] == 1 and d["source"] == "wiclint", "severity 1 (error), source wiclint")
    rel = [r for r in d.get("relatedInformation", []) if r["location"]["uri"] == uri(os.path.join(work, "corpus", "a.txt"))]
    check(len(rel) == 1 and rel[0]["location"]["range"] == range_of(CORPUS_A, "More than 2,000 guests"),
          f"related information points at the corpus article's span ({d.get('relatedInformation')})")
    check(not [x for x in diags if x["severity"] == 1 and x is not d], "no other error")

    actions = c.response(c.request("textDocument/codeAction", {
        "textDocument": {"uri": new_uri}, "range": d["range"], "context": {"diagnostics": [d]}}))["result"]
    check(len(actions) == 1 and actions[0]["kind"] == "quickfix", f"one quick fix ({actions})")
    edit = actions[0]["edit"]["changes"][new_uri]
    line = d["range"]["start"]["line"]
    check(len(edit) == 1 and edit[0]["range"]["start"] == {"line": line, "character": 0} and
          edit[0]["newText"].startswith("<!-- wiclint-disable-next-line count-agreement -- ") and
          edit[0]["newText"].endswith("-->\n"), f"it inserts a disable-next-line comment above the line ({edit})")
    lines = NEW_TEXT.split("\n")
    suppressed = "\n".join(lines[:line] + [edit[0]["newText"][:-1]] + lines[line:])
    c.notify("textDocument/didChange", {"textDocument": {"uri": new_uri, "version": 2}, "contentChanges": [{"text": suppressed}]})
    check(c.diagnostics(new_uri, 2) == [], "the quick fix applied: no diagnostic")

    c.notify("textDocument/didChange", {"textDocument": {"uri": new_uri, "version": 3}, "contentChanges": [{"text": NEW_TEXT}]})
    check(any(x["code"] == "count-agreement" for x in c.diagnostics(new_uri, 3)), "the contradiction again")
    c.notify("textDocument/didChange", {"textDocument": {"uri": new_uri, "version": 4}, "contentChanges": [{"text": FIXED_TEXT}]})
    check(c.diagnostics(new_uri, 4) == [], "didChange with the figure fixed: no diagnostic")

    c.notify("textDocument/didChange", {"textDocument": {"uri": new_uri, "version": 5}, "contentChanges": [{"text": NEW_TEXT}]})
    check(any(x["code"] == "count-agreement" for x in c.diagnostics(new_uri, 5)), "the contradiction once more")
    with open(os.path.join(work, "wiclint.yaml"), "w") as f:
        f.write("rules:\n  count-agreement: off\n")
    c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(os.path.join(work, "wiclint.yaml")), "type": 1}]})
    check(c.diagnostics(new_uri, 5) == [], "a new config turning the rule off is read")
    with open(os.path.join(work, "wiclint.yaml"), "w") as f:
        f.write("rules:\n  count-agreemnt: off\n")
    c.notify("textDocument/didSave", {"textDocument": {"uri": uri(os.path.join(work, "wiclint.yaml"))}})
    err = c.expect("the config error", lambda m: m.get("method") == "textDocument/publishDiagnostics" and
                   m["params"]["uri"] == uri(os.path.join(work, "wiclint.yaml")))
    check(err["params"]["diagnostics"][0]["range"]["start"] == {"line": 1, "character": 2},
          "a config error is published at its place in wiclint.yaml")

    check(c.response(c.request("shutdown", None)).get("result", 1) is None, "shutdown answers null")
    c.notify("exit", None)
    check(c.p.wait(timeout=30) == 0, "exit after shutdown: status 0")


def malformed(wiclint, work):
    os.makedirs(work, exist_ok=True)
    c = Client(wiclint, work)
    early = c.request("textDocument/codeAction", {})
    check(c.response(early)["error"]["code"] == -32002, "a request before initialize: ServerNotInitialized")
    c.response(c.request("initialize", {"processId": None, "rootUri": uri(work), "capabilities": {}}))
    c.notify("initialized", {})
    body = b"{not json"
    c.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    check(c.expect("parse error", lambda m: "error" in m)["error"]["code"] == -32700, "invalid JSON: parse error")
    c.raw(b"Content-Type: application/json\r\n\r\n")
    check(c.expect("frame error", lambda m: "error" in m)["error"]["code"] == -32700, "no Content-Length: parse error")
    c.raw(b"Content-Length: twelve\r\n\r\n")
    check(c.expect("frame error", lambda m: "error" in m)["error"]["code"] == -32700, "a bad Content-Length: parse error")
    c.send([1, 2, 3])
    check(c.expect("invalid request", lambda m: "error" in m)["error"]["code"] == -32600, "an array: invalid request")
    c.send({"jsonrpc": "2.0", "id": {"x": 1}, "method": "shutdown"})
    check(c.expect("invalid request", lambda m: "error" in m)["error"]["code"] == -32600, "an object id: invalid request")
    check(c.response(c.request("no/such/method", {}))["error"]["code"] == -32601, "an unknown method: method not found")
    check(c.response(c.request("textDocument/codeAction", {"textDocument": 5}))["error"]["code"] == -32602,
          "bad params: invalid params")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": 7}})
    check(c.expect("a log message", lambda m: m.get("method") == "window/logMessage")["params"]["type"] == 1,
          "a bad notification is logged, not answered")
    ok = c.response(c.request("textDocument/codeAction", {
        "textDocument": {"uri": "file:///nowhere.md"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []}}))
    check(ok.get("result") == [], "still answering after all of that")
    c.notify("exit", None)
    check(c.p.wait(timeout=30) == 1, "exit without shutdown: status 1")


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in ("session", "malformed"):
        sys.exit(__doc__)
    wiclint, work = os.path.abspath(sys.argv[1]), sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    (session if sys.argv[3] == "session" else malformed)(wiclint, os.path.realpath(work))
    print("passed")


if __name__ == "__main__":
    main()
