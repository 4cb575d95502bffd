#!/bin/bash
# gcc-escape benchmark: compile real code bases with and without the plugin
# and compare compile time, peak memory and findings.
#
#   bench/run.sh /abs/path/to/escape.so
#
# Environment:
#   CC                compiler to measure (default gcc); must be the GCC the
#                     plugin was built for
#   BENCH_RUNS        runs per configuration (default 3); the median time is kept
#   BENCH_LEVELS      optimisation levels (default "-O0 -O2")
#   BENCH_CODEBASES   code bases to compile (default "sqlite zlib expat
#                     tree-sitter libxml2 binutils")
#   BENCH_PLUGIN_ARGS extra arguments for the plugin run, e.g.
#                     "-fplugin-arg-escape-rules=return"
#   BENCH_TIMER       auto (default), gnu, python or c: how time and peak RSS
#                     are measured
#   BENCH_CACHE       download and extraction cache (default bench/.cache)
#   BENCH_OUT         plugin diagnostics are written here (default bench/out)
#   BENCH_STRICT      if 1, a missed target (overhead) also fails the bench
#
# Exit status: 0 on success; 1 if a plugin run failed (non-zero exit status
# or an internal compiler error); 2 if the bench itself could not run (a
# source could not be fetched, a TU does not compile without the plugin);
# 3 if BENCH_STRICT=1 and a target was missed.
#
# Each code base is a function codebase_NAME that makes sure its sources are
# in the cache and prints one line per translation unit: the absolute path of
# the .c file, then the compiler flags (no flag may contain a space).  To add
# a code base, write such a function and name it in BENCH_CODEBASES.

# `make bench' runs this with sh; the script needs bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi

set -u
export LC_ALL=C

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
CC=${CC:-gcc}
RUNS=${BENCH_RUNS:-3}
LEVELS=${BENCH_LEVELS:--O0 -O2}
CODEBASES=${BENCH_CODEBASES:-sqlite zlib expat tree-sitter libxml2 binutils}
PLUGIN_ARGS=${BENCH_PLUGIN_ARGS:-}
TIMER=${BENCH_TIMER:-auto}
CACHE=${BENCH_CACHE:-$BENCH_DIR/.cache}
OUT=${BENCH_OUT:-$BENCH_DIR/out}
STRICT=${BENCH_STRICT:-0}
RESULTS=$BENCH_DIR/results.txt

# Targets.
TARGET_TIME_PCT=5     # compile-time overhead at -O2
TARGET_MEM_PCT=10     # peak-memory overhead

# The rules whose findings get a column; any other [escape:X] tag is
# counted under "other".
RULES="return store queue fnptr"

die () { echo "bench: error: $*" >&2; exit 2; }
log () { echo "bench: $*" >&2; }

if [ $# -ne 1 ]; then
  echo "usage: $0 /absolute/path/to/escape.so" >&2
  exit 2
fi
PLUGIN=$1
case $PLUGIN in /*) ;; *) PLUGIN=$(pwd)/$PLUGIN ;; esac
[ -f "$PLUGIN" ] || die "plugin not found: $PLUGIN (build it with 'make')"
case $RUNS in ''|*[!0-9]*|0) die "BENCH_RUNS must be a positive integer" ;; esac
command -v "$CC" >/dev/null 2>&1 || die "compiler not found: $CC"

mkdir -p "$CACHE" "$OUT" || die "cannot create $CACHE or $OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/escape-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM

is_root () { [ "$(id -u)" = 0 ]; }

# ---------------------------------------------------------------------------
# Fetching sources.  Versions are pinned (npm otherwise picks by the local
# Node version) and npm tarballs are checked against a SHA-256.

# npm_fetch NAME VERSION SHA256: print the path of the verified tarball.
npm_fetch () {
  local name=$1 version=$2 sha=$3
  local tgz="$CACHE/$name-$version.tgz"
  if [ ! -f "$tgz" ]; then
    command -v npm >/dev/null 2>&1 || { log "npm not found (needed for $name@$version)"; return 1; }
    log "fetching $name@$version from the npm registry"
    (cd "$TMP" && npm pack --silent "$name@$version" >"$TMP/npm.log" 2>&1) ||
      { log "npm pack $name@$version failed:"; cat "$TMP/npm.log" >&2; return 1; }
    mv "$TMP/$name-$version.tgz" "$tgz" || return 1
  fi
  if [ "$(sha256sum "$tgz" | cut -d' ' -f1)" != "$sha" ]; then
    log "checksum mismatch for $tgz (expected $sha); removing it"
    rm -f "$tgz"
    return 1
  fi
  echo "$tgz"
}

# npm_source NAME VERSION SHA256 SUBDIR: extract package/SUBDIR of the
# tarball once and print the directory it is in.
npm_source () {
  local name=$1 version=$2 sha=$3 sub=$4
  local dir="$CACHE/src/$name-$version"
  if [ ! -f "$dir/.done" ]; then
    local tgz
    tgz=$(npm_fetch "$name" "$version" "$sha") || return 1
    rm -rf "$dir" && mkdir -p "$dir" || return 1
    tar -xzf "$tgz" -C "$dir" "package/$sub" || { log "cannot extract package/$sub from $tgz"; return 1; }
    touch "$dir/.done"
  fi
  echo "$dir/package/$sub"
}

# deb_fetch PACKAGE VERSION: print the path of the .deb, downloaded with
# apt-get.  Falls back to the candidate version when the pinned one is gone
# from the archive (a point release), and says so.
deb_fetch () {
  local pkg=$1 version=$2 deb
  deb=$(ls "$CACHE/${pkg}_"*.deb 2>/dev/null | head -n1)
  if [ -n "$deb" ]; then echo "$deb"; return 0; fi
  command -v apt-get >/dev/null 2>&1 || { log "apt-get not found (needed for $pkg)"; return 1; }
  log "fetching $pkg=$version with apt-get download"
  local try
  for try in pinned any update-pinned update-any; do
    case $try in
      update-*) is_root || break
                [ "$try" = update-pinned ] && { apt-get update -qq >/dev/null 2>&1 || true; } ;;
    esac
    case $try in
      *pinned) (cd "$CACHE" && apt-get download -q "$pkg=$version") >"$TMP/apt.log" 2>&1 ;;
      *any)    (cd "$CACHE" && apt-get download -q "$pkg") >"$TMP/apt.log" 2>&1 ;;
    esac
    deb=$(ls "$CACHE/${pkg}_"*.deb 2>/dev/null | head -n1)
    if [ -n "$deb" ]; then
      case $try in *any) log "note: $pkg $version is not available; using $(basename "$deb")" ;; esac
      echo "$deb"; return 0
    fi
  done
  log "apt-get download $pkg failed:"; cat "$TMP/apt.log" >&2
  return 1
}

# ---------------------------------------------------------------------------
# Code bases.

# SQLite amalgamation (one TU of ~270k lines) from better-sqlite3.
codebase_sqlite () {
  local d
  d=$(npm_source better-sqlite3 12.11.1 \
      ebf0ed75a7a59dbcb3b24bbd014ef49d9f15bc328e4adcbf516f2a8fadfa2835 \
      deps/sqlite3) || return 1
  [ -f "$d/sqlite3.c" ] || { log "sqlite3.c not found in $d"; return 1; }
  echo "$d/sqlite3.c -I$d"
}

# zlib, as shipped inside the binutils source tarball of Debian's
# binutils-source package.
codebase_zlib () {
  local d="$CACHE/src/zlib-binutils"
  if [ ! -f "$d/.done" ]; then
    local deb tarxz
    deb=$(deb_fetch binutils-source 2.40-2) || return 1
    rm -rf "$d" && mkdir -p "$d/deb" || return 1
    dpkg-deb -x "$deb" "$d/deb" || return 1
    tarxz=$(ls "$d"/deb/usr/src/binutils/binutils-*.tar.xz 2>/dev/null | head -n1)
    [ -n "$tarxz" ] || { log "no binutils tarball in $deb"; return 1; }
    tar -xJf "$tarxz" -C "$d" --strip-components=1 --wildcards '*/zlib/*.[ch]' ||
      { log "cannot extract zlib from $tarxz"; return 1; }
    rm -rf "$d/deb"
    touch "$d/.done"
  fi
  local f
  for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite \
           infback inffast inflate inftrees trees uncompr zutil; do
    echo "$d/zlib/$f.c -I$d/zlib -D_LARGEFILE64_SOURCE=1 -DHAVE_UNISTD_H -DHAVE_STDARG_H"
  done
}

# Expat 2.x from node-expat (with its ready expat_config.h).
codebase_expat () {
  local d
  d=$(npm_source node-expat 2.4.1 \
      6daade62158d4d7db7091bd209cd68973c160adacf6bc16f8510c07f225da53d \
      deps/libexpat) || return 1
  local f
  for f in xmlparse xmlrole xmltok; do
    echo "$d/lib/$f.c -I$d -I$d/lib -DHAVE_EXPAT_CONFIG_H -DPIC"
  done
}

# The tree-sitter runtime, compiled as its single-TU build (lib.c includes
# every other source).
codebase_tree_sitter () {
  local d
  d=$(npm_source tree-sitter 0.25.1 \
      07aeba8dd71630e7e72b2d4ca3bd2680c3471824100cc5ebff44e78a6ed0b6d3 \
      vendor/tree-sitter/lib) || return 1
  echo "$d/src/lib.c -std=c11 -D_POSIX_C_SOURCE=200112L -D_DEFAULT_SOURCE -I$d/src -I$d/src/wasm -I$d/include"
}

# libxml2 2.9.12 as vendored in npm libxmljs (vendor/libxml2, with the
# ready config.h and xmlversion.h of vendor/libxml2.config): the 38 library
# sources its binding.gyp compiles, with its defines.
codebase_libxml2 () {
  local d c
  d=$(npm_source libxmljs 1.0.11 \
      7edf4ed3ff528688352fdd7dc9d9a596f0cba206c369a302375cbb6f0e93ab14 \
      vendor) || return 1
  c="$d/libxml2.config"
  [ -f "$c/config.h" ] || { log "libxml2.config/config.h not found in $d"; return 1; }
  local f
  for f in buf catalog chvalid dict encoding entities error globals hash \
           HTMLparser HTMLtree legacy list parser parserInternals pattern \
           relaxng SAX2 SAX tree threads uri valid xinclude xlink xmlIO \
           xmlmemory xmlmodule xmlreader xmlregexp xmlsave xmlschemas \
           xmlschemastypes xmlstring xmlunicode xmlwriter xpath xpointer; do
    echo "$d/libxml2/$f.c -I$c -I$d/libxml2/include -I$d/libxml2 -D_REENTRANT -DHAVE_LIBPTHREAD -DHAVE_PTHREAD_H -DHAVE_UNISTD_H -DHAVE_RAND_R"
  done
}

# binutils 2.40 from the source tarball of Debian's binutils-source (the
# .deb zlib comes from): bfd, binutils and gas configured for the host
# (x86_64-linux, bfd's default targets only), then bfd's core with its
# x86-64 ELF back end, the sources of the binutils programs built on Linux
# (ar, nm, objcopy, objdump, readelf, size, strings, addr2line, c++filt,
# elfedit) and gas with its i386 back end.  Configure runs once, into the
# cache (about a minute); its log is configure.log there.
codebase_binutils () {
  local d="$CACHE/src/binutils-2.40"
  if [ ! -f "$d/.done" ]; then
    local deb tarxz
    deb=$(deb_fetch binutils-source 2.40-2) || return 1
    rm -rf "$d" "$d.deb" && mkdir -p "$d" "$d.deb" || return 1
    dpkg-deb -x "$deb" "$d.deb" || return 1
    tarxz=$(ls "$d".deb/usr/src/binutils/binutils-*.tar.xz 2>/dev/null | head -n1)
    [ -n "$tarxz" ] || { log "no binutils tarball in $deb"; return 1; }
    log "extracting and configuring binutils (bfd, binutils, gas) in $d"
    # Leave out the tests and the programs not compiled here (not
    # include/gdb and opcodes/: dwarf.c and gas need them).
    tar -xJf "$tarxz" -C "$d" --strip-components=1 --no-wildcards-match-slash \
        --exclude='*/testsuite' --exclude='*/gold' --exclude='*/gprofng' \
        --exclude='*/ld' --exclude='*/gprof' ||
      { log "cannot extract $tarxz"; return 1; }
    rm -rf "$d.deb"
    local sub
    for sub in bfd binutils gas; do
      (cd "$d/$sub" && CC="$CC" CFLAGS=-O2 ./configure --disable-nls --disable-werror \
         --disable-shared) >>"$d/configure.log" 2>&1 ||
        { log "binutils: configure of $sub failed (see $d/configure.log)"; return 1; }
    done
    make -C "$d/bfd" bfd.h bfdver.h elf32-target.h elf64-target.h targmatch.h \
      >>"$d/configure.log" 2>&1 ||
      { log "binutils: cannot make bfd's headers (see $d/configure.log)"; return 1; }
    touch "$d/.done"
  fi
  local f dirs="-DLOCALEDIR=\"/usr/local/share/locale\""
  # targets.c and archures.c: the vectors and architectures configure chose.
  local td
  td=$(sed -n 's/^TDEFAULTS = *//p' "$d/bfd/Makefile" | tr -d "'")
  for f in archive archures bfd bfdio cache coff-bfd compress corefile \
           elf-properties format hash init libbfd linker merge opncls reloc \
           section simple stab-syms stabs syms targets binary ihex srec \
           tekhex verilog archive64 \
           elf64-x86-64 elfxx-x86 elf-ifunc elf64 elf elflink elf-attrs \
           elf-strtab elf-eh-frame elf-sframe dwarf1 dwarf2 cpu-i386 plugin; do
    case $f in
      targets|archures) echo "$d/bfd/$f.c -DHAVE_CONFIG_H -I$d/bfd -I$d/include -I$d/zlib $td" ;;
      *) echo "$d/bfd/$f.c -DHAVE_CONFIG_H -I$d/bfd -I$d/include -I$d/zlib -DBINDIR=\"/usr/local/bin\" -DLIBDIR=\"/usr/local/lib\" -DDEBUGDIR=\"/usr/local/lib/debug\"" ;;
    esac
  done
  for f in addr2line ar arlex arparse arsup binemul bucomm cxxfilt debug \
           demanguse dwarf elfcomm elfedit emul_vanilla filemode nm objcopy \
           objdump prdbg rdcoff rddbg readelf rename size stabs strings \
           unwind-ia64 version wrstabs; do
    echo "$d/binutils/$f.c -DHAVE_CONFIG_H -I$d/binutils -I$d/bfd -I$d/include -I$d/zlib $dirs -Dbin_dummy_emulation=bin_vanilla_emulation -DOBJDUMP_PRIVATE_VECTORS="
  done
  for f in app as atof-generic codeview compress-debug cond depend dwarf2dbg \
           dw2gencfi ecoff ehopt expr flonum-copy flonum-konst flonum-mult \
           frags gen-sframe hash input-file input-scrub listing literal macro \
           messages output-file read remap sb sframe-opt stabs subsegs \
           symbols write config/tc-i386 config/obj-elf config/atof-ieee; do
    echo "$d/gas/$f.c -DHAVE_CONFIG_H -I$d/gas -I$d/bfd -I$d/gas/config -I$d/include -I$d -I$d/zlib $dirs"
  done
}

# ---------------------------------------------------------------------------
# Measuring.  measure OUTFILE ERRFILE CMD...: run CMD with stderr to
# ERRFILE and write "wall user sys maxrss_kib status" to OUTFILE.

GNU_TIME=${BENCH_GNU_TIME:-/usr/bin/time}

is_gnu_time () { [ -x "$GNU_TIME" ] && "$GNU_TIME" --version 2>&1 | grep -q GNU; }

setup_timer () {
  case $TIMER in
    auto)
      if is_gnu_time; then TIMER=gnu
      elif is_root && command -v apt-get >/dev/null 2>&1; then
        log "GNU time is missing; installing it with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 ||
          { apt-get update -qq >/dev/null 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1; }
        if is_gnu_time; then TIMER=gnu
        elif command -v python3 >/dev/null 2>&1; then TIMER=python
        else TIMER=c; fi
      elif command -v python3 >/dev/null 2>&1; then TIMER=python
      else TIMER=c; fi ;;
    gnu) is_gnu_time || die "BENCH_TIMER=gnu but $GNU_TIME is not GNU time" ;;
    python) command -v python3 >/dev/null 2>&1 || die "BENCH_TIMER=python but python3 is missing" ;;
    c) ;;
    *) die "BENCH_TIMER must be auto, gnu, python or c" ;;
  esac
  case $TIMER in
    python)
      cat >"$TMP/measure.py" <<'EOF'
import os, subprocess, sys, time
out, err = sys.argv[1], sys.argv[2]
with open(err, "wb") as ef:
    t0 = time.monotonic()
    p = subprocess.Popen(sys.argv[3:], stderr=ef)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
code = os.waitstatus_to_exitcode(status)
if code < 0:
    code = 128 - code
with open(out, "w") as f:
    f.write("%.3f %.3f %.3f %d %d\n" % (wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss, code))
EOF
      ;;
    c)
      cat >"$TMP/measure.c" <<'EOF'
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
static double secs (struct timeval tv) { return tv.tv_sec + tv.tv_usec / 1e6; }
int main (int argc, char **argv)
{
  if (argc < 4) return 2;
  struct timespec t0, t1;
  clock_gettime (CLOCK_MONOTONIC, &t0);
  pid_t pid = fork ();
  if (pid < 0) return 2;
  if (pid == 0) {
    int fd = open (argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || dup2 (fd, 2) < 0) _exit (127);
    execvp (argv[3], argv + 3);
    _exit (127);
  }
  int status; struct rusage ru;
  if (wait4 (pid, &status, 0, &ru) < 0) return 2;
  clock_gettime (CLOCK_MONOTONIC, &t1);
  int code = WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
  FILE *f = fopen (argv[1], "w");
  if (!f) return 2;
  fprintf (f, "%.3f %.3f %.3f %ld %d\n",
           (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
           secs (ru.ru_utime), secs (ru.ru_stime), ru.ru_maxrss, code);
  return fclose (f) != 0 ? 2 : 0;
}
EOF
      "$CC" -O2 -o "$TMP/measure" "$TMP/measure.c" || die "cannot build the measuring wrapper"
      ;;
  esac
}

measure () {
  local out=$1 err=$2; shift 2
  case $TIMER in
    gnu)
      local rc
      "$GNU_TIME" -f '%e %U %S %M' -o "$TMP/time.out" "$@" 2>"$err"
      rc=$?
      echo "$(tail -n1 "$TMP/time.out") $rc" >"$out" ;;
    python) python3 "$TMP/measure.py" "$out" "$err" "$@" ;;
    c) "$TMP/measure" "$out" "$err" "$@" ;;
  esac
}

# ---------------------------------------------------------------------------
# Helpers on numbers.

median () { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan";
  else if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2];
  else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pct () { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 <= 0) print "nan";
  else printf "%.1f\n", (a - b) / b * 100 }'; }
mib () { awk -v k="$1" 'BEGIN { printf "%.1f\n", k / 1024 }'; }
fsum () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", a + b }'; }
fmax () { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 > b + 0) ? a : b }'; }
lt () { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "nan" && a + 0 < b + 0) }'; }

# The rule tags in a stderr file, as "rule count" lines.
count_rules () {
  grep -o '\[escape:[A-Za-z0-9_-]*\]' "$@" 2>/dev/null |
    sed 's/.*\[escape:\(.*\)\]/\1/' | sort | uniq -c | awk '{ print $2, $1 }'
}

# ---------------------------------------------------------------------------
# The bench.

setup_timer

GCC_VERSION=$("$CC" --version | head -n1)
: >"$TMP/rows"
FAILED=0      # a plugin run failed
BROKEN=0      # the bench could not run as intended
MISSED=0      # a target was missed

log "compiler: $GCC_VERSION; plugin: $PLUGIN; runs: $RUNS; timer: $TIMER"

for cb in $CODEBASES; do
  fn=codebase_$(echo "$cb" | tr -- '-.' '__')
  if ! declare -F "$fn" >/dev/null; then
    log "unknown code base '$cb'"; BROKEN=1; continue
  fi
  if ! "$fn" >"$TMP/tus.$cb" || [ ! -s "$TMP/tus.$cb" ]; then
    log "$cb: sources unavailable; skipped"; BROKEN=1
    echo "$cb - 0 unavailable" >>"$TMP/rows"
    continue
  fi
  ntu=$(wc -l <"$TMP/tus.$cb")
  # The names of the TUs' diagnostics files: the file's base name, prefixed
  # with its directory's name where two TUs share a base name (binutils has
  # a stabs.c in bfd/, binutils/ and gas/).
  awk '{ n = split($1, p, "/"); b = p[n]; sub(/\.c$/, "", b); d = (n > 1) ? p[n - 1] : "";
         base[NR] = b; dir[NR] = d; seen[b]++ }
       END { for (i = 1; i <= NR; i++) print (seen[base[i]] > 1 ? dir[i] "-" : "") base[i] }' \
    "$TMP/tus.$cb" >"$TMP/bases.$cb"

  for level in $LEVELS; do
    lvname=${level#-}
    outdir="$OUT/$cb/$lvname"
    rm -rf "$outdir" && mkdir -p "$outdir"
    : >"$TMP/plain.wall"; : >"$TMP/plain.user"; : >"$TMP/plug.wall"; : >"$TMP/plug.user"
    plain_rss=0; plug_rss=0; status=ok; nondet=0
    log "$cb $level: $ntu TU(s) x $RUNS run(s)"

    run=1
    while [ "$run" -le "$RUNS" ] && [ "$status" = ok ]; do
      pw=0; pu=0; gw=0; gu=0
      while read -r tu flags <&3 && read -r base <&4; do
        obj="$TMP/$base.o"
        # shellcheck disable=SC2086 # flags are split on purpose
        measure "$TMP/m.plain" "$TMP/plain.err" "$CC" $level $flags -c "$tu" -o "$obj" </dev/null
        read -r w u _s rss rc <"$TMP/m.plain"
        if [ "$rc" != 0 ]; then
          log "$cb $level: $tu does not compile without the plugin (status $rc):"
          tail -n 20 "$TMP/plain.err" >&2
          status=broken; BROKEN=1; break
        fi
        pw=$(fsum "$pw" "$w"); pu=$(fsum "$pu" "$u"); plain_rss=$(fmax "$plain_rss" "$rss")
        rm -f "$obj"

        # shellcheck disable=SC2086
        measure "$TMP/m.plug" "$TMP/plug.err" "$CC" $level $flags -fplugin="$PLUGIN" $PLUGIN_ARGS -c "$tu" -o "$obj" </dev/null
        read -r w u _s rss rc <"$TMP/m.plug"
        cp "$TMP/plug.err" "$outdir/$base.run$run.stderr"
        if [ "$rc" != 0 ] || grep -qi 'internal compiler error' "$TMP/plug.err"; then
          log "$cb $level: the plugin run failed on $tu (status $rc); diagnostics in $outdir/$base.run$run.stderr:"
          grep -i -A3 'internal compiler error\|error:' "$TMP/plug.err" | head -n 20 >&2
          # Go on with the other TUs of this run, to report every failure.
          if grep -qi 'internal compiler error' "$TMP/plug.err"; then status=ICE; else status=FAIL; fi
          FAILED=1; continue
        fi
        gw=$(fsum "$gw" "$w"); gu=$(fsum "$gu" "$u"); plug_rss=$(fmax "$plug_rss" "$rss")
        rm -f "$obj"
        if [ "$run" = 1 ]; then
          mv "$outdir/$base.run$run.stderr" "$outdir/$base.stderr"
        else
          cmp -s "$outdir/$base.stderr" "$outdir/$base.run$run.stderr" || nondet=1
          rm -f "$outdir/$base.run$run.stderr"
        fi
      done 3<"$TMP/tus.$cb" 4<"$TMP/bases.$cb"
      if [ "$status" = ok ]; then
        echo "$pw" >>"$TMP/plain.wall"; echo "$pu" >>"$TMP/plain.user"
        echo "$gw" >>"$TMP/plug.wall"; echo "$gu" >>"$TMP/plug.user"
      fi
      run=$((run + 1))
    done

    if [ "$nondet" = 1 ]; then
      log "$cb $level: WARNING: the plugin's diagnostics differ between runs"
    fi
    # Findings per rule (from the first run), and the sorted diagnostics
    # for the comparison across levels.
    count_rules "$outdir"/*.stderr >"$TMP/rules"
    cat "$outdir"/*.stderr 2>/dev/null | grep '\[escape:' | sort >"$outdir/findings.txt"
    counts=""
    for r in $RULES; do
      c=$(awk -v r="$r" '$1 == r { print $2 }' "$TMP/rules"); counts="$counts ${c:-0}"
    done
    other=$(awk -v rules=" $RULES " 'index(rules, " " $1 " ") == 0 { n += $2 } END { print n + 0 }' "$TMP/rules")

    if [ "$status" = ok ]; then
      echo "$cb $level $ntu ok $(median <"$TMP/plain.wall") $(median <"$TMP/plug.wall")" \
           "$(median <"$TMP/plain.user") $(median <"$TMP/plug.user") $plain_rss $plug_rss$counts $other $nondet" >>"$TMP/rows"
    else
      echo "$cb $level $ntu $status - - - - - -$counts $other $nondet" >>"$TMP/rows"
    fi
  done
done

# ---------------------------------------------------------------------------
# Report.

{
  echo "gcc-escape bench: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "compiler: $GCC_VERSION"
  echo "plugin:   $PLUGIN $PLUGIN_ARGS"
  echo "machine:  $(nproc) cores, $(uname -m); runs: $RUNS (median time, max RSS); timer: $TIMER"
  echo
  hdr="%-12s %-5s %4s %8s %9s %6s %6s %8s %9s %6s %-6s"
  printf "$hdr" codebase level TUs gcc_s plugin_s time% user% gcc_MiB plugin_MiB mem% status
  for r in $RULES other; do printf " %6s" "$r"; done
  echo
  while read -r cb level ntu st pw gw pu gu prss grss rest; do
    if [ "$st" = unavailable ]; then
      printf "%-12s %-5s %4s %s\n" "$cb" - - "sources unavailable"
      continue
    fi
    if [ "$st" = ok ]; then
      printf "$hdr" "$cb" "$level" "$ntu" "$pw" "$gw" "$(pct "$gw" "$pw")" "$(pct "$gu" "$pu")" \
        "$(mib "$prss")" "$(mib "$grss")" "$(pct "$grss" "$prss")" "0"
    else
      printf "$hdr" "$cb" "$level" "$ntu" - - - - - - - "$st"
    fi
    set -- $rest
    for r in $RULES other; do printf " %6s" "$1"; shift; done
    echo
  done <"$TMP/rows"
  echo

  # Verdicts.
  while read -r cb level ntu st pw gw pu gu prss grss rest; do
    [ "$st" = ok ] || continue
    tp=$(pct "$gw" "$pw"); mp=$(pct "$grss" "$prss")
    if [ "$level" = -O2 ]; then
      if lt "$tp" "$TARGET_TIME_PCT"; then v=MET; else v=MISSED; MISSED=1; fi
      echo "verdict: $cb -O2 compile-time overhead $tp% (target < $TARGET_TIME_PCT%): $v"
    fi
    if lt "$mp" "$TARGET_MEM_PCT"; then v=MET; else v=MISSED; MISSED=1; fi
    echo "verdict: $cb $level peak-memory overhead $mp% (target < $TARGET_MEM_PCT%): $v"
  done <"$TMP/rows"
  # Findings must not depend on the optimisation level.
  for cb in $CODEBASES; do
    awk -v cb="$cb" '$1 == cb && $4 != "ok" { bad = 1 } END { exit bad }' "$TMP/rows" || continue
    set -- $LEVELS
    [ $# -ge 2 ] && [ -f "$OUT/$cb/${1#-}/findings.txt" ] || continue
    first=$1; same=yes
    for level in "$@"; do
      [ -f "$OUT/$cb/${level#-}/findings.txt" ] || continue
      cmp -s "$OUT/$cb/${first#-}/findings.txt" "$OUT/$cb/${level#-}/findings.txt" || same=no
    done
    if [ "$same" = yes ]; then
      echo "verdict: $cb findings identical at $LEVELS: yes"
    else
      echo "verdict: $cb findings identical at $LEVELS: NO (see $OUT/$cb/*/findings.txt)"
    fi
  done
  while read -r cb level ntu st pw gw pu gu prss grss rest; do
    [ "$st" = ok ] || [ "$st" = FAIL ] || [ "$st" = ICE ] || continue
    [ "$st" = ok ] || { pw=nan gw=nan pu=nan gu=nan prss=0 grss=0; }
    set -- $rest
    line="BENCH codebase=$cb level=$level tus=$ntu runs=$RUNS status=$st"
    line="$line gcc_wall_s=$pw plugin_wall_s=$gw time_overhead_pct=$(pct "$gw" "$pw")"
    line="$line gcc_user_s=$pu plugin_user_s=$gu user_overhead_pct=$(pct "$gu" "$pu")"
    line="$line gcc_peak_kib=$prss plugin_peak_kib=$grss mem_overhead_pct=$(pct "$grss" "$prss")"
    for r in $RULES other; do line="$line findings_$r=$1"; shift; done
    line="$line nondeterministic=$1"
    echo "$line"
  done <"$TMP/rows"
} >"$TMP/report"

cp "$TMP/report" "$RESULTS" 2>/dev/null || log "cannot write $RESULTS"
cat "$TMP/report"
echo "plugin diagnostics: $OUT/CODEBASE/LEVEL/*.stderr; results: $RESULTS"

if [ "$FAILED" = 1 ]; then echo "bench: FAILED: a plugin run failed" >&2; exit 1; fi
if [ "$BROKEN" = 1 ]; then echo "bench: the bench could not run completely" >&2; exit 2; fi
if [ "$STRICT" = 1 ] && [ "$MISSED" = 1 ]; then echo "bench: a target was missed" >&2; exit 3; fi
exit 0
