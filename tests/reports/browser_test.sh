#!/bin/sh
# Opens an HTML report in headless Chromium and checks it really works in a browser:
#   - the page's own self-check (report.js, run by opening the file with #selftest) passes: findings
#     and the claims matrix render, the severity filter and search hide what they should, and no
#     error, blocked script (CSP) or injected script happened (window.PWNED, document.title);
#   - the DOM shows the sample's script payloads as escaped text, never as elements;
#   - the same self-check passes at a phone's width (390 px), where it finds no sideways scroll;
#   - Chromium's console log has no uncaught error;
#   - screenshots at laptop and phone widths are saved in OUTDIR for a human to look at.
# Usage: browser_test.sh HTML_FILE OUTDIR. Exit 0 pass, 1 fail, 77 skipped (no Chromium).
set -u
html=$1
outdir=$2
browser=""
for b in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [ -z "$browser" ]; then
  echo "browser_test: no Chromium found (apt-get install -y chromium); skipped"
  exit 77
fi
[ -r "$html" ] || { echo "browser_test: cannot read $html"; exit 1; }
mkdir -p "$outdir"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
run() {
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-dev-shm-usage --hide-scrollbars \
    --user-data-dir="$profile" "$@"
}

run --enable-logging=stderr --v=0 --virtual-time-budget=3000 --dump-dom "$url#selftest" \
  >"$outdir/dom.html" 2>"$outdir/console.log"
status=0
if grep -q 'data-status="pass"' "$outdir/dom.html"; then
  echo "browser_test: page self-check passed"
else
  echo "browser_test: page self-check did not pass:"
  sed -n '/id="selftest-result"/,/<\/pre>/p' "$outdir/dom.html" | head -30
  status=1
fi
sed -n '/id="selftest-result"/,/<\/pre>/p' "$outdir/dom.html" | sed 's/^/  /' | head -30
# Again at a phone's width (390 px asked; headless Chromium lays out at least 500 px): the
# self-check includes "no sideways scroll".
run --window-size=390,844 --virtual-time-budget=3000 --dump-dom "$url#selftest" >"$outdir/dom-phone.html" 2>/dev/null
if grep -q 'data-status="pass"' "$outdir/dom-phone.html"; then
  echo "browser_test: page self-check passed at 390 px"
else
  echo "browser_test: page self-check did not pass at 390 px:"
  sed -n '/id="selftest-result"/,/<\/pre>/p' "$outdir/dom-phone.html" | grep FAIL
  status=1
fi
# The sample carries these payloads in article text; they must come out as text.
if grep -q '&lt;script&gt;window.PWNED=1&lt;/script&gt;' "$outdir/dom.html" &&
   grep -q '&lt;img src=x onerror=' "$outdir/dom.html"; then
  echo "browser_test: payloads shown as text"
else
  echo "browser_test: the escaped payloads are missing from the page"
  status=1
fi
if grep -Eq '<img[^>]*src="?x|PWNED=1</script>' "$outdir/dom.html"; then
  echo "browser_test: a payload became markup"
  status=1
fi
if grep -E 'Uncaught|Content Security Policy|Refused to' "$outdir/console.log"; then
  echo "browser_test: console errors (see $outdir/console.log)"
  status=1
fi

run --screenshot="$outdir/report-laptop.png" --window-size=1366,2400 "$url" >/dev/null 2>&1 || status=1
run --screenshot="$outdir/report-phone.png" --window-size=390,2600 --force-device-scale-factor=1 "$url" >/dev/null 2>&1 || status=1
for f in report-laptop.png report-phone.png; do
  [ -s "$outdir/$f" ] || { echo "browser_test: no screenshot $f"; status=1; }
done
echo "browser_test: screenshots in $outdir"
exit $status
