/* gcc-escape: the solver against a naive reference, on random problems.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Generates random constraint problems (address-of, copies with and
   without offsets, loads, stores, unknown offsets that collapse objects),
   solves them with the core's worklist solver (difference propagation,
   cycle collapsing, deferred object collapse) and with a naive
   fixed-point iteration over bitsets written here from the semantics, and
   compares every variable's points-to set at object granularity.  Then
   times the solver on one large random function.  Same output format as
   test_core.c.  */

#include "escape/core.h"

static const esc_pos NOPOS = { NULL, 0, 0, 0 };

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"

/* A small deterministic generator (xorshift).  */
static uint64_t rng = 88172645463325252ULL;
static unsigned
rnd (unsigned n)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned) (rng % n);
}

enum { MAXO = 12, SLOTS = 64, MAXV = 60, MAXC = 200 };
enum { A_ADDR, A_COPY, A_LOAD, A_STORE };
#define NLOC (MAXO * SLOTS)
#define WORDS ((NLOC + 63) / 64)

typedef struct { int kind, d, s; int64_t off; } rcons;
typedef struct { uint64_t w[WORDS]; } bits;

static int nobj, nvar, ncons;
static int osize[MAXO];
static rcons cons[MAXC];
static bits vpts[MAXV], content[NLOC];
static int coll[MAXO];
static int changed;

/* Set bit L of B.  */
static void
bset (bits *b, int l)
{
  if (!(b->w[l / 64] & (1ULL << (l % 64))))
    {
      b->w[l / 64] |= 1ULL << (l % 64);
      changed = 1;
    }
}

/* B |= C.  */
static void
bor (bits *b, const bits *c)
{
  for (int i = 0; i < WORDS; i++)
    if (c->w[i] & ~b->w[i])
      {
	b->w[i] |= c->w[i];
	changed = 1;
      }
}

/* Collapse object O: its contents move to slot 0.  */
static void
collapse (int o)
{
  if (coll[o])
    return;
  coll[o] = 1;
  changed = 1;
  for (int k = 1; k < SLOTS; k++)
    bor (&content[o * SLOTS], &content[o * SLOTS + k]);
}

/* Location L moved by OFF under the core's rules.  */
static int
shift (int l, int64_t off)
{
  int o = l / SLOTS, k = l % SLOTS;
  if (off == ESC_OFF_ANY)
    {
      collapse (o);
      return o * SLOTS;
    }
  if (coll[o])
    return o * SLOTS;
  int64_t nk = k + off;
  if (nk < 0 || nk >= osize[o])
    {
      collapse (o);
      return o * SLOTS;
    }
  return o * SLOTS + (int) nk;
}

/* Content bitset of location L.  */
static bits *
cont (int l)
{
  int o = l / SLOTS;
  return coll[o] ? &content[o * SLOTS] : &content[l];
}

/* Solve the problem naively.  */
static void
reference (void)
{
  memset (vpts, 0, sizeof vpts);
  memset (content, 0, sizeof content);
  memset (coll, 0, sizeof coll);
  do
    {
      changed = 0;
      for (int i = 0; i < ncons; i++)
	{
	  rcons *c = &cons[i];
	  switch (c->kind)
	    {
	    case A_ADDR:
	      bset (&vpts[c->d], shift (c->s * SLOTS, c->off));
	      break;
	    case A_COPY:
	      for (int l = 0; l < NLOC; l++)
		if (vpts[c->s].w[l / 64] & (1ULL << (l % 64)))
		  bset (&vpts[c->d], shift (l, c->off));
	      break;
	    case A_LOAD:
	      for (int l = 0; l < NLOC; l++)
		if (vpts[c->s].w[l / 64] & (1ULL << (l % 64)))
		  {
		    bits tmp = *cont (shift (l, c->off));
		    bor (&vpts[c->d], &tmp);
		  }
	      break;
	    default:
	      for (int l = 0; l < NLOC; l++)
		if (vpts[c->d].w[l / 64] & (1ULL << (l % 64)))
		  {
		    bits tmp = vpts[c->s];
		    bor (cont (shift (l, c->off)), &tmp);
		  }
	      break;
	    }
	}
    }
  while (changed);
}

/* Half the problems avoid unknown and negative offsets, so that objects
   stay field-sensitive.  */
static int tame;

/* A random offset: mostly 0, sometimes a constant, rarely unknown.  */
static int64_t
rnd_off (int any_p)
{
  unsigned r = rnd (20);
  if (r < 12)
    return 0;
  if (r < 18 || tame)
    return tame ? (int64_t) rnd (3) * 4 : (int64_t) rnd (5) * 4 - 4;
  return any_p ? ESC_OFF_ANY : 8;
}

/* Generate problem number SEED.  */
static void
generate (void)
{
  tame = (int) rnd (2);
  nobj = 2 + (int) rnd (MAXO - 2);
  nvar = 4 + (int) rnd (MAXV - 4);
  ncons = 4 + (int) rnd (MAXC - 4);
  for (int o = 0; o < nobj; o++)
    osize[o] = tame ? 64 : 8 * (1 + (int) rnd (6));
  for (int i = 0; i < ncons; i++)
    {
      rcons *c = &cons[i];
      c->kind = (int) rnd (4);
      c->d = (int) rnd ((unsigned) nvar);
      if (c->kind == A_ADDR)
	{
	  c->s = (int) rnd ((unsigned) nobj);
	  c->off = rnd (10) == 0 && !tame ? ESC_OFF_ANY
				 : (int64_t) rnd ((unsigned) osize[c->s] / 4) * 4;
	}
      else
	{
	  c->s = (int) rnd ((unsigned) nvar);
	  c->off = rnd_off (rnd (3) == 0);
	}
    }
}

/* Solve the current problem with the core; nonzero if it agrees.  */
static int
compare (esc_unit *unit)
{
  esc_pos pos = { "r.c", 1, 1, 0 };
  esc_fn *fn = esc_fn_new (unit, "r", -1, pos, 0);
  esc_obj objs[MAXO];
  esc_node vars[MAXV];
  for (int o = 0; o < nobj; o++)
    objs[o] = esc_obj_new (fn, ESC_OBJ_LOCAL, "o", pos, osize[o]);
  for (int v = 0; v < nvar; v++)
    vars[v] = esc_var_new (fn, "v");
  for (int i = 0; i < ncons; i++)
    {
      rcons *c = &cons[i];
      switch (c->kind)
	{
	case A_ADDR: esc_addr (fn, vars[c->d], objs[c->s], c->off, pos); break;
	case A_COPY: esc_copy (fn, vars[c->d], vars[c->s], c->off, pos); break;
	case A_LOAD: esc_load (fn, vars[c->d], vars[c->s], c->off, pos); break;
	default: esc_store (fn, vars[c->d], c->off, vars[c->s], pos); break;
	}
    }
  esc_fn_solve (fn);
  reference ();
  int ok = 1;
  for (int v = 0; v < nvar && ok; v++)
    {
      int want[MAXO] = { 0 };
      for (int l = 0; l < NLOC; l++)
	if (vpts[v].w[l / 64] & (1ULL << (l % 64)))
	  want[l / SLOTS] = 1;
      esc_obj out[MAXO + 8];
      size_t n = esc_fn_points_to (fn, vars[v], out, MAXO + 8);
      int got[MAXO] = { 0 };
      for (size_t i = 0; i < n && i < MAXO + 8; i++)
	if (out[i] >= objs[0] && out[i] < objs[0] + (esc_obj) nobj)
	  got[out[i] - objs[0]] = 1;
	else
	  ok = 0;
      for (int o = 0; o < nobj; o++)
	if (want[o] != got[o])
	  ok = 0;
      if (!ok)
	printf ("mismatch on variable %d\n", v);
    }
  esc_fn_free (fn);
  return ok;
}

/* One large random function, timed.  */
static void
big (esc_unit *unit)
{
  enum { V = 30000, O = 400, C = 90000 };
  esc_pos pos = { "big.c", 1, 1, 0 };
  clock_t t0 = clock ();
  esc_fn *fn = esc_fn_new (unit, "big", 1, pos, 2);
  static esc_obj objs[O];
  static esc_node vars[V];
  for (int o = 0; o < O; o++)
    objs[o] = esc_obj_new (fn, o % 7 ? ESC_OBJ_LOCAL : ESC_OBJ_GLOBAL, "o",
			   pos, 8 * (1 + (int) rnd (8)));
  for (int v = 0; v < V; v++)
    vars[v] = esc_var_new (fn, "v");
  esc_param_bind (fn, 0, vars[0], "a", 1, NOPOS, -1);
  esc_param_bind (fn, 1, vars[1], "b", 1, NOPOS, -1);
  /* Mostly local flow (SSA-like: near variables), some memory traffic.  */
  for (int i = 0; i < C; i++)
    {
      int d = (int) rnd (V);
      int s = d > 50 ? d - 1 - (int) rnd (50) : (int) rnd (V);
      pos.line = i + 1;
      switch (rnd (10))
	{
	case 0:
	  esc_addr (fn, vars[d], objs[rnd (O)], 0, pos);
	  break;
	case 1: case 2: case 3: case 4:
	  esc_copy (fn, vars[d], vars[s], rnd (8) ? 0 : 8, pos);
	  break;
	case 5: case 6:
	  esc_load (fn, vars[d], vars[s], (int64_t) rnd (4) * 8, pos);
	  break;
	case 7: case 8:
	  esc_store (fn, vars[d], (int64_t) rnd (4) * 8, vars[s], pos);
	  break;
	default:
	  esc_return (fn, vars[s], pos);
	  break;
	}
    }
  esc_fn_solve (fn);
  esc_fn_stats st;
  esc_fn_get_stats (fn, &st);
  const esc_finding *f;
  size_t nf = esc_fn_findings (fn, &f);
  esc_fn_free (fn);
  double ms = (double) (clock () - t0) * 1000.0 / CLOCKS_PER_SEC;
  printf ("big: %zu nodes, %zu constraints, %zu pops, %zu merged, "
	  "%zu findings: %.1f ms\n", st.nodes, st.constraints, st.iterations,
	  st.collapsed, nf, ms);
  CHECK ("random: large function solves", st.iterations > 0 && nf > 0);
}

/* A large function shaped like real code (the interpreter loop of an
   amalgamation): SSA chains, locals whose address is taken now and then,
   field accesses, calls to unknown functions, few phis.  Timed.  */
static void
sparse (esc_unit *unit)
{
  enum { V = 60000, O = 2000, C = 60000 };
  esc_pos pos = { "sparse.c", 1, 1, 0 };
  clock_t t0 = clock ();
  esc_fn *fn = esc_fn_new (unit, "sparse", 2, pos, 4);
  static esc_obj objs[O];
  static esc_node vars[V];
  for (int o = 0; o < O; o++)
    objs[o] = esc_obj_new (fn, o % 50 ? ESC_OBJ_LOCAL : ESC_OBJ_GLOBAL, "o",
			   pos, 64);
  for (int v = 0; v < V; v++)
    vars[v] = esc_var_new (fn, "v");
  for (int i = 0; i < 4; i++)
    esc_param_bind (fn, i, vars[i], "p", 1, NOPOS, -1);
  for (int i = 4; i < C; i++)
    {
      int d = i;
      int s = i - 1 - (int) rnd (i < 20 ? (unsigned) i - 1 : 20);
      int obj = (int) ((unsigned) i * (O - 1) / C) + (int) rnd (2);
      pos.line = i;
      unsigned r = rnd (100);
      if (r < 10)
	esc_addr (fn, vars[d], objs[obj], (int64_t) rnd (8) * 8, pos);
      else if (r < 50)
	esc_copy (fn, vars[d], vars[s], rnd (4) ? 0 : (int64_t) rnd (8) * 8,
		  pos);
      else if (r < 65)
	esc_load (fn, vars[d], vars[s], (int64_t) rnd (8) * 8, pos);
      else if (r < 80)
	esc_store (fn, vars[s], (int64_t) rnd (8) * 8,
		   vars[s - (s > 10 ? (int) rnd (10) : 0)], pos);
      else if (r < 95)
	{
	  esc_arg a[2] = { { vars[s], 0, 0 }, { vars[d - 1], 0, 0 } };
	  esc_call_info ci = { "unknown", -1, 0, 0, 0, vars[d], a, 2, NULL, pos,
			       pos, 0, 0, 0, NULL, 0 };
	  esc_call (fn, &ci);
	}
      else
	esc_copy (fn, vars[d], vars[rnd ((unsigned) i)], 0, pos);
    }
  esc_fn_solve (fn);
  esc_fn_stats st;
  esc_fn_get_stats (fn, &st);
  const esc_finding *f;
  size_t nf = esc_fn_findings (fn, &f);
  esc_fn_free (fn);
  double ms = (double) (clock () - t0) * 1000.0 / CLOCKS_PER_SEC;
  printf ("sparse: %zu nodes, %zu constraints, %zu pops, %zu merged, "
	  "%zu findings: %.1f ms\n", st.nodes, st.constraints, st.iterations,
	  st.collapsed, nf, ms);
  /* Timings belong in the benchmark (make bench); here only the result
     counts.  */
  CHECK ("random: sparse large function solves", st.iterations > 0 && nf > 0);
}

int
main (void)
{
  esc_unit *unit = esc_unit_new (NULL);
  int bad = 0, ncoll = 0;
  long nonempty = 0;
  for (int t = 0; t < 400; t++)
    {
      generate ();
      if (!compare (unit))
	{
	  printf ("problem %d disagrees with the reference\n", t);
	  bad++;
	}
      for (int o = 0; o < nobj; o++)
	if (coll[o])
	  {
	    ncoll++;
	    break;
	  }
      for (int v = 0; v < nvar; v++)
	for (int i = 0; i < WORDS; i++)
	  if (vpts[v].w[i])
	    {
	      nonempty++;
	      break;
	    }
    }
  printf ("random: %d problems with collapsed objects, %ld non-empty sets\n",
	  ncoll, nonempty);
  CHECK ("random: the problems are not trivial", ncoll > 50 && nonempty > 1000);
  CHECK ("random: 400 problems agree with the reference", bad == 0);
  sparse (unit);
  big (unit);
  esc_unit_free (unit);
  printf ("%d passed, %d failed\n", npass, nfail);
  return nfail ? 1 : 0;
}
