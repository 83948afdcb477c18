#!/usr/bin/env bash
# The Debian package, built by CPack and unpacked into a scratch root (dpkg-deb -x: nothing on the
# machine changes): the installed binary is stripped, prints its version, and lints the example
# corpus from a folder with no claims/ in it exactly as the build tree's binary does, both with its
# built-in knowledge base and with the copy installed under usr/share/wiclint. Every library the
# binary needs belongs to a package the .deb depends on. Skipped (77) without dpkg-deb.
#   deb_install.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -euo pipefail
build=$1 source=$2 work=$3
command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb is not installed"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/pkg/wiclint_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Control fields: the dependencies are declared.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
[[ $depends == *libyaml-cpp0.7* ]] || fail "Depends lacks libyaml-cpp0.7"

root="$work/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin/wiclint"
for f in usr/bin/wiclint usr/share/man/man1/wiclint.1 usr/share/bash-completion/completions/wiclint \
         usr/share/zsh/vendor-completions/_wiclint usr/share/doc/wiclint/copyright \
         usr/share/doc/wiclint/rules/count-agreement.md usr/share/doc/wiclint/wiclint-output.schema.json \
         usr/share/wiclint/claims/wic.yaml usr/share/wiclint/claims/english.yaml usr/share/wiclint/claims/lexicon.yaml; do
  [ -e "$root/$f" ] || fail "$f is not in the package"
done
# One rule page per rule.
for id in $("$build/wiclint" rules | cut -d' ' -f1); do
  [ -f "$root/usr/share/doc/wiclint/rules/$id.md" ] || fail "no page for rule $id"
done
readelf -S "$bin" | grep -c '\.symtab' >/dev/null && fail "the packaged binary is not stripped"
# A plain `cmake --install` (no --strip) installs a stripped binary too.
cmake --install "$build" --prefix "$work/prefix" >/dev/null
readelf -S "$work/prefix/bin/wiclint" | grep -c '\.symtab' >/dev/null && fail "cmake --install left the binary unstripped"
[ -f "$work/prefix/share/man/man1/wiclint.1" ] || fail "cmake --install installed no man page"

# Every NEEDED library comes from a package the .deb depends on.
for lib in $(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
  # (Each reader takes its whole input: one that stops early ("awk ... exit", "head -1") kills the
  # writer with SIGPIPE now and then, and with pipefail the assignment fails and the script stops.)
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l && found == "" { found = $NF } END { print found }')
  [ -n "$path" ] || fail "cannot find $lib"
  pkg=$(dpkg -S "$(realpath "$path")" 2>/dev/null | sed -n '1s/:.*//p') || true
  [ -n "$pkg" ] || pkg=$(dpkg -S "$path" | sed -n '1s/:.*//p')
  [[ ", $depends" == *", $pkg "* || ", $depends" == *", $pkg" ]] || fail "$lib ($pkg) is not in Depends: $depends"
  echo "  $lib: $pkg"
done

# The installed binary, run from a folder with no claims/ and no source tree.
run_dir="$work/elsewhere"
mkdir -p "$run_dir" && cp -r "$source/examples/corpus" "$run_dir/corpus"
[ "$("$bin" --version)" = "$("$build/wiclint" --version)" ] || fail "--version differs from the build tree's"
"$bin" --version
set +e
(cd "$run_dir" && "$bin" corpus) >"$work/installed.txt" 2>&1; installed=$?
(cd "$run_dir" && "$build/wiclint" corpus) >"$work/built.txt" 2>&1; built=$?
(cd "$run_dir" && "$bin" --no-default-kb --kb "$root/usr/share/wiclint/claims/wic.yaml" corpus) >"$work/data.txt" 2>&1; data=$?
set -e
# Locations in the given knowledge-base file are named by its path: name them as the built-in one.
sed -i "s#$root/usr/share/wiclint/claims/wic.yaml#claims/wic.yaml#g" "$work/data.txt"
cat "$work/installed.txt"
[ "$installed" = 1 ] || fail "the installed wiclint exited $installed, expected 1 (the example corpus holds one error)"
grep -q '\[count-agreement\]' "$work/installed.txt" || fail "no count-agreement finding"
[ "$built" = "$installed" ] && cmp -s "$work/installed.txt" "$work/built.txt" || fail "installed and build-tree output differ"
[ "$data" = "$installed" ] && cmp -s "$work/installed.txt" "$work/data.txt" ||
  fail "with the installed usr/share/wiclint/claims/wic.yaml the output differs: $(diff "$work/installed.txt" "$work/data.txt")"
echo "PASS"
