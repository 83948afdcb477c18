#!/usr/bin/env bash
# The HTML report of a real case, plus an article carrying a script payload, opened in headless
# Chromium by tests/reports/browser_test.sh (exit 77 = skipped when Chromium is missing).
# usage: browser_case.sh WICLINT SHARED_DIR OUT_DIR BROWSER_TEST
set -eu
wiclint=$1 shared=$2 out=$3 browser_test=$4
rm -rf "$out" && mkdir -p "$out/corpus"
cp "$shared"/corpus/cases/count-agreement/corpus/* "$out/corpus/"
# A hostile article: its text must show as text and run nothing.
cat > "$out/corpus/950_payload.txt" <<'ART'
Third World Internet Conference ends
Published: 2016-11-19

About 900 guests <script>window.PWNED=1</script> and <img src=x onerror="window.PWNED=1"> attended the third World Internet Conference.
ART
(cd "$out" && "$wiclint" corpus --fail-on never --format html --output report.html)
exec "$browser_test" "$out/report.html" "$out"
