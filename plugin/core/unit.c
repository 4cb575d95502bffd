/* gcc-escape: the unit (one per translation unit), its summaries, and rule
   names.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The unit outlives every function problem: it owns the options and the
   summaries, kept in an array sorted by uid (each summary and its params
   array are private copies, so a function may be freed right after it is
   solved).  Recording a summary reports whether it changed, which is how
   the glue iterates a recursive call-graph SCC to its fixed point.  */

#include "internal.h"

#include <stdlib.h>
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

/* A new unit with options OPTS (all rules when NULL).  */
esc_unit *
esc_unit_new (const esc_options *opts)
{
  esc_unit *u = esc_xcalloc (1, sizeof (esc_unit));
  if (opts)
    u->opts = *opts;
  else
    u->opts.rules = (1u << ESC_RULE_COUNT) - 1;
  return u;
}

/* Free UNIT and its summaries.  */
void
esc_unit_free (esc_unit *unit)
{
  if (!unit)
    return;
  for (size_t i = 0; i < unit->nsums; i++)
    free (unit->sums[i].sum.params);
  free (unit->sums);
  esc_hset_free (&unit->baseline);
  free (unit);
}

/* The 64-bit value of FINGERPRINT (16 hex digits) plus one, or 0 when it
   is malformed.  */
static uint64_t
fingerprint_key (const char *fingerprint)
{
  if (!fingerprint)
    return 0;
  uint64_t v = 0;
  int n = 0;
  for (const char *p = fingerprint; *p; p++, n++)
    {
      int d;
      if (*p >= '0' && *p <= '9')
	d = *p - '0';
      else if (*p >= 'a' && *p <= 'f')
	d = *p - 'a' + 10;
      else if (*p >= 'A' && *p <= 'F')
	d = *p - 'A' + 10;
      else
	return 0;
      if (n >= 16)
	return 0;
      v = v << 4 | (uint64_t) d;
    }
  return n == 16 ? v + 1 : 0;
}

/* Add FINGERPRINT to UNIT's baseline.  */
void
esc_unit_add_baseline (esc_unit *unit, const char *fingerprint)
{
  uint64_t k = fingerprint_key (fingerprint);
  if (unit && k)
    esc_hset_insert_p (&unit->baseline, k);
}

/* Nonzero if FINGERPRINT is in UNIT's baseline.  */
int
esc_unit_baseline_has_p (const esc_unit *unit, const char *fingerprint)
{
  uint64_t k = fingerprint_key (fingerprint);
  return unit && k && esc_hset_has_p (&unit->baseline, k);
}

/* Index of UID in UNIT's sorted array, or the insertion point (*FOUND
   says which).  */
static size_t
sum_find (const esc_unit *unit, int uid, int *found)
{
  size_t lo = 0, hi = unit->nsums;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (unit->sums[mid].uid < uid)
	lo = mid + 1;
      else if (unit->sums[mid].uid > uid)
	hi = mid;
      else
	{
	  *found = 1;
	  return mid;
	}
    }
  *found = 0;
  return lo;
}

/* The summary of UID, or NULL.  */
const esc_summary *
esc_unit_summary (const esc_unit *unit, int uid)
{
  if (!unit || uid < 0)
    return NULL;
  int found;
  size_t i = sum_find (unit, uid, &found);
  return found ? &unit->sums[i].sum : NULL;
}

/* Nonzero if summaries A and B differ.  */
static int
sum_differs_p (const esc_summary *a, const esc_summary *b)
{
  if (a->nparams != b->nparams || a->returns_heap != b->returns_heap
      || a->returns_nonlocal != b->returns_nonlocal)
    return 1;
  for (int i = 0; i < a->nparams; i++)
    {
      const esc_param_summary *x = &a->params[i], *y = &b->params[i];
      if (x->to_return != y->to_return || x->escapes != y->escapes
	  || (x->to_return && x->ret_off != y->ret_off))
	return 1;
    }
  return 0;
}

/* Record a copy of SUM for UID; nonzero if it is new or changed.  */
int
esc_unit_record (esc_unit *unit, int uid, const esc_summary *sum)
{
  if (uid < 0)
    return 0;
  int found;
  size_t i = sum_find (unit, uid, &found);
  if (found && !sum_differs_p (&unit->sums[i].sum, sum))
    return 0;
  esc_param_summary *params
    = esc_xcalloc ((size_t) sum->nparams + 1, sizeof (esc_param_summary));
  if (sum->nparams > 0)
    memcpy (params, sum->params,
	    (size_t) sum->nparams * sizeof (esc_param_summary));
  if (found)
    free (unit->sums[i].sum.params);
  else
    {
      ESC_GROW (unit->sums, unit->nsums, unit->csums);
      memmove (unit->sums + i + 1, unit->sums + i,
	       (unit->nsums - i) * sizeof (esc_sumrec));
      unit->nsums++;
    }
  unit->sums[i].uid = uid;
  unit->sums[i].sum = *sum;
  unit->sums[i].sum.params = params;
  return 1;
}
