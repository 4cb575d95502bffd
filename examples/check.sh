#!/bin/sh
# check.sh "COMPILE COMMAND" FILE...
#
# Compile each FILE with the command (which loads the plugin and writes a
# report with -fplugin-arg-escape-xml) into build/, then check that
#
#  1. the [escape:RULE] diagnostics are exactly the announced ones: a
#     comment that starts with "escape:" and names the rule as
#     [escape:RULE] announces a finding of that rule on the line right
#     after the comment, and nothing else may be reported;
#  2. the per-TU reports merge (escape-report merge) into a report that
#     validates against the schema (xmllint --relaxng);
#  3. the merged report holds the same findings as the diagnostics, plus
#     the accepted ones: a comment that starts with "escape-accepted:"
#     announces a finding the source accepts (ESCAPE_ACCEPT), which must
#     not be a diagnostic but must be in the report, suppressed="accepted".
#
# ESCAPE_REPORT and ESCAPE_SCHEMA name the report tool and the schema
# (default: the build tree's).  Prints what differs; exits 1 if anything
# does.
set -u
cmd=$1; shift
tool=${ESCAPE_REPORT:-../reports/escape-report}
schema=${ESCAPE_SCHEMA:-../reports/escape.rng}
out=build
mkdir -p "$out"
: >"$out/expected"; : >"$out/got"; : >"$out/expected-report"; : >"$out/got-report"
status=0
reports=""

for f in "$@"; do
  base=$out/${f%.c}
  rm -f "$base.escape.xml"
  # shellcheck disable=SC2086 # the command is split on purpose
  if ! $cmd -c "$f" -o "$base.o" 2>"$base.stderr"; then
    echo "check: $f does not compile:" >&2
    cat "$base.stderr" >&2
    status=1
  fi
  if [ -f "$base.escape.xml" ]; then
    reports="$reports $base.escape.xml"
  else
    echo "check: $f: no report $base.escape.xml (is -fplugin-arg-escape-xml in the command?)" >&2
    status=1
  fi
  # Announcements: "warning FILE:LINE: RULE" or "accepted FILE:LINE: RULE",
  # LINE being the line after the comment's end.
  awk -v f="$f" '
    /\/\* escape(-accepted)?:/ {
      inside = 1; rule = "";
      kind = ($0 ~ /\/\* escape-accepted:/) ? "accepted" : "warning";
    }
    inside && /\[escape:[a-z]+\]/ {
      r = $0; sub(/.*\[escape:/, "", r); sub(/\].*/, "", r); rule = r;
    }
    inside && /\*\// {
      inside = 0;
      if (rule == "")
        printf "check: %s:%d: announcement without [escape:RULE]\n", f, NR > "/dev/stderr";
      print kind " " f ":" (NR + 1) ": " rule;
    }
  ' "$f" >>"$out/expected-report"
  # Diagnostics: any warning or error tagged [escape:RULE].
  sed -n 's/^\([^:]*\):\([0-9]*\):[0-9]*: \(warning\|error\): .*\[escape:\([a-z]*\)\].*$/\1:\2: \4/p' \
    "$base.stderr" >>"$out/got"
done
grep '^warning ' "$out/expected-report" | sed 's/^warning //' >"$out/expected"

# compare NAME A B: A and B sorted must be equal.
compare () {
  sort -o "$2" "$2"; sort -o "$3" "$3"
  if cmp -s "$2" "$3"; then
    echo "check: $1: $(wc -l <"$3") findings, as announced: ok"
  else
    echo "check: $1 differ from the announced ones (< announced, > reported):"
    diff "$2" "$3" | grep '^[<>]'
    status=1
  fi
}
compare "diagnostics" "$out/expected" "$out/got"

# The reports: merged, valid, and in agreement with the announcements.
merged=$out/escape-all.xml
# shellcheck disable=SC2086 # one word per report
if [ -z "$reports" ] || ! "$tool" merge $reports -o "$merged"; then
  echo "check: cannot merge the reports into $merged"
  exit 1
fi
if xmllint --noout --relaxng "$schema" "$merged" 2>"$out/xmllint.log"; then
  echo "check: $merged validates against $schema: ok"
else
  echo "check: $merged does not validate against $schema:"
  cat "$out/xmllint.log"
  status=1
fi
n=$(xmllint --xpath 'count(//finding)' "$merged")
i=1
while [ "$i" -le "$n" ]; do
  x="(//finding)[$i]"
  # "SUPPRESSED FILE:LINE: RULE", SUPPRESSED empty for a reported finding.
  xmllint --xpath "concat($x/@suppressed, ' ', $x/location/@file, ':', $x/location/@line, ': ', $x/@rule)" \
    "$merged" | sed 's/^ /warning /'
  i=$((i + 1))
done >"$out/got-report"
compare "reported findings (merged report)" "$out/expected-report" "$out/got-report"
exit $status
