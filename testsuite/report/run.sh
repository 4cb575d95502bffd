#!/bin/sh
# gcc-escape: tests of the XML reports and of escape-report.
#
#   sh testsuite/report/run.sh TOOL BUILDDIR [PLUGIN]
#
# TOOL is the escape-report to test; outputs go to BUILDDIR/report.  With
# PLUGIN (escape.so), C files are also compiled with it writing reports,
# which go through the same commands (end to end), and the reports of
# small files check the heap-to-stack hints (each case that gets one and
# each that must not), the objects listed at verbose level 1 and only
# counted at 0, and every kind of parameter leak.
# Checks that reports/, lib/ and include/escape/ include no header of
# plugin/core/ (includes.sh).  Builds and runs test_report.c (the report
# API over the core), then runs
# escape-report on the fixtures in fixtures/ and on the reports the unit
# test wrote: merge and its deduplication, summary, check with and
# without a baseline, baseline round trips, each export format checked
# against its published structure, the HTML page, and every error path
# with its exit code and message.  Every XML file written is validated:
# reports and baselines against reports/escape.rng, cppcheck output
# against cppcheck-v2.rng, JUnit output against junit.rng.  SARIF is
# validated by the SARIF Multitool (the OASIS schema and the SARIF rules),
# installed from the npm registry on first use into build/tools of the
# source tree (or $ESCAPE_TOOLS_DIR), shared by every GCC's build; set
# ESCAPE_OFFLINE=1 to skip that one check when no registry is reachable.
#
# Prints "PASS: name" or "FAIL: name" per check and "N passed, M failed"
# at the end; exits 1 on any failure.  CC and CFLAGS come from the
# environment.  POSIX sh.

set -u

[ $# -eq 2 ] || [ $# -eq 3 ] || { echo "usage: $0 TOOL BUILDDIR [PLUGIN]" >&2; exit 2; }
plugin=${3:-}
case $plugin in ''|/*) ;; *) plugin=$(pwd)/$plugin ;; esac
here=$(cd "$(dirname "$0")" && pwd) || exit 2
top=$(cd "$here/../.." && pwd) || exit 2
case $1 in /*) tool=$1 ;; *) tool=$(pwd)/$1 ;; esac
mkdir -p "$2" || exit 2
build=$(cd "$2" && pwd) || exit 2
out=$build/report
rng=$top/reports/escape.rng
fix=$here/fixtures
exp=$here/expected
CC=${CC:-gcc}
CFLAGS=${CFLAGS:--std=c11 -Wall -Wextra -O2}

rm -rf "$out"
mkdir -p "$out/unit" "$out/bad" || exit 2
npass=0
nfail=0

pass () { npass=$((npass + 1)); echo "PASS: $1"; }
fail ()
{
  nfail=$((nfail + 1))
  echo "FAIL: $1"
  [ $# -gt 1 ] && printf '  %s\n' "$2"
  return 0
}

# check NAME COMMAND...: PASS if COMMAND succeeds.
check ()
{
  name=$1
  shift
  if "$@" >"$out/check.log" 2>&1; then
    pass "$name"
  else
    fail "$name" "$(head -c 2000 "$out/check.log")"
  fi
}

# er NAME ARGS...: run escape-report; stdout to $out/NAME.out, stderr to
# $out/NAME.err, exit status in $rc.
er ()
{
  n=$1
  shift
  "$tool" "$@" >"$out/$n.out" 2>"$out/$n.err"
  rc=$?
}

# expect_rc NAME CODE: the last er exited with CODE.
expect_rc ()
{
  if [ "$rc" -eq "$2" ]; then
    pass "$1: exit $2"
  else
    fail "$1: exit $2" "exit $rc; stderr: $(head -c 600 "$out/$1.err")"
  fi
}

# expect_err NAME TEXT: the last er's stderr contains TEXT.
expect_err ()
{
  if grep -F -q -- "$2" "$out/$1.err"; then
    pass "$1: message"
  else
    fail "$1: message" "wanted '$2', got: $(head -c 600 "$out/$1.err")"
  fi
}

# valid SCHEMA FILE: FILE is valid against SCHEMA.
valid () { xmllint --noout --relaxng "$1" "$2"; }

# same EXPECTED ACTUAL: files are equal.
same () { diff -u "$1" "$2"; }

# count_of STRING FILE: number of lines of FILE containing STRING.
count_of () { grep -c -F -- "$1" "$2" || true; }

# xpath FILE EXPR: the value of the XPath expression EXPR in FILE.
xpath () { xmllint --xpath "$2" "$1" 2>/dev/null; }

# expect_xpath NAME FILE EXPR VALUE: EXPR evaluates to VALUE in FILE.
expect_xpath ()
{
  got=$(xpath "$2" "$3")
  if [ "$got" = "$4" ]; then
    pass "$1"
  else
    fail "$1" "$3 is '$got', wanted '$4'"
  fi
}

if ! command -v xmllint >/dev/null 2>&1; then
  fail "xmllint present" "install libxml2-utils (make deps)"
fi

# ----------------------------------------------------------------------
# Layering (docs/internals.md): the tool, the report library and the public
# headers include no header of plugin/core/.

check "reports/, lib/ and include/escape/ include nothing of plugin/core" \
  sh "$here/includes.sh" "$top"

# ----------------------------------------------------------------------
# The report API, through the core.

xml_flags=$(xml2-config --cflags 2>/dev/null)
xml_libs=$(xml2-config --libs 2>/dev/null || echo -lxml2)
# shellcheck disable=SC2086 # flag lists
if $CC $CFLAGS -I"$top/include" -I"$top/plugin/core" $xml_flags \
     -o "$out/test_report" "$here/test_report.c" "$top"/plugin/core/*.c \
     "$top"/lib/report/*.c "$top"/lib/util/*.c \
     $xml_libs >"$out/build.log" 2>&1; then
  pass "build of test_report"
  "$out/test_report" "$out/unit" | grep -E '^(PASS|FAIL):' >"$out/unit.log"
  cat "$out/unit.log"
  npass=$((npass + $(grep -c '^PASS:' "$out/unit.log")))
  nfail=$((nfail + $(grep -c '^FAIL:' "$out/unit.log")))
else
  fail "build of test_report" "$(head -c 2000 "$out/build.log")"
fi
for f in unit.escape.xml unit-again.escape.xml baselined.escape.xml base.xml; do
  check "written $f is valid" valid "$rng" "$out/unit/$f"
done
# Same input, same bytes, but for solver times.
strip_ms () { sed 's/ solve-ms="[0-9.]*"//' "$1"; }
strip_ms "$out/unit/unit.escape.xml" >"$out/unit1.stripped"
strip_ms "$out/unit/unit-again.escape.xml" >"$out/unit2.stripped"
check "report writing is deterministic" same "$out/unit1.stripped" "$out/unit2.stripped"

# ----------------------------------------------------------------------
# Fixtures and the schema.

for f in "$fix"/*.xml; do
  check "fixture $(basename "$f") is valid" valid "$rng" "$f"
done
check "the schema rejects an unknown rule" \
  sh -c "sed 's/rule=\"store\" severity/rule=\"bogus\" severity/' '$fix/a-report.xml' \
    >'$out/bad/bogus-rule.xml' && ! xmllint --noout --relaxng '$rng' '$out/bad/bogus-rule.xml'"

# ----------------------------------------------------------------------
# merge

er merge merge "$fix/a-report.xml" "$fix/b-report.xml" "$fix/empty-report.xml" \
   -o "$out/merged.xml"
expect_rc merge 0
check "merge: output is valid" valid "$rng" "$out/merged.xml"
check "merge: matches expected" same "$exp/merged.xml" "$out/merged.xml"
check "merge: header function kept once" \
  test "$(count_of '<function name="util_get"' "$out/merged.xml")" -eq 1
check "merge: header finding kept once" \
  test "$(count_of 'fingerprint="3333333333333333"' "$out/merged.xml")" -eq 1
check "merge: duplicates counted" \
  grep -q 'units="3" .*duplicates="1"' "$out/merged.xml"
er merge-order merge "$fix/empty-report.xml" "$fix/b-report.xml" \
   "$fix/a-report.xml" -o "$out/merged-order.xml"
check "merge: input order does not matter" same "$out/merged.xml" "$out/merged-order.xml"
er merge-again merge "$out/merged.xml" "$fix/a-report.xml" -o "$out/merged-again.xml"
expect_rc merge-again 0
check "merge: a merged report merges again" \
  test "$(count_of '<finding ' "$out/merged-again.xml")" -eq 6
check "merge: re-merging keeps the unit count" \
  grep -q '<totals units="3"' "$out/merged-again.xml"
er merge-stdout merge "$fix/a-report.xml"
check "merge: standard output without -o" valid "$rng" "$out/merge-stdout.out"

# A finding whose fingerprint is already kept, in another function.
sed -e 's/name="make_buf" uid="1"/name="make_buf2" uid="7"/' \
    -e 's/tu="src\/a.c" object="build\/a.o"/tu="src\/c.c" object="build\/c.o"/' \
    "$fix/a-report.xml" >"$out/c.escape.xml"
er merge-fp merge "$fix/a-report.xml" "$out/c.escape.xml" -o "$out/merged-fp.xml"
check "merge: dedupe by fingerprint across functions" \
  test "$(count_of 'fingerprint="1111111111111111"' "$out/merged-fp.xml")" -eq 1

# ----------------------------------------------------------------------
# summary

er summary summary "$out/merged.xml"
expect_rc summary 0
check "summary: matches expected" same "$exp/summary.txt" "$out/summary.out"
er summary-many summary "$fix/a-report.xml" "$fix/b-report.xml" "$fix/empty-report.xml"
check "summary: several reports are merged first" same "$exp/summary.txt" "$out/summary-many.out"
er summary-empty summary "$fix/empty-report.xml"
expect_rc summary-empty 0
check "summary: empty project" grep -q "0 findings" "$out/summary-empty.out"

# ----------------------------------------------------------------------
# check and baseline

er check-nobase check "$out/merged.xml"
expect_rc check-nobase 1
check "check: lists new findings" same "$exp/check.txt" "$out/check-nobase.out"
expect_err check-nobase "escape-report: 4 new findings (1 known, 1 accepted)"

er baseline baseline "$out/merged.xml" -o "$out/base.xml"
expect_rc baseline 0
check "baseline: output is valid" valid "$rng" "$out/base.xml"
check "baseline: matches expected" same "$exp/baseline.xml" "$out/base.xml"
check "baseline: accepted findings are left out" \
  test "$(count_of 5555555555555555 "$out/base.xml")" -eq 0

er check-base check --baseline "$out/base.xml" "$out/merged.xml"
expect_rc check-base 0
check "check: nothing new against its own baseline" test ! -s "$out/check-base.out"

# Drop one fingerprint from the baseline: exactly that finding is new.
grep -v 2222222222222222 "$out/base.xml" >"$out/base-less.xml"
er check-less check --baseline="$out/base-less.xml" "$out/merged.xml"
expect_rc check-less 1
check "check: only the finding missing from the baseline" \
  test "$(cat "$out/check-less.out")" = "src/a.c:34:13: store: address of compound literal is stored into global 'g_handler', which outlives 'register_cb'"

# A report serves as a baseline too.
er check-report check --baseline "$fix/a-report.xml" "$out/merged.xml"
expect_rc check-report 1
check "check: a report as baseline" \
  test "$(cut -d: -f1 "$out/check-report.out" | sort -u)" = "src/b.c"
check "check: the compile-time baseline is not the --baseline" \
  grep -q "src/b.c:23:8: store:" "$out/check-report.out"

# Round trip: the baseline of a baseline-checked project is the same.
er baseline-again baseline "$out/merged-again.xml" -o "$out/base-again.xml"
check "baseline: round trip is stable" same "$out/base.xml" "$out/base-again.xml"

# ----------------------------------------------------------------------
# export

er sarif export --format=sarif --root "$fix/.." "$out/merged.xml" -o "$out/merged.sarif"
expect_rc sarif 0
if command -v node >/dev/null 2>&1; then
  check "sarif: structure" node "$here/sarif-check.js" structure "$out/merged.sarif"
else
  fail "sarif: structure" "node not found"
fi
er sarif-docs export --format=sarif --docs-uri https://example.org/escape/docs \
  --category nightly "$out/merged.xml" -o "$out/docs.sarif"
expect_rc sarif-docs 0
check "sarif: --docs-uri is the base of the links" \
  grep -q '"informationUri": "https://example.org/escape/docs/rules.md"' "$out/docs.sarif"
check "sarif: --docs-uri links the hint rule" \
  grep -q '"helpUri": "https://example.org/escape/docs/reading.md#heap-to-stack-hints"' "$out/docs.sarif"
check "sarif: --category names the run's category" \
  grep -q '"id": "nightly/"' "$out/docs.sarif"
er sarif-docs-rel export --format=sarif --docs-uri docs/ "$out/merged.xml"
expect_rc sarif-docs-rel 2
expect_err sarif-docs-rel "--docs-uri 'docs/' is not an absolute URI"
er sarif-cat-slash export --format=sarif --category a/b "$out/merged.xml"
expect_rc sarif-cat-slash 2
expect_err sarif-cat-slash "--category 'a/b' must be a non-empty name without '/'"
er cppcheck-docs export --format=cppcheck --docs-uri https://example.org/ "$out/merged.xml"
expect_rc cppcheck-docs 2
expect_err cppcheck-docs "export: --docs-uri applies to --format=sarif only"

# The official validator: SARIF Multitool from the npm registry.
mt_dir=${ESCAPE_TOOLS_DIR:-$top/build/tools}/sarif-multitool
mt=$mt_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$mt" ] && [ "${ESCAPE_OFFLINE:-0}" != 1 ] && command -v npm >/dev/null 2>&1; then
  mkdir -p "$mt_dir"
  npm install --prefix "$mt_dir" --no-audit --no-fund --no-save --silent \
    @microsoft/sarif-multitool-linux@5.7.0 >"$mt_dir.log" 2>&1
fi
sarif_validate ()
{
  rm -f "$2"
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    "$mt" validate "$1" -o "$2" >"$2.log" 2>&1 || return 1
  node "$here/sarif-check.js" validation "$2"
}
sarif_invalid () { ! sarif_validate "$@"; }
# sarif_clean FILE OUT KIND: no error and no warning from the Multitool's
# rules of KIND (Sarif, Gh for GitHub, Ado for Azure DevOps).
sarif_clean ()
{
  rm -f "$2"
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    "$mt" validate "$1" --rule-kind "$3" --level Error Warning -o "$2" \
    >"$2.log" 2>&1 || return 1
  node "$here/sarif-check.js" clean "$2"
}
er sarif-hostile export --format=sarif "$out/unit/unit.escape.xml" -o "$out/hostile.sarif"
expect_rc sarif-hostile 0
if [ -x "$mt" ]; then
  check "sarif: valid (SARIF Multitool)" sarif_validate "$out/merged.sarif" "$out/merged.validation.sarif"
  check "sarif: hostile names valid (SARIF Multitool)" \
    sarif_validate "$out/hostile.sarif" "$out/hostile.validation.sarif"
  for kind in Sarif Gh; do
    check "sarif: no error or warning from the $kind rules" \
      sarif_clean "$out/merged.sarif" "$out/merged.$kind.sarif" "$kind"
  done
  # In an Azure DevOps pipeline, the run says which one.
  TF_BUILD=True SYSTEM_COLLECTIONURI=https://dev.azure.com/acme/ \
  SYSTEM_TEAMPROJECTID=5a1e0c3b-8f7d-4e55-9c1a-2b3c4d5e6f70 \
  BUILD_DEFINITIONID=12 BUILD_DEFINITIONNAME=ci BUILD_BUILDID=345 \
  SYSTEM_PHASEID=1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b SYSTEM_PHASENAME=Build \
  BUILD_SOURCEBRANCH=refs/heads/main \
    "$tool" export --format=sarif "$out/merged.xml" -o "$out/ado.sarif" 2>"$out/ado.err"
  check "sarif: an Azure DevOps run names its pipeline" \
    grep -q '"id": "azuredevops/pipeline/build/acme/5a1e0c3b-8f7d-4e55-9c1a-2b3c4d5e6f70/12/1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b/refs/heads/main/345"' "$out/ado.sarif"
  for kind in Sarif Gh Ado; do
    check "sarif: Azure DevOps run: no error or warning from the $kind rules" \
      sarif_clean "$out/ado.sarif" "$out/ado.$kind.sarif" "$kind"
  done
  # The validator does find errors.
  sed 's/"ruleIndex"/"ruleIndexx"/' "$out/merged.sarif" >"$out/bad/broken.sarif"
  check "sarif: the validator rejects a broken file" \
    sarif_invalid "$out/bad/broken.sarif" "$out/bad/broken.validation.sarif"
elif [ "${ESCAPE_OFFLINE:-0}" = 1 ]; then
  echo "SKIP: sarif: SARIF Multitool validation (ESCAPE_OFFLINE=1)"
else
  fail "sarif: SARIF Multitool available" \
    "npm install @microsoft/sarif-multitool-linux failed: $(tail -c 600 "$mt_dir.log" 2>/dev/null)"
fi
# Absolute names: under the root they become relative, elsewhere they stay
# absolute file URIs.
root=$(cd "$fix/.." && pwd -P)
sed -e "s|file=\"src/a.c\"|file=\"/elsewhere/a b.c\"|g" \
    -e "s|file=\"include/util.h\"|file=\"$root/include/util.h\"|g" \
    "$fix/a-report.xml" >"$out/abs.escape.xml"
er sarif-abs export --format=sarif --root "$root" "$out/abs.escape.xml" -o "$out/abs.sarif"
expect_rc sarif-abs 0
check "sarif: absolute name outside the root stays absolute" \
  grep -q '"uri": "file:///elsewhere/a%20b.c"' "$out/abs.sarif"
check "sarif: absolute name under the root becomes relative" \
  grep -q '"uri": "include/util.h"' "$out/abs.sarif"

er cppcheck export --format=cppcheck "$out/merged.xml" -o "$out/merged.cppcheck.xml"
expect_rc cppcheck 0
check "cppcheck: valid" valid "$here/cppcheck-v2.rng" "$out/merged.cppcheck.xml"
check "cppcheck: matches expected" same "$exp/cppcheck.xml" "$out/merged.cppcheck.xml"
if command -v cppcheck >/dev/null 2>&1; then
  cppcheck --errorlist --xml-version=2 >"$out/cppcheck-own.xml" 2>/dev/null
  check "cppcheck: the schema accepts cppcheck's own output" \
    valid "$here/cppcheck-v2.rng" "$out/cppcheck-own.xml"
fi
if command -v cppcheck-htmlreport >/dev/null 2>&1; then
  check "cppcheck: cppcheck-htmlreport reads it" \
    sh -c "cppcheck-htmlreport --file='$out/merged.cppcheck.xml' \
      --report-dir='$out/cppcheck-html' --source-dir='$fix' && \
      grep -q escapeQueue '$out/cppcheck-html/index.html'"
fi
er cppcheck-hostile export --format=cppcheck "$out/unit/unit.escape.xml" \
   -o "$out/hostile.cppcheck.xml"
check "cppcheck: hostile names valid" valid "$here/cppcheck-v2.rng" "$out/hostile.cppcheck.xml"

er junit export --format=junit "$out/merged.xml" -o "$out/merged.junit.xml"
expect_rc junit 0
check "junit: valid" valid "$here/junit.rng" "$out/merged.junit.xml"
check "junit: matches expected" same "$exp/junit.xml" "$out/merged.junit.xml"
er junit-hostile export --format=junit "$out/unit/unit.escape.xml" -o "$out/hostile.junit.xml"
check "junit: hostile names valid" valid "$here/junit.rng" "$out/hostile.junit.xml"

# ----------------------------------------------------------------------
# html

er html html "$out/merged.xml" -o "$out/dash.html"
expect_rc html 0
check "html: well-formed" xmllint --noout "$out/dash.html"
check "html: every finding listed" \
  test "$(grep -o '<td>[0-9a-f]\{16\}</td>' "$out/dash.html" | wc -l)" -eq 6
check "html: self-contained" sh -c "! grep -E -q '(src|href)=' '$out/dash.html'"
check "html: leaking parameters" grep -q "leaks to result level=0" "$out/dash.html"
er html-hostile html "$out/unit/unit.escape.xml" -o "$out/hostile.html"
check "html: hostile names escaped" \
  sh -c "xmllint --noout '$out/hostile.html' && grep -q 'we&lt;ird&gt;&amp;&quot;fn' '$out/hostile.html'"

# ----------------------------------------------------------------------
# Errors: usage (2) and input/output (3).

er help --help
expect_rc help 0
for word in merge summary check baseline export html sarif cppcheck junit \
            "Exit status" ESCAPE_REPORT_SCHEMA; do
  check "help mentions $word" grep -q -- "$word" "$out/help.out"
done
er version --version
expect_rc version 0

er usage-none
expect_rc usage-none 2
expect_err usage-none "escape-report: error: no command given"
er usage-cmd frobnicate x.xml
expect_rc usage-cmd 2
expect_err usage-cmd "unknown command 'frobnicate'"
er usage-opt merge --frob "$fix/a-report.xml"
expect_rc usage-opt 2
expect_err usage-opt "unknown option '--frob'"
er usage-noinput summary
expect_rc usage-noinput 2
expect_err usage-noinput "no input report given"
er usage-noformat export "$fix/a-report.xml"
expect_rc usage-noformat 2
expect_err usage-noformat "--format=sarif|cppcheck|junit is required"
er usage-format export --format=pdf "$fix/a-report.xml"
expect_rc usage-format 2
expect_err usage-format "unknown format 'pdf'"
er usage-novalue merge "$fix/a-report.xml" -o
expect_rc usage-novalue 2
expect_err usage-novalue "option '-o' needs a value"
er usage-wrongopt summary -o x "$fix/a-report.xml"
expect_rc usage-wrongopt 2
expect_err usage-wrongopt "option '-o' does not apply to command summary"

er err-missing summary "$out/bad/missing.xml"
expect_rc err-missing 3
expect_err err-missing "escape-report: error: cannot read '$out/bad/missing.xml': No such file or directory"
er err-dir summary "$out/bad"
expect_rc err-dir 3
expect_err err-dir "cannot read '$out/bad': Is a directory"
printf '<escape-report version="1"><unit>' >"$out/bad/malformed.xml"
er err-malformed summary "$out/bad/malformed.xml"
expect_rc err-malformed 3
expect_err err-malformed "'$out/bad/malformed.xml' is not well-formed XML: line 1:"
printf '<?xml version="1.0"?>\n<results version="2"/>\n' >"$out/bad/wrongroot.xml"
er err-root summary "$out/bad/wrongroot.xml"
expect_rc err-root 3
expect_err err-root "is not an escape report or baseline (its root element is <results>)"
er err-invalid summary "$out/bad/bogus-rule.xml"
expect_rc err-invalid 3
expect_err err-invalid "is not valid against the report schema: line"
sed 's/version="1"/version="7"/' "$fix/a-report.xml" >"$out/bad/version.xml"
er err-version summary "$out/bad/version.xml"
expect_rc err-version 3
expect_err err-version "has format version '7'; this build reads version 1"
er err-baseline-input summary "$out/base.xml"
expect_rc err-baseline-input 3
expect_err err-baseline-input "is a baseline, not a report"
er err-nobaseline check --baseline "$out/bad/nobase.xml" "$out/merged.xml"
expect_rc err-nobaseline 3
expect_err err-nobaseline "cannot read baseline '$out/bad/nobase.xml': No such file or directory"
er err-badbaseline check --baseline "$out/bad/malformed.xml" "$out/merged.xml"
expect_rc err-badbaseline 3
expect_err err-badbaseline "baseline '$out/bad/malformed.xml' is not well-formed XML"
er err-out merge "$fix/a-report.xml" -o "$out/bad/no/such/dir/all.xml"
expect_rc err-out 3
expect_err err-out "escape-report: error: cannot write '$out/bad/no/such/dir/all.xml': No such file or directory"
mkdir -p "$out/bad/isdir.xml"
er err-outdir html "$fix/a-report.xml" -o "$out/bad/isdir.xml"
expect_rc err-outdir 3
expect_err err-outdir "cannot write '$out/bad/isdir.xml': Is a directory"
check "unwritable output: no temporary file left" \
  sh -c "! ls -a '$out/bad' | grep -q '^\.isdir\.xml\.'"
# A failed write leaves the previous file as it was.
cp "$fix/a-report.xml" "$out/bad/keep.xml"
er err-keep export --format=sarif --root "$out/bad/no/root" "$fix/a-report.xml" -o "$out/bad/keep.xml"
expect_rc err-keep 3
expect_err err-keep "cannot use --root '$out/bad/no/root'"
check "failed command leaves the output untouched" same "$fix/a-report.xml" "$out/bad/keep.xml"
er err-schema --schema "$out/bad/none.rng" summary "$fix/a-report.xml"
expect_rc err-schema 3
expect_err err-schema "cannot load the report schema '$out/bad/none.rng': not readable"
ESCAPE_REPORT_SCHEMA=$out/bad/malformed.xml
export ESCAPE_REPORT_SCHEMA
er err-schema-env summary "$fix/a-report.xml"
unset ESCAPE_REPORT_SCHEMA
expect_rc err-schema-env 3
expect_err err-schema-env "cannot load the report schema '$out/bad/malformed.xml'"
# libxml2's messages on one line: a report that is not UTF-8, a schema
# that is not well-formed XML.
sed 's/name="/name="\xff\xfe/' "$fix/a-report.xml" >"$out/bad/not-utf8.xml"
er err-utf8 summary "$out/bad/not-utf8.xml"
expect_rc err-utf8 3
expect_err err-utf8 "'$out/bad/not-utf8.xml' is not well-formed XML: line"
check "err-utf8: one line on stderr" test "$(wc -l <"$out/err-utf8.err")" -eq 1
printf '<grammar\n' >"$out/bad/broken.rng"
er err-schema-xml --schema "$out/bad/broken.rng" summary "$fix/a-report.xml"
expect_rc err-schema-xml 3
expect_err err-schema-xml "cannot load the report schema '$out/bad/broken.rng': line 2:"
check "err-schema-xml: one line on stderr" test "$(wc -l <"$out/err-schema-xml.err")" -eq 1

# ----------------------------------------------------------------------
# Special paths: an output that is not a regular file is never replaced
# (a device or FIFO is written through, a symbolic link kept and its
# target written, anything else refused); an input that is not a regular
# file, or is larger than 1 GiB, is refused instead of read forever.

sp=$out/special
mkdir -p "$sp"
er sp-regular merge "$fix/a-report.xml" -o "$sp/regular.xml"
expect_rc sp-regular 0
er sp-devnull merge "$fix/a-report.xml" -o /dev/null
expect_rc sp-devnull 0
check "-o /dev/null: still a character device" test -c /dev/null
rm -f "$sp/fifo"
if mkfifo "$sp/fifo" 2>/dev/null; then
  er sp-fifo-noreader merge "$fix/a-report.xml" -o "$sp/fifo"
  expect_rc sp-fifo-noreader 3
  expect_err sp-fifo-noreader "cannot write '$sp/fifo': a FIFO that no process reads"
  # This shell holds the FIFO open for reading (and writing, so that the
  # open does not wait); the output fits in the pipe's buffer.
  size=$(wc -c <"$sp/regular.xml")
  exec 9<>"$sp/fifo"
  er sp-fifo merge "$fix/a-report.xml" -o "$sp/fifo"
  head -c "$size" <&9 >"$sp/fifo.got"
  exec 9<&-
  expect_rc sp-fifo 0
  check "-o FIFO: the output went through it" same "$sp/regular.xml" "$sp/fifo.got"
  check "-o FIFO: still a FIFO" test -p "$sp/fifo"
  er sp-in-fifo summary "$sp/fifo"
  expect_rc sp-in-fifo 3
  expect_err sp-in-fifo "cannot read '$sp/fifo': not a regular file"
  er sp-base-fifo check --baseline "$sp/fifo" "$fix/a-report.xml"
  expect_rc sp-base-fifo 3
  expect_err sp-base-fifo "cannot read baseline '$sp/fifo': not a regular file"
else
  echo "SKIP: special paths: mkfifo failed here"
fi
echo old >"$sp/target.xml"
ln -sf target.xml "$sp/link.xml"
er sp-link merge "$fix/a-report.xml" -o "$sp/link.xml"
expect_rc sp-link 0
check "-o LINK: still a symbolic link" test -L "$sp/link.xml"
check "-o LINK: its target holds the output" same "$sp/regular.xml" "$sp/target.xml"
rm -f "$sp/made.xml"
ln -sf made.xml "$sp/dangling.xml"
er sp-dangling merge "$fix/a-report.xml" -o "$sp/dangling.xml"
expect_rc sp-dangling 0
check "-o dangling LINK: the file it names is made" same "$sp/regular.xml" "$sp/made.xml"
check "-o dangling LINK: still a symbolic link" test -L "$sp/dangling.xml"
rm -f "$sp/blk"
if mknod "$sp/blk" b 7 250 2>/dev/null; then
  er sp-block merge "$fix/a-report.xml" -o "$sp/blk"
  expect_rc sp-block 3
  expect_err sp-block "cannot write '$sp/blk': not a regular file, a character device or a FIFO"
  check "-o BLOCK-DEVICE: still a block device" test -b "$sp/blk"
  rm -f "$sp/blk"
else
  echo "SKIP: special paths: cannot make a block device here (not root)"
fi
er sp-zero summary /dev/zero
expect_rc sp-zero 3
expect_err sp-zero "cannot read '/dev/zero': not a regular file"
er sp-base-zero check --baseline /dev/zero "$fix/a-report.xml"
expect_rc sp-base-zero 3
expect_err sp-base-zero "cannot read baseline '/dev/zero': not a regular file"
# A sparse file: its size is over the limit, no block of it is read.
if truncate -s 1025M "$sp/huge.xml" 2>/dev/null; then
  er sp-huge summary "$sp/huge.xml"
  expect_rc sp-huge 3
  expect_err sp-huge "cannot read '$sp/huge.xml': larger than 1 GiB"
  rm -f "$sp/huge.xml"
fi

# Signals: SIGTERM raised inside the write of the temporary file (by a
# preloaded write() that raises it when it writes to a file whose name
# contains $ESCAPE_TEST_SIGNAL_AT) still ends the process, but only once
# the output is complete: no temporary file is left behind.
cat >"$sp/sigwrite.c" <<'EOF'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
ssize_t
write (int fd, const void *buf, size_t n)
{
  static ssize_t (*real) (int, const void *, size_t);
  if (!real)
    real = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");
  const char *want = getenv ("ESCAPE_TEST_SIGNAL_AT");
  char link[64], name[4096];
  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t k = want ? readlink (link, name, sizeof name - 1) : -1;
  if (k > 0)
    {
      name[k] = 0;
      if (strstr (name, want))
	raise (SIGTERM);
    }
  return real (fd, buf, n);
}
EOF
if $CC -shared -fPIC -o "$sp/sigwrite.so" "$sp/sigwrite.c" -ldl 2>"$sp/sigwrite.log"; then
  rm -f "$sp/sig.xml"
  ESCAPE_TEST_SIGNAL_AT=/.sig.xml. LD_PRELOAD=$sp/sigwrite.so \
    "$tool" merge "$fix/a-report.xml" -o "$sp/sig.xml" >/dev/null 2>&1
  rc=$?
  check "SIGTERM during the write: the process ends by the signal" test "$rc" -eq 143
  check "SIGTERM during the write: no temporary file left" \
    sh -c "! ls -a '$sp' | grep -q '^\.sig\.xml\.'"
  check "SIGTERM during the write: the output is complete" same "$sp/regular.xml" "$sp/sig.xml"
else
  fail "special paths: build of the write() shim" "$(head -c 600 "$sp/sigwrite.log")"
fi

# ----------------------------------------------------------------------
# End to end: the plugin writes the reports.

e2e=$out/e2e
mkdir -p "$e2e/include" "$e2e/obj"
cat >"$e2e/include/util.h" <<'EOF'
/* Included by a.c and b.c: util_get is analysed in both units.  */
static inline int util_get (void (*cb) (int *)) { int tmp = 0; cb (&tmp); return tmp; }
EOF
cat >"$e2e/a.c" <<'EOF'
#include "util.h"
int *g;
int *ret_local (void) { int x = 1; return &x; }
void store_global (void) { int y = 2; g = &y; }
int use_a (void (*cb) (int *)) { return util_get (cb); }
EOF
cat >"$e2e/b.c" <<'EOF'
#include "util.h"
int use_b (void (*cb) (int *)) { return util_get (cb); }
int clean (int *dst, const int *src) { int t = *src; int *q = &t; *dst = *q; return t; }
int *ident (int *p, int *unused) { (void) unused; return p; }
EOF
# cc_e2e FILE EXTRA...: compile FILE.c into obj/ with the plugin writing
# its report; the compiler's output goes to FILE.log.
cc_e2e ()
{
  f=$1
  shift
  (cd "$e2e" && $CC -c -O2 -Iinclude -Wno-return-local-addr -Wno-dangling-pointer \
     -fplugin="$plugin" -fplugin-arg-escape-xml "$@" "$f.c" -o "obj/$f.o") \
    >"$e2e/$f.log" 2>&1
}
if [ -z "$plugin" ] || [ ! -f "$plugin" ]; then
  echo "SKIP: e2e: no plugin given"
elif ! cc_e2e a && grep -q "xml" "$e2e/a.log" && [ ! -f "$e2e/obj/a.escape.xml" ]; then
  echo "SKIP: e2e: the plugin does not write reports: $(head -n 1 "$e2e/a.log")"
else
  cc_e2e b
  check "e2e: reports written beside the objects" \
    test -f "$e2e/obj/a.escape.xml" -a -f "$e2e/obj/b.escape.xml"
  check "e2e: a.escape.xml is valid" valid "$rng" "$e2e/obj/a.escape.xml"
  check "e2e: b.escape.xml is valid" valid "$rng" "$e2e/obj/b.escape.xml"
  er e2e-merge merge "$e2e/obj/a.escape.xml" "$e2e/obj/b.escape.xml" -o "$out/e2e-merged.xml"
  expect_rc e2e-merge 0
  check "e2e: the header's function is kept once" \
    test "$(count_of '<function name="util_get"' "$out/e2e-merged.xml")" -eq 1
  check "e2e: a parameter that leaks to the result" \
    grep -q '<leak kind="result" level="0"' "$out/e2e-merged.xml"
  check "e2e: a parameter that does not escape" \
    sh -c "grep -A1 '<param index=\"1\" name=\"unused\">' '$out/e2e-merged.xml' | grep -q '<does-not-escape/>'"
  check "e2e: address-taken locals that stay on the stack are counted" \
    test "$(xpath "$out/e2e-merged.xml" 'string(//function[@name="clean"]/objects/@not-escaping)')" = 1
  check "e2e: ... and not listed at verbose level 0" \
    test "$(xpath "$out/e2e-merged.xml" 'count(//function[@name="clean"]/objects/object)')" = 0
  check "e2e: the return finding is counted" \
    grep -q '<rule name="return" findings="1"' "$out/e2e-merged.xml"
  er e2e-check check "$out/e2e-merged.xml"
  expect_rc e2e-check 1
  er e2e-baseline baseline "$out/e2e-merged.xml" -o "$e2e/base.xml"
  expect_rc e2e-baseline 0
  cc_e2e a -fplugin-arg-escape-baseline="$e2e/base.xml"
  check "e2e: baselined findings are not warnings" \
    sh -c "! grep -q 'escape:' '$e2e/a.log'"
  check "e2e: baselined findings are marked" \
    grep -q 'suppressed="baseline"' "$e2e/obj/a.escape.xml"
  cc_e2e b -fplugin-arg-escape-baseline="$e2e/base.xml"
  er e2e-check-again check "$e2e/obj/a.escape.xml" "$e2e/obj/b.escape.xml"
  expect_rc e2e-check-again 0
  er e2e-sarif export --format=sarif --root "$e2e" "$out/e2e-merged.xml" -o "$out/e2e.sarif"
  expect_rc e2e-sarif 0
  check "e2e: SARIF names files relative to the root" \
    grep -q '"uri": "include/util.h"' "$out/e2e.sarif"
  if [ -x "$mt" ]; then
    check "e2e: SARIF valid (SARIF Multitool)" \
      sarif_validate "$out/e2e.sarif" "$out/e2e.validation.sarif"
  fi
  # Columns in code points (SARIF's columnKind): three two-byte characters
  # before the returned address on its line put GCC's byte column three
  # past the code point column; a file name that is not UTF-8 is
  # percent-encoded byte by byte, so that a viewer finds the file.
  printf 'int *u8 (void) { const char *s = "\303\251\303\251\303\251"; int x = (int) s[0]; return &x; }\n' >"$e2e/u8.c"
  nonutf=$(printf 'n\377')
  printf 'int *nonutf (void) { int y = 0; return &y; }\n' >"$e2e/$nonutf.c"
  cc_e2e u8 -w
  cc_e2e "$nonutf" -w
  er e2e-u8 merge "$e2e/obj/u8.escape.xml" "$e2e/obj/$nonutf.escape.xml" -o "$out/e2e-u8.xml"
  expect_rc e2e-u8 0
  er e2e-u8-sarif export --format=sarif --root "$e2e" "$out/e2e-u8.xml" -o "$out/e2e-u8.sarif"
  expect_rc e2e-u8-sarif 0
  bytecol=$(sed -n 's/.*<location file="u8.c" line="1" column="\([0-9]*\)".*/\1/p' "$out/e2e-u8.xml" | head -n 1)
  check "e2e: the report holds GCC's byte column" test -n "$bytecol"
  check "e2e: SARIF columns count code points" \
    grep -q "\"startColumn\": $((bytecol - 3)),*\$" "$out/e2e-u8.sarif"
  check "e2e: a file name that is not UTF-8 is percent-encoded byte by byte" \
    grep -q '"uri": "n%FF.c"' "$out/e2e-u8.sarif"
  check "e2e: its columns are read from the file by its real name" \
    sh -c "grep -A8 '\"uri\": \"n%FF.c\"' '$out/e2e-u8.sarif' | grep -q startColumn"
  cc_e2e b -fplugin-arg-escape-xml="$e2e/no/such/dir/b.escape.xml"
  check "e2e: an unwritable report fails the compilation" \
    grep -q "error: escape: cannot write report '.*no/such/dir/b.escape.xml'" "$e2e/b.log"
  cc_e2e b -fplugin-arg-escape-baseline="$e2e/missing.xml"
  check "e2e: an unreadable baseline fails the compilation" \
    grep -q "error: escape: cannot read baseline '.*missing.xml'" "$e2e/b.log"
  # Special paths and the directory form, from the compiler.
  cc_e2e b -fplugin-arg-escape-xml=/dev/null
  check "e2e: xml=/dev/null is accepted" sh -c "! grep -q 'error' '$e2e/b.log'"
  check "e2e: xml=/dev/null stays a character device" test -c /dev/null
  if [ -p "$sp/fifo" ]; then
    cc_e2e b -fplugin-arg-escape-xml="$sp/fifo"
    check "e2e: xml=FIFO without a reader is an error" \
      grep -q "error: escape: cannot write report '$sp/fifo': a FIFO that no process reads" "$e2e/b.log"
    cc_e2e b -fplugin-arg-escape-baseline="$sp/fifo"
    check "e2e: baseline=FIFO is refused, not waited on" \
      grep -q "error: escape: cannot read baseline '$sp/fifo': not a regular file" "$e2e/b.log"
  fi
  cc_e2e b -fplugin-arg-escape-baseline=/dev/zero
  check "e2e: baseline=/dev/zero is refused, not read" \
    grep -q "error: escape: cannot read baseline '/dev/zero': not a regular file" "$e2e/b.log"
  # Two objects with one base name into one directory: two reports.
  mkdir -p "$e2e/net" "$e2e/db" "$e2e/obj/net" "$e2e/obj/db" "$e2e/reports"
  rm -f "$e2e/reports"/*
  cp "$e2e/a.c" "$e2e/net/util.c"
  cp "$e2e/a.c" "$e2e/db/util.c"
  cc_e2e net/util -fplugin-arg-escape-xml=reports/
  cc_e2e db/util -fplugin-arg-escape-xml=reports/
  check "e2e: xml=DIR/ keeps the reports of net/util.o and db/util.o apart" \
    test "$(ls "$e2e/reports" | grep -c '^util-[0-9a-f]\{8\}\.escape\.xml$')" -eq 2
  # A compile that fails because of a finding still writes its report: it
  # is what says why the build failed.
  rm -f "$e2e/obj/a.escape.xml"
  cc_e2e a -Werror
  check "e2e: -Werror fails the compile" grep -q "\[-Werror\]" "$e2e/a.log"
  check "e2e: the failed compile still wrote its report" \
    grep -q '<finding rule="return"' "$e2e/obj/a.escape.xml"
  # SIGTERM while cc1 writes the report: no temporary file is left.
  if [ -f "$sp/sigwrite.so" ]; then
    rm -f "$e2e/obj/b.escape.xml"
    ESCAPE_TEST_SIGNAL_AT=/.b.escape.xml. LD_PRELOAD=$sp/sigwrite.so cc_e2e b
    check "e2e: SIGTERM during the report's write leaves no temporary file" \
      sh -c "! ls -a '$e2e/obj' | grep -q '^\.b\.escape\.xml\.'"
    check "e2e: SIGTERM during the report's write: the report is complete" \
      valid "$rng" "$e2e/obj/b.escape.xml"
  fi
fi

# ----------------------------------------------------------------------
# End to end: heap-to-stack hints, the list of objects that do not escape
# (verbose level 1) against their counts only (level 0), and what the
# parameter summaries say.  Each nohint_ function is a case the hint must
# never be given for.

hx=$out/hints
mkdir -p "$hx"
cat >"$hx/hints.c" <<'EOF'
/* Heap allocations with and without heap-to-stack hints.  */
#include <stdlib.h>
extern void unknown_ext (char *);
char *g_buf;
/* Reads its argument, keeps nothing.  */
static int use_local (const char *p) { return p[0] + p[1]; }

void hint_malloc (void)
{
  char *p = malloc (64);
  if (!p)
    return;
  use_local (p);
  free (p);
}

int hint_calloc (void)
{
  int *v = calloc (4, sizeof (int));
  if (!v)
    return -1;
  int r = v[0] + v[3];
  free (v);
  return r;
}

int nohint_realloc (void)
{
  char *p = malloc (64);
  if (!p)
    return -1;
  char *q = realloc (p, 128);
  if (!q)
    {
      free (p);
      return -1;
    }
  int r = use_local (q);
  free (q);
  return r;
}

int nohint_global (void)
{
  char *p = malloc (64);
  if (!p)
    return -1;
  g_buf = p;
  int r = use_local (p);
  free (p);
  return r;
}

int nohint_one_path (int c)
{
  char *p = malloc (64);
  if (!p)
    return -1;
  int r = use_local (p);
  if (c)
    free (p);
  return r;
}

int nohint_size (size_t n)
{
  char *p = malloc (n);
  if (!p)
    return -1;
  int r = use_local (p);
  free (p);
  return r;
}

int nohint_big (void)
{
  char *p = malloc (8192);
  if (!p)
    return -1;
  int r = use_local (p);
  free (p);
  return r;
}

int nohint_extern (void)
{
  char *p = malloc (64);
  if (!p)
    return -1;
  unknown_ext (p);
  free (p);
  return 0;
}

int locals (int *out)
{
  int a = 1, b = 2;
  int *q = &a;
  *out = *q;
  int *s = &b;
  return *s;
}
EOF
cat >"$hx/params.c" <<'EOF'
/* What functions do with their pointer parameters.  */
#include <stdlib.h>
struct node { struct node *next; int *val; };
struct list { struct node *head; };
int *g_kept;
int peek (const int *p) { return *p; }
int *ident (int *p) { return p; }
int *first (int **pp) { return *pp; }
void push (struct list *l, struct node *n) { n->next = l->head; l->head = n; }
void keep (int *p) { g_kept = p; }
void keep_again (int *p) { keep (p); }
struct node *wrap (int *v)
{
  struct node *r = malloc (sizeof *r);
  if (r)
    r->val = v;
  return r;
}
EOF
# cc_hints FILE OUT FLAGS...: compile FILE.c at -O2 (unless FLAGS say
# otherwise) with the plugin writing the report OUT in $hx.
cc_hints ()
{
  f=$1
  o=$2
  shift 2
  (cd "$hx" && $CC -c -O2 -fplugin="$plugin" -fplugin-arg-escape-xml="$o" "$@" \
     "$f.c" -o "$f.o") >"$hx/$o.log" 2>&1
}
if [ -z "$plugin" ] || [ ! -f "$plugin" ]; then
  echo "SKIP: hints: no plugin given"
elif [ ! -f "$e2e/obj/a.escape.xml" ]; then
  echo "SKIP: hints: the plugin does not write reports"
else
  cc_hints hints v1.xml -fplugin-arg-escape-verbose=1
  cc_hints hints v0.xml -fplugin-arg-escape-verbose=0
  cc_hints hints o0.xml -fplugin-arg-escape-verbose=1 -O0
  cc_hints hints limit.xml -fplugin-arg-escape-stack-limit=32
  cc_hints params params.xml
  for f in v1 v0 o0 limit params; do
    check "hints: $f.xml is valid" valid "$rng" "$hx/$f.xml"
  done
  v1=$hx/v1.xml
  expect_xpath "hints: malloc freed on every path is hinted" "$v1" \
    'count(//function[@name="hint_malloc"]/hint[@callee="malloc" and @size="64" and @line="10" and @column="13"])' 1
  check "hints: the hint's text" \
    grep -q ">heap allocation of 64 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path</hint>" "$v1"
  expect_xpath "hints: calloc's size is count times size" "$v1" \
    'string(//function[@name="hint_calloc"]/hint[@callee="calloc"]/@size)' 16
  for fn in nohint_realloc nohint_global nohint_one_path nohint_size \
            nohint_big nohint_extern use_local locals; do
    expect_xpath "hints: none in $fn" "$v1" \
      "concat(count(//function[@name=\"$fn\"]), ' ', count(//function[@name=\"$fn\"]/hint))" "1 0"
  done
  expect_xpath "hints: counted in the unit's totals" "$v1" 'string(//unit/totals/@hints)' 2
  expect_xpath "hints: the same at -O0" "$hx/o0.xml" \
    'concat(count(//hint), " ", //function[@name="hint_malloc"]/hint/@line)' "2 10"
  expect_xpath "hints: none over -fplugin-arg-escape-stack-limit" "$hx/limit.xml" \
    'concat(count(//hint), " ", //hint/@size)' "1 16"
  expect_xpath "hints: written at verbose level 0 too" "$hx/v0.xml" 'count(//hint)' 2

  # The objects that do not escape: listed at verbose 1, counted always.
  expect_xpath "objects: the unit says its verbose level" "$v1" 'string(//unit/@verbose)' 1
  expect_xpath "objects: verbose 1 lists them" "$v1" \
    'concat(//function[@name="locals"]/objects/@not-escaping, " ", count(//function[@name="locals"]/objects/object), " ", //function[@name="locals"]/objects/object[1]/@name, " ", //function[@name="locals"]/objects/object[2]/@name)' \
    "2 2 a b"
  expect_xpath "objects: verbose 0 counts them only" "$hx/v0.xml" \
    'concat(//unit/@verbose, " ", //function[@name="locals"]/objects/@not-escaping, " ", count(//objects/object))' \
    "0 2 0"

  # Parameter summaries: does not escape, leaks to result (level), leaks
  # to parameter N (level), to the heap memory it returns (to-param -1),
  # escapes (rule, text, position).
  pa=$hx/params.xml
  expect_xpath "params: does not escape" "$pa" \
    'count(//function[@name="peek"]/param[@name="p"]/does-not-escape)' 1
  expect_xpath "params: leaks to result level=0" "$pa" \
    'concat(//function[@name="ident"]/param/leak/@kind, " ", //function[@name="ident"]/param/leak/@level, " ", //function[@name="ident"]/param/leak)' \
    "result 0 returns it"
  expect_xpath "params: leaks its content to result level=1" "$pa" \
    'concat(//function[@name="first"]/param/leak/@kind, " ", //function[@name="first"]/param/leak/@level)' \
    "result 1"
  expect_xpath "params: leaks to parameter 0" "$pa" \
    'concat(//function[@name="push"]/param[@name="n"]/leak[@to-param="0"]/@level, " ", //function[@name="push"]/param[@name="n"]/leak[@to-param="0"])' \
    "0 stores it into memory pointed to by parameter 'l'"
  expect_xpath "params: leaks to the heap memory it returns" "$pa" \
    'concat(//function[@name="wrap"]/param/leak/@kind, " ", //function[@name="wrap"]/param/leak/@to-param, " ", //function[@name="wrap"]/param/leak)' \
    "param -1 stores it into the heap memory it returns"
  expect_xpath "params: escapes into a global" "$pa" \
    'concat(//function[@name="keep"]/param/leak/@kind, " ", //function[@name="keep"]/param/leak/@rule, " ", //function[@name="keep"]/param/leak/@line, " ", //function[@name="keep"]/param/leak)' \
    "escape queue 10 stores it into global 'g_kept'"
  expect_xpath "params: escapes into a callee that keeps it" "$pa" \
    'string(//function[@name="keep_again"]/param/leak)' "passes it to 'keep', which keeps it"

  # The tool: merge keeps hints, summary and the dashboard show them,
  # SARIF carries them as notes, cppcheck and JUnit leave them out.
  er hints-merge merge "$v1" "$pa" "$v1" -o "$out/hints-merged.xml"
  expect_rc hints-merge 0
  expect_xpath "hints: merge keeps them" "$out/hints-merged.xml" \
    'concat(count(//hint), " ", /escape-report/totals/@hints)' "2 2"
  expect_xpath "hints: merge keeps each unit's verbose level" "$out/hints-merged.xml" \
    'concat(//unit[@tu="hints.c"]/@verbose, " ", //unit[@tu="params.c"]/@verbose)' "1 0"
  er hints-summary summary "$out/hints-merged.xml"
  expect_rc hints-summary 0
  check "hints: summary headline" \
    grep -q "^gcc-escape report: 2 units, .*, 2 heap-to-stack hints$" "$out/hints-summary.out"
  check "hints: summary by file" \
    grep -q "^  hints.c  *10  *2  *80$" "$out/hints-summary.out"
  check "hints: summary per function" \
    grep -q "^  hint_malloc  *hints.c:8  *0  *0  *1  *0  *0$" "$out/hints-summary.out"
  er hints-sarif export --format=sarif --root "$hx" "$out/hints-merged.xml" -o "$out/hints.sarif"
  expect_rc hints-sarif 0
  check "hints: SARIF notes of rule escape/hint" \
    test "$(grep -c '"ruleId": "escape/hint"' "$out/hints.sarif")" -eq 2
  if [ -x "$mt" ]; then
    check "hints: SARIF valid (SARIF Multitool)" \
      sarif_validate "$out/hints.sarif" "$out/hints.validation.sarif"
  fi
  er hints-cppcheck export --format=cppcheck "$out/hints-merged.xml" -o "$out/hints.cppcheck.xml"
  check "hints: not in the cppcheck export" \
    sh -c "! grep -q 'heap allocation' '$out/hints.cppcheck.xml'"
  er hints-junit export --format=junit "$out/hints-merged.xml" -o "$out/hints.junit.xml"
  check "hints: not in the JUnit export" \
    sh -c "grep -q '<testcase name=\"hint_malloc\"' '$out/hints.junit.xml' && ! grep -q 'heap allocation' '$out/hints.junit.xml'"
  er hints-html html "$out/hints-merged.xml" -o "$out/hints.html"
  check "hints: the dashboard lists them" \
    sh -c "xmllint --noout '$out/hints.html' && test \"\$(grep -c '<td>heap allocation of' '$out/hints.html')\" -eq 2"
fi

# ----------------------------------------------------------------------
# -fplugin on an -flto link line loads the plugin into lto1 too, which has
# no C front end (no pragma API): the plugin must load there, and the
# pragma still works where the C front end reads it.

if [ -n "$plugin" ] && [ -f "$plugin" ]; then
  cat >"$out/lto.c" <<'EOF'
int *g;
#pragma escape rule store off
void nowarn_off (void) { int x = 0; g = &x; }
int main (void) { nowarn_off (); return 0; }
EOF
  "$CC" -flto -O2 -fplugin="$plugin" "$out/lto.c" -o "$out/lto" >"$out/lto.log" 2>&1
  rc=$?
  check "lto: compile and link with the plugin in cc1 and lto1" \
    sh -c "test $rc -eq 0 && test -x '$out/lto'"
  check "lto: no finding, no message" test ! -s "$out/lto.log"
  "$CC" -flto -O2 -c "$out/lto.c" -o "$out/lto.o" 2>"$out/lto2.log" \
    && "$CC" -flto -O2 -fplugin="$plugin" "$out/lto.o" -o "$out/lto2" >>"$out/lto2.log" 2>&1
  rc=$?
  check "lto: the plugin on the link line only" test "$rc" -eq 0
fi

# ----------------------------------------------------------------------
# Installing: `make install' into a staging root (DESTDIR), the installed
# tool finds its schema and docs beside itself, `make uninstall' removes
# every file and directory it made, a directory that cannot be written
# installs nothing, and `make deb' packages the same files.  Only with the
# plugin (the Makefile's build of this CC) and make.

if [ -n "$plugin" ] && command -v make >/dev/null 2>&1 && [ -f "$top/Makefile" ]; then
  # A space in the staging root: the Makefile quotes every path, and the
  # docs' file: URI percent-encodes it.
  stage="$out/st age"
  rm -rf "$stage"
  mk () { make -s --no-print-directory -C "$top" CC="$CC" "$@"; }
  check "install: into DESTDIR with PREFIX and PLUGINDIR" \
    mk install DESTDIR="$stage" PREFIX=/usr PLUGINDIR=/usr/lib/gcc-escape
  check "install: every file in its place" sh -c "
    test -f '$stage/usr/lib/gcc-escape/escape.so' &&
    test -x '$stage/usr/bin/escape-report' &&
    test -f '$stage/usr/share/gcc-escape/escape.rng' &&
    test -f '$stage/usr/include/escape/escape.h' &&
    test -f '$stage/usr/share/doc/gcc-escape/README.md' &&
    test -f '$stage/usr/share/doc/gcc-escape/options.md' &&
    test -f '$stage/usr/share/doc/gcc-escape/rules.md'"
  # The installed tool reads a report (validating it against the schema
  # it finds beside itself, PREFIX/share/gcc-escape, before the source
  # tree's) and links its SARIF to the installed docs.
  check "install: the installed tool reads a report" \
    "$stage/usr/bin/escape-report" summary "$fix/a-report.xml"
  "$stage/usr/bin/escape-report" export --format=sarif "$fix/a-report.xml" \
    -o "$out/inst.sarif" 2>"$out/inst.err"
  check "install: SARIF links to the installed docs" \
    grep -q "\"informationUri\": \"file://$out/st%20age/usr/share/doc/gcc-escape/rules.md\"" "$out/inst.sarif"
  printf 'int *g;\nvoid f (void) { int x = 0; g = &x; }\n' >"$out/inst.c"
  "$CC" -fplugin="$stage/usr/lib/gcc-escape/escape.so" -c "$out/inst.c" \
    -o "$out/inst.o" 2>"$out/inst-cc.err"
  check "install: the installed plugin loads and warns" \
    grep -q '\[escape:store\]' "$out/inst-cc.err"
  check "uninstall: exit 0" \
    mk uninstall DESTDIR="$stage" PREFIX=/usr PLUGINDIR=/usr/lib/gcc-escape
  check "uninstall: no file left" \
    sh -c "test -z \"\$(find '$stage' -type f)\""
  check "uninstall: no directory of its own left" \
    sh -c "! test -e '$stage/usr/share/gcc-escape' && ! test -e '$stage/usr/include/escape' && ! test -e '$stage/usr/share/doc/gcc-escape'"
  # PREFIX under a regular file: mkdir fails even for root.  The plugin
  # directory is checked first and is fine: nothing is copied there either.
  : >"$out/not-a-dir"
  rm -rf "$stage"
  mk install PREFIX="$out/not-a-dir/usr" PLUGINDIR="$stage/plugins" \
    >"$out/inst-bad.out" 2>"$out/inst-bad.err"
  rc=$?
  check "install: unwritable PREFIX fails" test "$rc" -ne 0
  check "install: unwritable PREFIX: clear error" \
    grep -q "^error: cannot install into $out/not-a-dir/usr/bin (not writable); as a user, give PREFIX and PLUGINDIR" "$out/inst-bad.err"
  check "install: unwritable PREFIX: nothing installed" \
    sh -c "test -z \"\$(find '$stage' -type f)\""

  if command -v dpkg-deb >/dev/null 2>&1; then
    mk deb >"$out/deb.out" 2>&1
    rc=$?
    major=$("$CC" -dumpversion | cut -d. -f1)
    deb=$(ls -t "$top/build/gcc-$major"/gcc-escape_*.deb 2>/dev/null | head -n 1)
    check "deb: built" sh -c "test $rc -eq 0 && test -f '$deb'"
    if [ -f "$deb" ]; then
      plugdir=$("$CC" -print-file-name=plugin)
      check "deb: named for its GCC" sh -c "case '$deb' in *-gcc$major\_*.deb) ;; *) exit 1 ;; esac"
      check "deb: depends on gcc-$major and libxml2" sh -c "
        dpkg-deb -f '$deb' Depends | grep -q 'gcc-$major (>= ' &&
        dpkg-deb -f '$deb' Depends | grep -q 'libxml2'"
      dpkg-deb -c "$deb" >"$out/deb.list"
      check "deb: the plugin in GCC's plugin directory" \
        grep -q " \\.$plugdir/escape\\.so\$" "$out/deb.list"
      check "deb: tool, schema, header, docs" sh -c "
        grep -q ' ./usr/bin/escape-report\$' '$out/deb.list' &&
        grep -q ' ./usr/share/gcc-escape/escape.rng\$' '$out/deb.list' &&
        grep -q ' ./usr/include/escape/escape.h\$' '$out/deb.list' &&
        grep -q ' ./usr/share/doc/gcc-escape/rules.md\$' '$out/deb.list'"
      check "deb: files owned by root" \
        sh -c "! grep -v '^[^ ]* root/root ' '$out/deb.list'"
      # apt resolves its dependencies against this machine's packages
      # (simulated: nothing is installed).
      apt-get install --simulate "$deb" >"$out/deb-apt.log" 2>&1
      rc=$?
      check "deb: apt-get install accepts it (simulated)" \
        sh -c "test $rc -eq 0 && grep -q '^Inst gcc-escape ' '$out/deb-apt.log'"
      rm -rf "$out/debx"
      dpkg-deb -x "$deb" "$out/debx"
      check "deb: the packaged tool validates against the packaged schema" \
        "$out/debx/usr/bin/escape-report" summary "$fix/a-report.xml"
    fi
  fi
fi

# ----------------------------------------------------------------------
# Every XML file written above is valid against its schema.

for f in "$out"/*.xml; do
  case $f in
    *.cppcheck.xml|*/cppcheck-own.xml) schema=$here/cppcheck-v2.rng ;;
    *.junit.xml) schema=$here/junit.rng ;;
    *) schema=$rng ;;
  esac
  check "output $(basename "$f") is valid" valid "$schema" "$f"
done

echo "$npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
