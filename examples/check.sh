#!/bin/sh
# check.sh "COMPILE COMMAND" FILE...: compile each FILE with the command
# (which loads the plugin) and check that the [escape:...] warnings are
# exactly the announced ones: for each comment that starts with "escape:",
# a warning on the next line that holds a `return'.  Prints what differs.
set -u
cmd=$1; shift
out=build
mkdir -p "$out"
: >"$out/expected"; : >"$out/got"
status=0
for f in "$@"; do
  # shellcheck disable=SC2086 # the command is split on purpose
  if ! $cmd -c "$f" -o "$out/${f%.c}.o" 2>"$out/${f%.c}.stderr"; then
    echo "check: $f does not compile:" >&2
    cat "$out/${f%.c}.stderr" >&2
    status=1
  fi
  awk -v f="$f" '
    /\/\* escape:/ { want = 1; rule = $0; sub(/.*\[escape:/, "", rule); }
    want && /\[escape:/ { r = $0; sub(/.*\[escape:/, "", r); sub(/\].*/, "", r); rule = r }
    want && /\*\// { armed = 1; want = 0; next }
    armed && /return/ { print f ":" NR ": " rule; armed = 0 }
  ' "$f" >>"$out/expected"
  sed -n 's/^\([^:]*\):\([0-9]*\):[0-9]*: warning: .*\[escape:\([a-z]*\)\]$/\1:\2: \3/p' \
    "$out/${f%.c}.stderr" >>"$out/got"
done
sort -o "$out/expected" "$out/expected"
sort -o "$out/got" "$out/got"
if cmp -s "$out/expected" "$out/got"; then
  echo "check: $(wc -l <"$out/got") warnings, all announced: ok"
else
  echo "check: the warnings differ from the announced ones (< announced, > reported):"
  diff "$out/expected" "$out/got" | grep '^[<>]'
  status=1
fi
exit $status
