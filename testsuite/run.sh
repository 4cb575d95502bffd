#!/bin/sh
# gcc-escape: run every test and print one summary.
#
#   sh testsuite/run.sh PLUGIN BUILDDIR
#
# PLUGIN is the escape.so to test, BUILDDIR the build directory.  Runs the
# unit tests (testsuite/unit/run.sh BUILDDIR/unit, when that script
# exists), the report tests (testsuite/report/run.sh, outputs in
# BUILDDIR/report), then the DejaGnu suite in BUILDDIR/testsuite (escape.sum and
# escape.log land there), then the header check (escape.dg/header-portable.c
# without the plugin), then prints the FAIL lines and a combined count.
# The last line is exactly "N passed, M failed".  DejaGnu's unexpected
# failures, unexpected successes, unresolved, untested and ERRORs count as
# failed; expected failures (XFAIL/KFAIL) and unsupported tests are shown
# apart and count as neither.  Exits nonzero when M > 0, when a runner ran
# no test, or when runtest itself failed.
#
# RUNTESTFLAGS in the environment is passed to runtest, e.g.
#   RUNTESTFLAGS="escape.exp=return-*.c" sh testsuite/run.sh ...
# CC in the environment is the compiler the tests run (default gcc).
#
# POSIX sh: `make check' runs it with sh.

set -u

usage ()
{
  echo "usage: $0 PLUGIN BUILDDIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage

here=$(cd "$(dirname "$0")" && pwd) || exit 2

# Absolute paths: runtest runs in another directory.
case $1 in
  /*) plugin=$1 ;;
  *) plugin=$(pwd)/$1 ;;
esac
mkdir -p "$2" || exit 2
builddir=$(cd "$2" && pwd) || exit 2

if [ ! -f "$plugin" ]; then
  echo "run.sh: plugin $plugin not found (build it with make)" >&2
fi

# Number in "N passed, M failed" at position $2 (1: passed, 2: failed)
# of the last such line of file $1, or empty.
closing_count ()
{
  sed -n 's/^\(.*: \)\{0,1\}\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*$/\2 \3/p' "$1" \
    | tail -n 1 | cut -d' ' -f"$2"
}

# Lines of $2 that start with the result word $1 (e.g. "FAIL:").
count_lines ()
{
  n=$(grep -c "^$1 " "$2" 2>/dev/null) || n=0
  echo "${n:-0}"
}

problems=""

# --------------------------------------------------------------------
# Unit tests.

unit_pass=0
unit_fail=0
unit_state="not present"
if [ -f "$here/unit/run.sh" ]; then
  echo "=== unit tests: testsuite/unit/run.sh $builddir/unit"
  unit_log=$builddir/unit-tests.log
  if [ -x "$here/unit/run.sh" ]; then
    "$here/unit/run.sh" "$builddir/unit" >"$unit_log" 2>&1
  else
    sh "$here/unit/run.sh" "$builddir/unit" >"$unit_log" 2>&1
  fi
  unit_status=$?
  cat "$unit_log"
  unit_state="ran"
  # Each check prints a PASS: or FAIL: line; count those (a program may
  # print its own "N passed, M failed" too, so there can be several such
  # lines).  Without any, fall back to the last "N passed, M failed".
  unit_pass=$(count_lines PASS: "$unit_log")
  unit_fail=$(count_lines FAIL: "$unit_log")
  if [ $((unit_pass + unit_fail)) -eq 0 ]; then
    unit_pass=$(closing_count "$unit_log" 1)
    unit_fail=$(closing_count "$unit_log" 2)
    unit_pass=${unit_pass:-0}
    unit_fail=${unit_fail:-0}
  fi
  if [ "$unit_status" -ne 0 ] && [ "$unit_fail" -eq 0 ]; then
    unit_fail=1
    problems="$problems
unit: exit status $unit_status with no failed test"
  fi
  if [ $((unit_pass + unit_fail)) -eq 0 ]; then
    unit_fail=1
    problems="$problems
unit: ran no test"
  fi
else
  echo "=== unit tests: testsuite/unit/run.sh not present, skipped"
fi

# --------------------------------------------------------------------
# Report tests: testsuite/report/run.sh with the escape-report built beside
# the plugin (PLUGIN's directory/reports/), else reports/escape-report.

rep_pass=0
rep_fail=0
rep_state="not present"
if [ -f "$here/report/run.sh" ]; then
  rep_tool=$(dirname "$plugin")/reports/escape-report
  [ -x "$rep_tool" ] || rep_tool=$here/../reports/escape-report
  echo "=== report tests: testsuite/report/run.sh $rep_tool $builddir"
  rep_log=$builddir/report-tests.log
  sh "$here/report/run.sh" "$rep_tool" "$builddir" "$plugin" >"$rep_log" 2>&1
  rep_status=$?
  cat "$rep_log"
  rep_state="ran"
  rep_pass=$(count_lines PASS: "$rep_log")
  rep_fail=$(count_lines FAIL: "$rep_log")
  if [ "$rep_status" -ne 0 ] && [ "$rep_fail" -eq 0 ]; then
    rep_fail=1
    problems="$problems
report: exit status $rep_status with no failed test"
  fi
  if [ $((rep_pass + rep_fail)) -eq 0 ]; then
    rep_fail=1
    problems="$problems
report: ran no test"
  fi
fi

# --------------------------------------------------------------------
# DejaGnu.

dg_dir=$builddir/testsuite
mkdir -p "$dg_dir"
rm -f "$dg_dir/escape.sum" "$dg_dir/escape.log"
echo "=== DejaGnu: runtest --tool escape in $dg_dir"
if command -v runtest >/dev/null 2>&1; then
  # shellcheck disable=SC2086 # RUNTESTFLAGS is a list of words.
  (cd "$dg_dir" && runtest --tool escape --srcdir "$here" \
     ESCAPE_PLUGIN="$plugin" ${RUNTESTFLAGS:-}) >"$dg_dir/runtest.out" 2>&1
  rt_status=$?
else
  echo "runtest not found: install dejagnu (make deps)" >"$dg_dir/runtest.out"
  rt_status=127
fi

sum=$dg_dir/escape.sum
dg_pass=0 dg_fail=0 dg_xpass=0 dg_xfail=0 dg_kfail=0 dg_kpass=0
dg_unres=0 dg_untested=0 dg_unsup=0 dg_error=0
if [ -f "$sum" ]; then
  dg_pass=$(count_lines PASS: "$sum")
  dg_fail=$(count_lines FAIL: "$sum")
  dg_xpass=$(count_lines XPASS: "$sum")
  dg_xfail=$(count_lines XFAIL: "$sum")
  dg_kpass=$(count_lines KPASS: "$sum")
  dg_kfail=$(count_lines KFAIL: "$sum")
  dg_unres=$(count_lines UNRESOLVED: "$sum")
  dg_untested=$(count_lines UNTESTED: "$sum")
  dg_unsup=$(count_lines UNSUPPORTED: "$sum")
  dg_error=$(count_lines ERROR: "$sum")
  echo "--- unexpected results from escape.sum:"
  grep -E '^(FAIL|XPASS|KPASS|UNRESOLVED|UNTESTED|ERROR):' "$sum"
  echo "---"
else
  problems="$problems
DejaGnu: no escape.sum (runtest exit status $rt_status); its output:
$(tail -n 30 "$dg_dir/runtest.out")"
fi

dg_bad=$((dg_fail + dg_xpass + dg_kpass + dg_unres + dg_untested + dg_error))
dg_total=$((dg_pass + dg_bad + dg_xfail + dg_kfail))
if [ -f "$sum" ] && [ "$dg_total" -eq 0 ]; then
  problems="$problems
DejaGnu: ran no test"
  dg_bad=$((dg_bad + 1))
fi
# runtest exits 1 when something failed; any other nonzero status, or a
# nonzero status with nothing counted as failed, is runtest itself failing.
if [ "$rt_status" -ne 0 ] && { [ "$rt_status" -ne 1 ] || [ "$dg_bad" -eq 0 ]; }; then
  problems="$problems
DejaGnu: runtest exited with status $rt_status"
  dg_bad=$((dg_bad + 1))
fi

# --------------------------------------------------------------------
# include/escape/escape.h without the plugin: escape.dg/header-portable.c
# must build warning-free with CC, gcc-11 and clang-14, each when
# installed (a missing one is a printed note, never a failure).

hdr_pass=0
hdr_fail=0
hdr_seen=" "
for cc in "${CC:-gcc}" gcc-11 clang-14; do
  case $hdr_seen in *" $cc "*) continue ;; esac
  hdr_seen="$hdr_seen$cc "
  if ! command -v "${cc%% *}" >/dev/null 2>&1; then
    echo "NOTE: header check: $cc not installed, skipped"
    continue
  fi
  # shellcheck disable=SC2086 # CC may be a list of words.
  if $cc -Wall -Wextra -Werror -I"$here/../include" -c -o /dev/null \
       "$here/escape.dg/header-portable.c" >"$builddir/header.log" 2>&1; then
    hdr_pass=$((hdr_pass + 1))
    echo "PASS: header check: $cc -Wall -Wextra -Werror"
  else
    hdr_fail=$((hdr_fail + 1))
    echo "FAIL: header check: $cc -Wall -Wextra -Werror"
    sed 's/^/  /' "$builddir/header.log"
  fi
done

# --------------------------------------------------------------------
# Summary.

echo
echo "=== gcc-escape test summary"
echo "DejaGnu ($dg_dir/escape.sum):"
echo "  expected passes        $dg_pass"
echo "  unexpected failures    $dg_fail"
echo "  unexpected successes   $((dg_xpass + dg_kpass))"
echo "  unresolved             $dg_unres"
echo "  untested               $dg_untested"
echo "  ERRORs                 $dg_error"
echo "  expected failures      $((dg_xfail + dg_kfail)) (not counted)"
echo "  unsupported            $dg_unsup (not counted)"
if [ "$unit_state" = ran ]; then
  echo "unit: $unit_pass passed, $unit_fail failed"
else
  echo "unit: $unit_state"
fi
if [ "$rep_state" = ran ]; then
  echo "report: $rep_pass passed, $rep_fail failed"
else
  echo "report: $rep_state"
fi
echo "header check: $hdr_pass passed, $hdr_fail failed"
if [ -n "$problems" ]; then
  echo "problems:$problems"
fi

passed=$((dg_pass + unit_pass + rep_pass + hdr_pass))
failed=$((dg_bad + unit_fail + rep_fail + hdr_fail))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
