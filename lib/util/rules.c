/* gcc-escape: the names of the rules and severities (escape/core.h).

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   One spelling for options, diagnostics (`[escape:NAME]') and reports:
   the analysis core, the report library and escape-report all use these,
   so they live below all three, beside the utilities.  */

#include "escape/core.h"

#include <string.h>

static const char *const rule_names[ESC_RULE_COUNT] = {
  "return", "store", "queue", "fnptr"
};

/* The name of RULE.  */
const char *
esc_rule_name (esc_rule rule)
{
  if ((unsigned) rule >= ESC_RULE_COUNT)
    return NULL;
  return rule_names[rule];
}

/* The name of severity SEV.  */
const char *
esc_severity_name (esc_severity sev)
{
  switch (sev)
    {
    case ESC_SEV_NOTE: return "note";
    case ESC_SEV_DEFAULT:
    case ESC_SEV_WARNING: return "warning";
    case ESC_SEV_ERROR: return "error";
    default: return NULL;
    }
}

/* The rule named NAME[0..LEN), or -1.  */
int
esc_rule_from_name (const char *name, size_t len)
{
  if (!name)
    return -1;
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    if (strlen (rule_names[r]) == len && memcmp (rule_names[r], name, len) == 0)
      return r;
  return -1;
}
