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
