#!/usr/bin/env bash
# Measures wiclint on the real corpus (tests/real): claims against the blind labels, then the
# labelled contradictions. The article texts are not in git (third-party text; see
# tests/real/README.md): without them this says so and exits 77, which ctest reports as skipped.
set -euo pipefail
wiclint=$1 root=$2
texts="$root/tests/real/texts"
if ! ls "$texts"/*.txt >/dev/null 2>&1; then
  echo "SKIPPED: the real corpus texts are not present in $texts (see tests/real/README.md to collect them)"
  exit 77
fi
missing=$(python3 - "$root" <<'PY'
import sys, os, yaml
root = sys.argv[1]
files = yaml.safe_load(open(os.path.join(root, "tests/real/claims.yaml")))["files"]
print(sum(not os.path.exists(os.path.join(root, k)) for k in files))
PY
)
if [ "$missing" != "0" ]; then
  echo "SKIPPED: $missing labelled texts are missing from $texts"
  exit 77
fi
python3 "$root/tests/tools/score_claims.py" "$wiclint" "$root/tests/real/claims.yaml" "$root" --report-only
python3 "$root/tests/tools/score_contradictions.py" "$wiclint" "$root/tests/real"
