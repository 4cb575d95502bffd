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
#include "intl.h"

#if GCC_VERSION < 11000
#error "gcc-escape needs GCC 11 or later"
#endif

#endif /* ESCAPE_GCC_COMMON_H */
