#!/bin/bash
# gcc-escape robustness runs: compile large bodies of real and random C
# with the plugin loaded, and fail on any internal compiler error, crash,
# hang or non-zero exit where plain gcc succeeds.
#
#   robust/run.sh /path/to/escape.so
#
# The corpora (ROBUST_CORPORA, default "torture csmith bench"):
#   torture  GCC's own tests, from Debian's gcc-N-source (N: the major of
#            CC, else 12 or 11): gcc/testsuite/gcc.c-torture/compile/*.c,
#            gcc.c-torture/execute/*.c and gcc.dg/*.c
#   csmith   ROBUST_CSMITH_N random programs from Debian's csmith, seeds
#            ROBUST_CSMITH_SEED, +1, ... (same seeds, same programs)
#   bench    the code bases of bench/run.sh (sqlite, zlib, expat,
#            tree-sitter, libxml2, binutils; BENCH_CODEBASES chooses),
#            through a copy of that script with BENCH_RUNS=1
#            and its cache (BENCH_CACHE, default bench/.cache)
#
# Each file is compiled at each level of ROBUST_LEVELS (default "-O0 -O2")
# with `CC LEVEL -c -w' (plain gcc).  Where that succeeds it is compiled
# again with -fplugin (without -w, so that findings are printed), and the
# plugin run must succeed too; a plugin run that fails only on the file's
# own warnings-as-errors is retried with -w and counts as compiled.  Where
# plain gcc fails, the plugin run must fail the same way: without an ICE.
#
# Environment:
#   CC                    the GCC the plugin was built for (default gcc)
#   ROBUST_CORPORA        corpora to run (default "torture csmith bench")
#   ROBUST_LEVELS         optimisation levels (default "-O0 -O2")
#   ROBUST_TORTURE_DIRS   test directories of the torture corpus (default
#                         "gcc.c-torture/compile gcc.c-torture/execute gcc.dg")
#   ROBUST_TORTURE_MAX    at most this many files per directory, spread
#                         evenly over it (default 0: all)
#   ROBUST_CSMITH_N       csmith programs (default 200)
#   ROBUST_CSMITH_SEED    first csmith seed (default 1)
#   ROBUST_JOBS           parallel compiles (default nproc)
#   ROBUST_PLUGIN_ARGS    more arguments for the plugin runs, e.g.
#                         "-fplugin-arg-escape-verbose=3" to put the notes
#                         and debugging views through the corpora too
#   ROBUST_TIMEOUT        seconds per compile (default 120)
#   ROBUST_MEM_KIB        virtual memory limit per compile (default 4 GiB)
#   ROBUST_CACHE          downloads, extracted tests, csmith programs
#                         (default robust/.cache)
#   ROBUST_OUT            results.tsv, report.txt and failures/ (default
#                         robust/out)
#
# Exit status: 0 when every plugin run behaved; 1 when one crashed, hung
# or failed where plain gcc did not; 2 when a corpus could not be fetched
# or the plugin does not load.

# `make robust' runs this with bash; be safe with sh anyway.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi

set -u
export LC_ALL=C

ROBUST_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$ROBUST_DIR")
CC=${CC:-gcc}
CORPORA=${ROBUST_CORPORA:-torture csmith bench}
LEVELS=${ROBUST_LEVELS:--O0 -O2}
TORTURE_DIRS=${ROBUST_TORTURE_DIRS:-gcc.c-torture/compile gcc.c-torture/execute gcc.dg}
TORTURE_MAX=${ROBUST_TORTURE_MAX:-0}
CSMITH_N=${ROBUST_CSMITH_N:-200}
PLUGIN_ARGS=${ROBUST_PLUGIN_ARGS:-}
CSMITH_SEED=${ROBUST_CSMITH_SEED:-1}
JOBS=${ROBUST_JOBS:-$(nproc 2>/dev/null || echo 2)}
TIMEOUT=${ROBUST_TIMEOUT:-120}
MEM_KIB=${ROBUST_MEM_KIB:-4194304}
CACHE=${ROBUST_CACHE:-$ROBUST_DIR/.cache}
OUT=${ROBUST_OUT:-$ROBUST_DIR/out}
export CC LEVELS PLUGIN_ARGS TIMEOUT MEM_KIB OUT

log () { echo "robust: $*" >&2; }
die () { log "error: $*"; exit 2; }

# ---------------------------------------------------------------------------
# One file: `run.sh --job PLUGIN LINE', LINE being "CORPUS<TAB>FILE<TAB>FLAGS"
# (FLAGS split at blanks).  Prints one result line per level:
# CORPUS FILE LEVEL STATUS FINDINGS, tab-separated.  STATUS is one of
#   plain-fail    plain gcc fails; the plugin run did not crash
#   plain-timeout plain gcc timed out
#   ok            both compiled
#   ice           the plugin run crashed (ICE or signal)
#   fail          the plugin run failed where plain gcc did not
#   timeout       the plugin run timed out where plain gcc did not
#   ice-invalid   plain gcc fails, and the plugin run crashed

# Whether the compiler output in file $1, with exit status $2, is a crash.
crashed_p () {
  [ "$2" -ge 128 ] && [ "$2" != 124 ] && return 0
  grep -q 'internal compiler error\|Segmentation fault\|terminated program cc1' "$1"
}

# Compile FILE at LEVEL with FLAGS and the arguments $2..., stderr to $1
# (appended when $1 starts with +); the exit status is the compiler's.
compile () {
  local err=$1; shift
  # shellcheck disable=SC2086 # flags are split on purpose
  case $err in
    +*) timeout "$TIMEOUT" "$CC" $level $flags "$@" -c "$file" -o /dev/null </dev/null >/dev/null 2>>"${err#+}" ;;
    *) timeout "$TIMEOUT" "$CC" $level $flags "$@" -c "$file" -o /dev/null </dev/null >/dev/null 2>"$err" ;;
  esac
}

run_job () {
  local plugin=$1 corpus file flags
  IFS=$'\t' read -r corpus file flags <<<"$2"
  local err
  err=$(mktemp "${TMPDIR:-/tmp}/robust-job.XXXXXX") || exit 2
  ulimit -v "$MEM_KIB" 2>/dev/null
  local level rc status findings
  for level in $LEVELS; do
    compile "$err" -w
    local plain_rc=$?
    if [ "$plain_rc" = 124 ]; then
      printf '%s\t%s\t%s\tplain-timeout\t0\n' "$corpus" "$file" "$level"
      continue
    fi
    # shellcheck disable=SC2086 # arguments are split on purpose
    compile "$err" -fplugin="$plugin" -fdiagnostics-plain-output $PLUGIN_ARGS
    rc=$?
    findings=$(grep -c ': warning: .*\[escape:[a-z]*\]' "$err")
    if [ "$plain_rc" != 0 ]; then
      if crashed_p "$err" "$rc"; then status=ice-invalid; else status=plain-fail; fi
    elif crashed_p "$err" "$rc"; then
      status=ice
    elif [ "$rc" = 124 ]; then
      status=timeout
    elif [ "$rc" != 0 ]; then
      # The file's own -Werror pragmas, which -w silenced for plain gcc?
      # shellcheck disable=SC2086
      compile "+$err" -w -fplugin="$plugin" -fdiagnostics-plain-output $PLUGIN_ARGS
      rc=$?
      if [ "$rc" = 0 ]; then status=ok
      elif crashed_p "$err" "$rc"; then status=ice
      else status=fail; fi
    else
      status=ok
    fi
    case $status in
      ice|fail|timeout|ice-invalid)
        local keep
        keep="$OUT/failures/$corpus/$(basename "$file" .c)${level}.stderr"
        mkdir -p "$(dirname "$keep")"
        { echo "# $CC $level $flags -fplugin=$plugin $PLUGIN_ARGS -c $file (status $rc)"; cat "$err"; } >"$keep" ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\n' "$corpus" "$file" "$level" "$status" "${findings:-0}"
  done
  rm -f "$err"
}

if [ "${1:-}" = --job ]; then
  run_job "$2" "$3"
  exit 0
fi

# ---------------------------------------------------------------------------
# Set-up.

[ $# -eq 1 ] || { echo "usage: $0 /path/to/escape.so" >&2; exit 2; }
PLUGIN=$(realpath -e "$1" 2>/dev/null) || die "plugin not found: $1 (build it with 'make')"
command -v "$CC" >/dev/null 2>&1 || die "compiler not found: $CC"
case $CSMITH_N$JOBS$TIMEOUT$TORTURE_MAX in *[!0-9]*) die "ROBUST_CSMITH_N, ROBUST_JOBS, ROBUST_TIMEOUT and ROBUST_TORTURE_MAX must be numbers" ;; esac
MAJOR=$("$CC" -dumpversion | cut -d. -f1)

mkdir -p "$CACHE" "$OUT" || die "cannot create $CACHE or $OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/escape-robust.XXXXXX") || die "mktemp failed"
XPID=""  # the process group of the running compiles
trap 'rm -rf "$TMP"' EXIT
trap '[ -z "$XPID" ] || kill -- -"$XPID" 2>/dev/null; exit 130' INT TERM

echo 'int robust_smoke (void) { return 0; }' >"$TMP/smoke.c"
# shellcheck disable=SC2086
if ! "$CC" -fplugin="$PLUGIN" $PLUGIN_ARGS -c "$TMP/smoke.c" -o /dev/null 2>"$TMP/smoke.err"; then
  cat "$TMP/smoke.err" >&2
  die "the plugin does not load into $CC${PLUGIN_ARGS:+ with $PLUGIN_ARGS}"
fi

is_root () { [ "$(id -u)" = 0 ]; }

# Install Debian package $1 (as root) unless the command $2... succeeds.
need_package () {
  local pkg=$1; shift
  "$@" >/dev/null 2>&1 && return 0
  is_root || { log "$pkg is missing: apt-get install $pkg"; return 1; }
  log "installing $pkg with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1; } ||
    { log "apt-get could not install $pkg"; return 1; }
}

# Download Debian package $1 into the cache (once); print the .deb's path.
deb_download () {
  local deb
  deb=$(ls "$CACHE/${1}_"*.deb 2>/dev/null | head -n1)
  if [ -z "$deb" ]; then
    log "fetching $1 with apt-get download"
    (cd "$CACHE" && apt-get download -q "$1") >"$TMP/apt.log" 2>&1 ||
      { is_root && apt-get update -qq >/dev/null 2>&1 &&
        (cd "$CACHE" && apt-get download -q "$1") >"$TMP/apt.log" 2>&1; }
    deb=$(ls "$CACHE/${1}_"*.deb 2>/dev/null | head -n1)
  fi
  [ -n "$deb" ] && echo "$deb"
}

# ---------------------------------------------------------------------------
# Corpora.  corpus_NAME prints the job lines of corpus NAME (see run_job).

# GCC's own tests, from the gcc-N-source package (tests of GCC N are what
# GCC N accepts; any major's will do).
corpus_torture () {
  local src="" m
  for m in "$MAJOR" 12 11; do
    if [ -f "$CACHE/gcc-$m-tests/.done" ]; then src=$CACHE/gcc-$m-tests; break; fi
    local deb
    deb=$(deb_download "gcc-$m-source") || continue
    local dir="$CACHE/gcc-$m-tests"
    rm -rf "$dir" && mkdir -p "$dir/deb" || return 1
    log "extracting GCC $m's tests from $(basename "$deb")"
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dir/deb" --wildcards "./usr/src/gcc-$m/gcc-*.tar.*" ||
      { log "no GCC source tarball in $deb"; continue; }
    local tarball
    tarball=$(ls "$dir"/deb/usr/src/gcc-"$m"/gcc-[0-9]*.tar.* | head -n1)
    tar -xf "$tarball" -C "$dir" --strip-components=3 \
      --wildcards '*/gcc/testsuite/gcc.c-torture/*' '*/gcc/testsuite/gcc.dg/*' ||
      { log "cannot extract the tests from $tarball"; continue; }
    rm -rf "$dir/deb"
    touch "$dir/.done"
    src=$dir; break
  done
  [ -n "$src" ] || { log "no gcc-N-source package could be fetched"; return 1; }
  log "torture: tests of $(basename "$src")"
  local d
  for d in $TORTURE_DIRS; do
    [ -d "$src/$d" ] || { log "torture: no $d in $src"; return 1; }
    ls "$src/$d"/*.c | sort >"$TMP/files"
    local n step=1
    n=$(wc -l <"$TMP/files")
    if [ "$TORTURE_MAX" -gt 0 ] && [ "$n" -gt "$TORTURE_MAX" ]; then
      step=$(( (n + TORTURE_MAX - 1) / TORTURE_MAX ))
    fi
    awk -v step="$step" -v c="$d" -v dir="$src/$d" \
      '(NR - 1) % step == 0 { printf "%s\t%s\t-I%s\n", c, $0, dir }' "$TMP/files"
  done
}

# Random programs from csmith, generated once per seed and cached.
corpus_csmith () {
  local inc=/usr/include/csmith
  need_package csmith command -v csmith || return 1
  need_package libcsmith-dev test -f "$inc/csmith.h" || return 1
  local dir="$CACHE/csmith-$(csmith --version | head -n1 | awk '{ print $2 }')"
  mkdir -p "$dir" || return 1
  local s
  for s in $(seq "$CSMITH_SEED" $((CSMITH_SEED + CSMITH_N - 1))); do
    if [ ! -s "$dir/seed-$s.c" ]; then
      csmith --seed "$s" --output "$dir/seed-$s.c.tmp" >/dev/null 2>&1 &&
        mv "$dir/seed-$s.c.tmp" "$dir/seed-$s.c" ||
        { log "csmith --seed $s failed"; return 1; }
    fi
    printf 'csmith\t%s\t-I%s\n' "$dir/seed-$s.c" "$inc"
  done
}

# ---------------------------------------------------------------------------
# Running.

RESULTS=$OUT/results.tsv
BENCH_LOG=$OUT/bench.log
: >"$RESULTS"
rm -rf "$OUT/failures" "$OUT/bench"
BROKEN=0
: >"$TMP/times"

# Run the job lines of file $1 in parallel, appending to RESULTS, with a
# progress line every minute.
run_jobs () {
  local total done=0 t=0
  total=$(($(wc -l <"$1") * $(echo $LEVELS | wc -w)))
  local before
  before=$(wc -l <"$RESULTS")
  set -m # in a process group of their own, to be stopped together
  tr '\n' '\0' <"$1" | xargs -0 -r -n 1 -P "$JOBS" bash "$ROBUST_DIR/$(basename "$0")" --job "$PLUGIN" >>"$RESULTS" &
  XPID=$!
  set +m
  local pid=$XPID
  while kill -0 "$pid" 2>/dev/null; do
    sleep 2; t=$((t + 2))
    if [ $((t % 60)) = 0 ]; then
      done=$(($(wc -l <"$RESULTS") - before))
      log "  $done/$total compiles"
    fi
  done
  wait "$pid"
  XPID=""
}

for corpus in $CORPORA; do
  start=$(date +%s)
  case $corpus in
    torture|csmith)
      log "$corpus: preparing"
      if ! "corpus_$corpus" >"$TMP/jobs.$corpus" || [ ! -s "$TMP/jobs.$corpus" ]; then
        log "$corpus: unavailable; skipped"; BROKEN=1; continue
      fi
      log "$corpus: $(wc -l <"$TMP/jobs.$corpus") files x $(echo $LEVELS | wc -w) level(s), $JOBS job(s)"
      run_jobs "$TMP/jobs.$corpus" ;;
    bench)
      # bench/run.sh knows how to fetch and build the code bases; a copy of
      # it runs once per TU and level, with results in our tree.
      log "bench: bench/run.sh with BENCH_RUNS=1 (log: $BENCH_LOG)"
      cp "$REPO/bench/run.sh" "$TMP/bench-run.sh" || { BROKEN=1; continue; }
      BENCH_RUNS=1 BENCH_LEVELS="$LEVELS" BENCH_CACHE="${BENCH_CACHE:-$REPO/bench/.cache}" \
        BENCH_OUT="$OUT/bench" bash "$TMP/bench-run.sh" "$PLUGIN" >"$BENCH_LOG" 2>&1
      [ $? = 2 ] && { log "bench: could not run completely (see $BENCH_LOG)"; BROKEN=1; }
      # One result line per TU and level, as from run_job, from the
      # diagnostics bench/run.sh keeps: BASE.stderr for a plugin run that
      # succeeded, BASE.run1.stderr for one that failed.
      for f in "$OUT"/bench/*/*/*.stderr; do
        [ -f "$f" ] || continue
        lv=$(basename "$(dirname "$f")"); cb=$(basename "$(dirname "$(dirname "$f")")")
        st=ok
        case $f in
          *.run1.stderr)
            if crashed_p "$f" 0; then st=ice; else st=fail; fi
            mkdir -p "$OUT/failures/bench-$cb"
            cp "$f" "$OUT/failures/bench-$cb/$(basename "$f" .run1.stderr)-$lv.stderr" ;;
        esac
        printf 'bench/%s\t%s\t-%s\t%s\t%s\n' "$cb" "$(basename "$f" .stderr)" "$lv" "$st" \
          "$(grep -c ': warning: .*\[escape:[a-z]*\]' "$f")"
      done >>"$RESULTS"
      grep -q '^BENCH ' "$BENCH_LOG" || BROKEN=1 ;;
    *)
      log "unknown corpus '$corpus'"; BROKEN=1; continue ;;
  esac
  echo "$corpus $(( $(date +%s) - start ))" >>"$TMP/times"
done

# ---------------------------------------------------------------------------
# Report.

REPORT=$OUT/report.txt
{
  echo "gcc-escape robustness run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "compiler: $("$CC" --version | head -n1)"
  echo "plugin:   $PLUGIN${PLUGIN_ARGS:+ $PLUGIN_ARGS}"
  echo "machine:  $(nproc) cores; jobs: $JOBS; timeout: ${TIMEOUT}s per compile"
  echo
  printf '%-24s %-4s %6s %6s %6s %5s %5s %5s %7s %8s\n' \
    corpus level files plain plugin ICE fail hang ICE-inv findings
  awk -F'\t' '
    { key = $1 "\t" $3; if (!(key in seen)) { seen[key] = 1; order[++n] = key }
      files[key]++
      if ($4 != "plain-fail" && $4 != "plain-timeout" && $4 != "ice-invalid") plain[key]++
      if ($4 == "ok") plugin[key]++
      if ($4 == "ice") ice[key]++
      if ($4 == "fail") fail[key]++
      if ($4 == "timeout") hang[key]++
      if ($4 == "ice-invalid") iceinv[key]++
      findings[key] += $5 }
    END { for (i = 1; i <= n; i++) { k = order[i]; split(k, p, "\t")
      printf "%-24s %-4s %6d %6d %6d %5d %5d %5d %7d %8d\n", p[1], p[2], files[k], plain[k],
        plugin[k], ice[k], fail[k], hang[k], iceinv[k], findings[k]
      t[1] += files[k]; t[2] += plain[k]; t[3] += plugin[k]; t[4] += ice[k]; t[5] += fail[k]
      t[6] += hang[k]; t[7] += iceinv[k]; t[8] += findings[k] }
      printf "%-24s %-4s %6d %6d %6d %5d %5d %5d %7d %8d\n", "total", "", t[1], t[2], t[3], t[4],
        t[5], t[6], t[7], t[8] }' "$RESULTS"
  echo
  # The analysis runs before any optimisation: its findings must not
  # depend on the level.
  awk -F'\t' '$4 == "ok" { k = $1 "\t" $2; if (k in f && f[k] != $5) d[k] = 1; f[k] = $5 }
    END { for (k in d) print k }' "$RESULTS" | sort >"$TMP/leveldiff"
  echo "files whose number of findings differs between levels: $(wc -l <"$TMP/leveldiff")"
  head -n 20 "$TMP/leveldiff" | sed 's/^/  /'
  echo "run time per corpus (s): $(tr '\n' ' ' <"$TMP/times")"
  echo "columns: files compiled at that level; plain: compiled by plain gcc; plugin: also with"
  echo "the plugin; ICE/fail/hang: plugin runs that crashed, failed or timed out where plain"
  echo "gcc did not; ICE-inv: crashes on code plain gcc rejects; findings: [escape:*] warnings"
  if awk -F'\t' '$4 ~ /^(ice|fail|timeout|ice-invalid)$/ { found = 1 } END { exit !found }' "$RESULTS"; then
    echo
    echo "failures (stderr in $OUT/failures/):"
    awk -F'\t' '$4 ~ /^(ice|fail|timeout|ice-invalid)$/ { print $4, $3, $2 }' "$RESULTS" | sort | uniq
    for f in $(ls "$OUT"/failures/*/*.stderr 2>/dev/null | head -n 20); do
      echo "--- $f"
      grep -m1 -A8 'internal compiler error\|error:\|Segmentation' "$f"
    done
  fi
} >"$REPORT"
cat "$REPORT"
echo "results: $RESULTS; report: $REPORT"

if awk -F'\t' '$4 ~ /^(ice|fail|timeout|ice-invalid)$/ { found = 1 } END { exit !found }' "$RESULTS"; then
  echo "robust: FAILED: the plugin crashed, hung or failed" >&2
  exit 1
fi
[ "$BROKEN" = 0 ] || { echo "robust: some corpora could not run" >&2; exit 2; }
exit 0
