#!/bin/sh
# gcc-escape: build and run the unit tests of the analysis core.
#
# Usage: testsuite/unit/run.sh [BUILD_DIR]   (default /tmp)
# CC and CFLAGS come from the environment.  Compiles plugin/core/*.c and
# the libraries below it (lib/util, lib/report) with the tests (no GCC
# plugin headers involved), runs every test program and
# prints its PASS/FAIL lines; exits nonzero if a build or a check fails.

set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-/tmp}/escape-unit
CC=${CC:-gcc}
CFLAGS=${CFLAGS:--std=c11 -Wall -Wextra -O2}

# The report library (lib/report) uses libxml2.
XML_CFLAGS=$(xml2-config --cflags 2>/dev/null)
XML_LIBS=$(xml2-config --libs 2>/dev/null || echo -lxml2)

mkdir -p "$build" || exit 1
status=0
for t in "$top"/testsuite/unit/test_*.c; do
  name=$(basename "$t" .c)
  # shellcheck disable=SC2086
  if ! $CC $CFLAGS -I"$top/include" -I"$top/plugin/core" $XML_CFLAGS \
       -o "$build/$name" "$t" "$top"/plugin/core/*.c \
       "$top"/lib/report/*.c "$top"/lib/util/*.c $XML_LIBS; then
    echo "FAIL: build of $name"
    status=1
    continue
  fi
  "$build/$name" || status=1
done
exit $status
