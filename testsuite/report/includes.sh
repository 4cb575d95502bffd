#!/bin/sh
# gcc-escape: the report tool and the libraries include nothing of the core.
#
#   sh testsuite/report/includes.sh [TOP]
#
# The layering of docs/internals.md ("The report library"): reports/ (the
# escape-report tool), lib/ (the report library and the utilities below
# it) and the public headers include/escape/*.h use the public headers of
# include/escape/ only, never a header of plugin/core/ (the analysis
# core's private internal.h and whatever else lives there).  Every
# #include of those files is resolved as the compiler would (beside the
# including file, then include/); it is an error if it lands in
# plugin/core/, or if it is found nowhere but in plugin/core/ (it would
# need -Iplugin/core).  Prints one line per offending include and exits 1,
# or exits 0 silently.  TOP is the source tree (default: this script's
# ../..).  POSIX sh.

set -u
top=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
top=$(cd "$top" && pwd -P) || exit 2
core=$top/plugin/core
[ -d "$core" ] || { echo "includes.sh: no $core" >&2; exit 2; }

# real_dir FILE: the physical directory of FILE.
real_dir () { (cd "$(dirname "$1")" && pwd -P); }

# One message per offending include; the loop's pipeline runs in a
# subshell, so the messages are its output.
bad_includes=$(for f in "$top"/reports/*.c "$top"/reports/*.h "$top"/include/escape/*.h \
	 "$top"/lib/*.c "$top"/lib/*.h "$top"/lib/*/*.c "$top"/lib/*/*.h; do
  [ -f "$f" ] || continue
  rel=${f#"$top"/}
  # "LINE NAME" for every #include "NAME" or <NAME>.
  grep -n '^[[:space:]]*#[[:space:]]*include' "$f" |
    sed -n 's/^\([0-9]*\):[[:space:]]*#[[:space:]]*include[[:space:]]*["<]\([^">]*\)[">].*/\1 \2/p' |
    while read -r line name; do
      found=
      for cand in "$(dirname "$f")/$name" "$top/include/$name"; do
	if [ -f "$cand" ]; then
	  found=$cand
	  break
	fi
      done
      bad=
      if [ -n "$found" ]; then
	case $(real_dir "$found")/ in
	  "$core"/*) bad=1 ;;
	esac
      elif [ -f "$core/$name" ]; then
	bad=1
      fi
      case $name in
	*plugin/core/*) bad=1 ;;
      esac
      if [ -n "$bad" ]; then
	echo "$rel:$line: error: #include \"$name\" is a header of plugin/core/," \
	     "the analysis core's private code; reports/, lib/ and include/escape/" \
	     "include only the public headers of include/escape/" \
	     "(docs/internals.md, \"The report library\")"
      fi
    done
done)
if [ -n "$bad_includes" ]; then
  printf '%s\n' "$bad_includes"
  exit 1
fi
exit 0
