/* gcc-escape: every GCC header the glue needs, in the order GCC wants, and
   every difference between the GCC versions we build for (11 and 12).

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Only C++ files of plugin/gcc include this.  */

#ifndef ESCAPE_GCC_COMMON_H
#define ESCAPE_GCC_COMMON_H

#include "gcc-plugin.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"
#include "ssa.h"
#include "cgraph.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "stringpool.h" /* before attribs.h, which needs it */
#include "attribs.h"
#include "diagnostic-core.h"
#include "diagnostic.h"
#include "tree-dfa.h"
#include "stor-layout.h"
#include "fold-const.h"
#include "builtins.h"
#include "tree-cfg.h"
#include "intl.h"
#include "langhooks.h"
#include "c-family/c-pragma.h"

/* The C family's pragma API lives in cc1 and cc1plus, not in lto1, which
   loads the plugin too when -fplugin is on an -flto link line: weak, so
   that the plugin loads there (PLUGIN_PRAGMAS, the only place that calls
   them, never comes in lto1).  */
extern void c_register_pragma (const char *, const char *,
			       pragma_handler_1arg) __attribute__ ((weak));
extern enum cpp_ttype pragma_lex (tree *, location_t *) __attribute__ ((weak));

/* Macro expansions (line-map.h, the same in GCC 11 and 12; kept here so
   that a later change of libcpp's API has one place to go).  The
   outermost expansion point of LOC: LOC itself when it is not virtual.  */

static inline location_t
escape_macro_expansion_point (location_t loc)
{
  if (loc == UNKNOWN_LOCATION)
    return loc;
  return linemap_resolve_location (line_table, loc,
				   LRK_MACRO_EXPANSION_POINT, NULL);
}

/* For each macro expansion LOC is in, innermost first, push onto DEFS the
   location of the token in that macro's definition and onto NAMES the
   macro's name.  Nothing when LOC is not virtual.  */

static inline void
escape_macro_unwind (location_t loc, vec<location_t, va_heap> &defs,
		     vec<const char *, va_heap> &names)
{
  if (loc == UNKNOWN_LOCATION
      || !linemap_location_from_macro_expansion_p (line_table, loc))
    return;
  const line_map *map = linemap_lookup (line_table, loc);
  for (int depth = 0; depth < 64 && linemap_macro_expansion_map_p (map);
       depth++)
    {
      const line_map_macro *macro = linemap_check_macro (map);
      defs.safe_push (linemap_resolve_location (line_table, loc,
						LRK_MACRO_DEFINITION_LOCATION,
						NULL));
      names.safe_push (linemap_map_get_macro_name (macro));
      loc = linemap_unwind_toward_expansion (line_table, loc, &map);
    }
}

#if GCC_VERSION < 11000
#error "gcc-escape needs GCC 11 or later"
#endif

/* Differences between GCC 11 and GCC 12.  Code in plugin/gcc is written
   against GCC 12's API; what GCC 11 spells differently is supplied here,
   and nowhere else, so the glue has no version tests of its own.  Found by
   building with both (`make check-all'); add each new one here.  */

#if GCC_VERSION < 12000
/* GCC 12 records suppressed warnings per statement and option
   (warning-control.cc); GCC 11 has one no-warning bit per statement or
   tree, which these set and test whatever the option.  */
constexpr opt_code all_warnings = N_OPTS;

static inline bool
warning_suppressed_p (const gimple *stmt, opt_code = all_warnings)
{
  return gimple_no_warning_p (stmt);
}

static inline void
suppress_warning (gimple *stmt, opt_code = all_warnings, bool supp = true)
{
  gimple_set_no_warning (stmt, supp);
}

static inline bool
warning_suppressed_p (const_tree t, opt_code = all_warnings)
{
  return TREE_NO_WARNING (t);
}

static inline void
suppress_warning (tree t, opt_code = all_warnings, bool supp = true)
{
  TREE_NO_WARNING (t) = supp;
}
#endif /* GCC_VERSION < 12000 */

#endif /* ESCAPE_GCC_COMMON_H */
