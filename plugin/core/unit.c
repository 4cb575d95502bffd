/* gcc-escape: the unit (one per translation unit) and its summaries.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The unit outlives every function problem: it owns the options and the
   summaries, kept in an array sorted by uid (each summary and its params
   array are private copies, so a function may be freed right after it is
   solved).  Recording a summary reports whether it changed, which is how
   the glue iterates a recursive call-graph SCC to its fixed point.  The
   names of rules and severities are in lib/util/rules.c.  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

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

/* Free the arrays of summary SUM.  */
static void
sum_release (esc_summary *sum)
{
  free ((void *) sum->flows);
  free ((void *) sum->param_flags);
  free ((void *) sum->writes);
  sum->writes = NULL;
  sum->nwrites = 0;
  sum->flows = NULL;
  sum->param_flags = NULL;
}

/* Free UNIT and its summaries.  */
void
esc_unit_free (esc_unit *unit)
{
  if (!unit)
    return;
  for (size_t i = 0; i < unit->nsums; i++)
    sum_release (&unit->sums[i].sum);
  free (unit->sums);
  free (unit->sinks);
  esc_hset_free (&unit->baseline);
  esc_arena_free (&unit->arena);
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

/* Ask REGION what the region of each finding makes of it.  */
void
esc_unit_set_region (esc_unit *unit, esc_region_fn region, void *data)
{
  if (!unit)
    return;
  unit->region = region;
  unit->region_data = data;
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

/* Compare two offsets.  */
static int
off_cmp (esc_off a, esc_off b)
{
  return (a > b) - (a < b);
}

/* Order two access paths: parameter, level, offsets.  */
int
esc_path_cmp (const esc_path *a, const esc_path *b)
{
  if (a->param != b->param)
    return a->param < b->param ? -1 : 1;
  if (a->level != b->level)
    return a->level < b->level ? -1 : 1;
  int c = off_cmp (a->load_off, b->load_off);
  return c ? c : off_cmp (a->off, b->off);
}

/* Order two flows by what they say (not where the callee says it).  */
int
esc_flow_cmp (const esc_flow *a, const esc_flow *b)
{
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  int c = esc_path_cmp (&a->src, &b->src);
  if (c)
    return c;
  if (a->kind == ESC_FLOW_STORE)
    return esc_path_cmp (&a->dst, &b->dst);
  if (a->kind == ESC_FLOW_ESCAPE && a->rule != b->rule)
    return a->rule < b->rule ? -1 : 1;
  return 0;
}

/* qsort comparison of flows.  */
static int
cmp_flow_void (const void *a, const void *b)
{
  return esc_flow_cmp (a, b);
}

/* Merge the sorted unique flows A[0..NA) and B[0..NB) into a new array
   (*OUT, count returned); A's flow wins a tie.  */
static int
merge_flows (const esc_flow *a, int na, const esc_flow *b, int nb,
	     esc_flow **out)
{
  esc_flow *m = esc_xcalloc ((size_t) na + (size_t) nb + 1,
			     sizeof (esc_flow));
  int i = 0, j = 0, n = 0;
  while (i < na || j < nb)
    {
      int c = i >= na ? 1 : j >= nb ? -1 : esc_flow_cmp (&a[i], &b[j]);
      if (c <= 0)
	{
	  m[n++] = a[i++];
	  if (c == 0)
	    j++;
	}
      else
	m[n++] = b[j++];
    }
  *out = m;
  return n;
}

/* Nonzero if flows A and B say the same up to offsets.  */
static int
same_shape_p (const esc_flow *a, const esc_flow *b)
{
  return a->kind == b->kind && a->src.param == b->src.param
	 && a->src.level == b->src.level
	 && (a->kind != ESC_FLOW_STORE
	     || (a->dst.param == b->dst.param && a->dst.level == b->dst.level))
	 && (a->kind != ESC_FLOW_ESCAPE || a->rule == b->rule);
}

/* OLD joined with NEW: where they differ, ESC_OFF_ANY.  */
static esc_off
widen (esc_off old, esc_off new_off)
{
  return old == new_off ? old : ESC_OFF_ANY;
}

/* Widen the flows of NEW[0..N) that the summary OLD lacks but has in
   another shape: their offsets that differ become ESC_OFF_ANY, so that a
   recursive component whose offsets grow each round (f (p) calls
   f (p->next)) still reaches its fixed point.  Returns a malloc'd,
   sorted, unique copy; *COUNT receives its length.  */
static esc_flow *
widen_flows (const esc_summary *old, const esc_flow *new_flows, int n,
	     int *count)
{
  esc_flow *w = esc_xcalloc ((size_t) n + 1, sizeof (esc_flow));
  int m = 0;
  for (int k = 0; k < n; k++)
    {
      esc_flow f = new_flows[k];
      int known = 0;
      for (int j = 0; j < old->nflows && !known; j++)
	known = !esc_flow_cmp (&old->flows[j], &f);
      for (int j = 0; j < old->nflows && !known; j++)
	if (same_shape_p (&old->flows[j], &f))
	  {
	    const esc_flow *o = &old->flows[j];
	    f.src.load_off = widen (o->src.load_off, f.src.load_off);
	    f.src.off = widen (o->src.off, f.src.off);
	    f.dst.load_off = widen (o->dst.load_off, f.dst.load_off);
	    f.dst.off = widen (o->dst.off, f.dst.off);
	  }
      w[m++] = f;
    }
  qsort (w, (size_t) m, sizeof (esc_flow), cmp_flow_void);
  int u = 0;
  for (int k = 0; k < m; k++)
    if (!u || esc_flow_cmp (&w[u - 1], &w[k]))
      w[u++] = w[k];
  *count = u;
  return w;
}

/* Record SUM for UID, merged with the summary UID had.  */
int
esc_unit_record (esc_unit *unit, int uid, const esc_summary *sum)
{
  if (uid < 0 || !unit)
    return 0;
  int found;
  size_t i = sum_find (unit, uid, &found);
  esc_flow *flows;
  int nflows;
  esc_summary *old = found ? &unit->sums[i].sum : NULL;
  if (old)
    {
      int nw;
      esc_flow *w = widen_flows (old, sum->flows, sum->nflows, &nw);
      nflows = merge_flows (old->flows, old->nflows, w, nw, &flows);
      free (w);
    }
  else
    nflows = merge_flows (NULL, 0, sum->flows, sum->nflows, &flows);
  /* Must-writes come from the function's own stores, the same at each
     analysis: the last ones are kept.  */
  int same_writes = old && old->nwrites == sum->nwrites;
  for (int k = 0; same_writes && k < sum->nwrites; k++)
    same_writes = !esc_write_cmp (&old->writes[k], &sum->writes[k]);
  if (old && nflows == old->nflows && same_writes
      && old->returns_heap >= sum->returns_heap
      && old->returns_nonlocal >= sum->returns_nonlocal
      && old->returns_unknown >= sum->returns_unknown)
    {
      free (flows);
      return 0;
    }
  esc_write *writes = NULL;
  if (sum->nwrites > 0 && sum->writes)
    {
      writes = esc_xrealloc (NULL, (size_t) sum->nwrites * sizeof (esc_write));
      memcpy (writes, sum->writes, (size_t) sum->nwrites * sizeof (esc_write));
    }
  int nwrites = writes ? sum->nwrites : 0;
  /* Texts live in the unit: the function that made them is freed.  */
  for (int k = 0; k < nflows; k++)
    flows[k].text = esc_arena_strdup (&unit->arena, flows[k].text);
  unsigned *flags = esc_xcalloc ((size_t) sum->nparams + 1,
				 sizeof (unsigned));
  if (sum->param_flags && sum->nparams > 0)
    memcpy (flags, sum->param_flags, (size_t) sum->nparams * sizeof (unsigned));
  if (old)
    {
      sum_release (old);
      old->nparams = sum->nparams;
      old->param_flags = flags;
      old->flows = flows;
      old->nflows = nflows;
      old->writes = writes;
      old->nwrites = nwrites;
      old->returns_heap |= sum->returns_heap;
      old->returns_nonlocal |= sum->returns_nonlocal;
      old->returns_unknown |= sum->returns_unknown;
      return 1;
    }
  ESC_GROW (unit->sums, unit->nsums, unit->csums);
  memmove (unit->sums + i + 1, unit->sums + i,
	   (unit->nsums - i) * sizeof (esc_sumrec));
  unit->nsums++;
  unit->sums[i].uid = uid;
  unit->sums[i].sum = *sum;
  unit->sums[i].sum.param_flags = flags;
  unit->sums[i].sum.flows = flows;
  unit->sums[i].sum.nflows = nflows;
  unit->sums[i].sum.writes = writes;
  unit->sums[i].sum.nwrites = nwrites;
  return 1;
}

void
esc_unit_seed (esc_unit *unit, int uid, int nparams)
{
  if (!unit || uid < 0 || esc_unit_summary (unit, uid))
    return;
  esc_summary empty;
  memset (&empty, 0, sizeof empty);
  empty.nparams = nparams > 0 ? nparams : 0;
  esc_unit_record (unit, uid, &empty);
}

/* Name argument ARG of CALLEE a sink.  */
void
esc_unit_add_sink (esc_unit *unit, const char *name, int arg)
{
  if (!unit || !name || arg < 0)
    return;
  ESC_GROW (unit->sinks, unit->nsinks, unit->csinks);
  unit->sinks[unit->nsinks].name = esc_arena_strdup (&unit->arena, name);
  unit->sinks[unit->nsinks].arg = arg;
  unit->nsinks++;
}

/* Nonzero if argument ARG of CALLEE is a sink of UNIT.  */
int
esc_unit_sink_p (const esc_unit *unit, const char *callee, int arg)
{
  if (!unit || !callee)
    return 0;
  for (size_t i = 0; i < unit->nsinks; i++)
    if (unit->sinks[i].arg == arg && strcmp (unit->sinks[i].name, callee) == 0)
      return 1;
  return 0;
}
