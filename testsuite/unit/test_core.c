/* gcc-escape: unit tests of the analysis core (no GCC in the loop).

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Each test builds a function's constraints by hand, the way the glue
   would for a small C function shown in its comment, solves it, and
   checks points-to sets, escape states, findings, messages, summaries
   and dumps.  Prints "PASS: name" / "FAIL: name (file:line)" per check
   and "N passed, M failed" at the end; exits 1 on any failure.  */

#include "escape/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int esc_libmodel_sorted_p (void);

#include "check.h"

/* A position on LINE of t.c.  */
static esc_pos
L (int line)
{
  esc_pos p = { "t.c", line, 3, (uint64_t) line };
  return p;
}

static const esc_pos NOPOS = { NULL, 0, 0, 0 };

/* Nonzero if NODE's points-to set is exactly OBJS[0..N).  */
static int
pts_is (esc_fn *fn, esc_node node, const esc_obj *objs, size_t n)
{
  esc_obj out[64];
  size_t k = esc_fn_points_to (fn, node, out, 64);
  if (k != n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (out[i] != objs[i])
      return 0;
  return 1;
}

/* Nonzero if NODE may point to OBJ.  */
static int
pts_has (esc_fn *fn, esc_node node, esc_obj obj)
{
  esc_obj out[256];
  size_t k = esc_fn_points_to (fn, node, out, 256);
  for (size_t i = 0; i < k && i < 256; i++)
    if (out[i] == obj)
      return 1;
  return 0;
}

/* The finding for rule RULE and object name NAME, or NULL.  */
static const esc_finding *
find_finding (esc_fn *fn, esc_rule rule, const char *name)
{
  const esc_finding *f;
  size_t n = esc_fn_findings (fn, &f);
  for (size_t i = 0; i < n; i++)
    if (f[i].rule == rule
	&& ((!name && !f[i].obj_name)
	    || (name && f[i].obj_name && !strcmp (name, f[i].obj_name))))
      return &f[i];
  return NULL;
}

static esc_unit *unit;

/* A fresh function F with NPARAMS parameters.  */
static esc_fn *
new_fn (const char *name, int uid, int nparams)
{
  return esc_fn_new (unit, name, uid, L (1), nparams);
}

/* p = &x; q = p;  */
static void
test_simple (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", L (2), 4);
  esc_node p = esc_var_new (fn, "p"), q = esc_var_new (fn, "q");
  esc_node r = esc_var_new (fn, "r");
  esc_addr (fn, p, x, 0, L (3));
  esc_copy (fn, q, p, 0, L (4));
  esc_addr (fn, r, y, 0, L (5));
  esc_copy (fn, r, q, 0, L (6));
  esc_fn_solve (fn);
  CHECK ("simple: addr", pts_is (fn, p, &x, 1));
  CHECK ("simple: copy", pts_is (fn, q, &x, 1));
  esc_obj xy[2] = { x, y };
  CHECK ("simple: union of two", pts_is (fn, r, xy, 2));
  CHECK ("simple: no findings", esc_fn_findings (fn, NULL) == 0);
  CHECK ("simple: x does not escape", !esc_fn_obj_escapes_p (fn, x, NULL));
  esc_fn_free (fn);
}

/* struct { int *a; int *b; } s; s.b = &x; r = s.b; r0 = s.a;
   t = &s; u = t + 8; *u = &y; v = *(t + 8);  */
static void
test_fields (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj s = esc_obj_new (fn, ESC_OBJ_LOCAL, "s", L (2), 16);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", L (2), 4);
  esc_node ps = esc_var_new (fn, NULL), px = esc_var_new (fn, NULL);
  esc_node py = esc_var_new (fn, NULL);
  esc_node r = esc_var_new (fn, "r"), r0 = esc_var_new (fn, "r0");
  esc_node t = esc_var_new (fn, "t"), u = esc_var_new (fn, "u");
  esc_node v = esc_var_new (fn, "v");
  esc_addr (fn, ps, s, 0, L (3));
  esc_addr (fn, px, x, 0, L (3));
  esc_addr (fn, py, y, 0, L (3));
  esc_store (fn, ps, 8, px, L (3));
  esc_load (fn, r, ps, 8, L (4));
  esc_load (fn, r0, ps, 0, L (5));
  esc_copy (fn, t, ps, 0, L (6));
  esc_copy (fn, u, t, 8, L (7));
  esc_store (fn, u, 0, py, L (8));
  esc_load (fn, v, t, 8, L (9));
  esc_fn_solve (fn);
  esc_obj xy[2] = { x, y };
  CHECK ("fields: load of stored field", pts_is (fn, r, xy, 2));
  CHECK ("fields: other field empty", pts_is (fn, r0, NULL, 0));
  CHECK ("fields: offset arithmetic", pts_is (fn, v, xy, 2));
  CHECK ("fields: u points to s", pts_is (fn, u, &s, 1));
  esc_fn_free (fn);
}

/* int *a[4]; p = &a; q = p + i; *q = &x; r = *(p + 16); r2 = a[0];  */
static void
test_collapse (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj a = esc_obj_new (fn, ESC_OBJ_LOCAL, "a", L (2), 32);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_node p = esc_var_new (fn, "p"), q = esc_var_new (fn, "q");
  esc_node px = esc_var_new (fn, NULL), r = esc_var_new (fn, "r");
  esc_node r2 = esc_var_new (fn, "r2"), r3 = esc_var_new (fn, "r3");
  esc_addr (fn, p, a, 0, L (3));
  esc_load (fn, r3, p, 8, L (3)); /* a field that exists before collapse */
  esc_copy (fn, q, p, ESC_OFF_ANY, L (4));
  esc_addr (fn, px, x, 0, L (5));
  esc_store (fn, q, 0, px, L (5));
  esc_load (fn, r, p, 16, L (6));
  esc_load (fn, r2, p, 0, L (7));
  esc_fn_solve (fn);
  CHECK ("collapse: any offset sees the store", pts_is (fn, r, &x, 1));
  CHECK ("collapse: offset 0 too", pts_is (fn, r2, &x, 1));
  CHECK ("collapse: earlier field merged", pts_is (fn, r3, &x, 1));
  esc_fn_free (fn);

  /* for (p = buf; ...; p = p + 8) *p = &x;  -- an offset cycle ends.  */
  fn = new_fn ("g", -1, 0);
  esc_obj buf = esc_obj_new (fn, ESC_OBJ_LOCAL, "buf", L (2), -1);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_node p0 = esc_var_new (fn, "p"), p1 = esc_var_new (fn, "p");
  px = esc_var_new (fn, NULL);
  r = esc_var_new (fn, "r");
  esc_addr (fn, p0, buf, 0, L (3));
  esc_copy (fn, p1, p0, 0, L (3));
  esc_copy (fn, p1, p1, 8, L (4));
  esc_addr (fn, px, x, 0, L (5));
  esc_store (fn, p1, 0, px, L (5));
  esc_load (fn, r, p0, 4000, L (6));
  esc_fn_solve (fn);
  CHECK ("collapse: offset cycle terminates", pts_is (fn, r, &x, 1));
  esc_fn_free (fn);
}

/* a = b; b = c; c = a; c = &x;  */
static void
test_cycle (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_node a = esc_var_new (fn, "a"), b = esc_var_new (fn, "b");
  esc_node c = esc_var_new (fn, "c"), d = esc_var_new (fn, "d");
  esc_copy (fn, a, b, 0, L (3));
  esc_copy (fn, b, c, 0, L (4));
  esc_copy (fn, c, a, 0, L (5));
  esc_addr (fn, c, x, 0, L (6));
  esc_copy (fn, d, a, 0, L (7));
  esc_fn_solve (fn);
  CHECK ("cycle: a and b merged", esc_fn_same_rep_p (fn, a, b));
  CHECK ("cycle: a and c merged", esc_fn_same_rep_p (fn, a, c));
  CHECK ("cycle: d not merged", !esc_fn_same_rep_p (fn, a, d));
  CHECK ("cycle: sets", pts_is (fn, a, &x, 1) && pts_is (fn, d, &x, 1));
  esc_fn_stats st;
  esc_fn_get_stats (fn, &st);
  CHECK ("cycle: stats count merges", st.collapsed >= 2);
  esc_fn_free (fn);

  /* A cycle through memory, found after solving starts:
     p = &s; t = *p; *p = t; t2 = t; *p = t2  (t, t2, content(s)).  */
  fn = new_fn ("g", -1, 0);
  esc_obj s = esc_obj_new (fn, ESC_OBJ_LOCAL, "s", L (2), 8);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_node p = esc_var_new (fn, "p"), t = esc_var_new (fn, "t");
  esc_node t2 = esc_var_new (fn, "t2"), px = esc_var_new (fn, NULL);
  esc_addr (fn, p, s, 0, L (3));
  esc_load (fn, t, p, 0, L (4));
  esc_copy (fn, t2, t, 0, L (5));
  esc_store (fn, p, 0, t2, L (6));
  esc_addr (fn, px, x, 0, L (7));
  esc_store (fn, p, 0, px, L (7));
  esc_fn_solve (fn);
  CHECK ("cycle: through memory, sets", pts_is (fn, t2, &x, 1));
  esc_fn_free (fn);
}

/* n0 = &x; n1 = n0; ... n10000 = n9999;  and the same closed into a
   cycle.  */
static void
test_chain (void)
{
  enum { N = 10000 };
  clock_t t0 = clock ();
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", L (2), 4);
  static esc_node n[N + 1];
  for (int i = 0; i <= N; i++)
    n[i] = esc_var_new (fn, "n");
  /* Built backwards so a naive solver would revisit nodes.  */
  for (int i = N; i > 0; i--)
    esc_copy (fn, n[i], n[i - 1], 0, L (3));
  esc_addr (fn, n[0], x, 0, L (4));
  esc_addr (fn, n[N / 2], y, 0, L (5));
  esc_fn_solve (fn);
  esc_obj xy[2] = { x, y };
  CHECK ("chain: head", pts_is (fn, n[0], &x, 1));
  CHECK ("chain: before the middle", pts_is (fn, n[N / 2 - 1], &x, 1));
  CHECK ("chain: tail", pts_is (fn, n[N], xy, 2));
  esc_fn_stats st;
  esc_fn_get_stats (fn, &st);
  CHECK ("chain: linear work", st.iterations <= 2 * (N + 1));
  esc_fn_free (fn);

  fn = new_fn ("g", -1, 0);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  for (int i = 0; i <= N; i++)
    n[i] = esc_var_new (fn, "n");
  for (int i = 1; i <= N; i++)
    esc_copy (fn, n[i], n[i - 1], 0, L (3));
  esc_copy (fn, n[0], n[N], 0, L (3));
  esc_addr (fn, n[N / 3], x, 0, L (4));
  esc_return (fn, n[7], L (9));
  esc_fn_solve (fn);
  CHECK ("chain: cycle merged", esc_fn_same_rep_p (fn, n[0], n[N]));
  CHECK ("chain: cycle set", pts_is (fn, n[N / 2], &x, 1));
  CHECK ("chain: cycle return finding",
	 find_finding (fn, ESC_RULE_RETURN, "x") != NULL);
  esc_fn_free (fn);
  /* The time is printed for information; the work bound above is what
     is checked (timings belong in make bench).  */
  double ms = (double) (clock () - t0) * 1000.0 / CLOCKS_PER_SEC;
  printf ("chain: 2 x 10k copies solved in %.1f ms\n", ms);
}

/* int *f (void) { int x; int *p = &x; int *q = p; return q; }  */
static void
test_return (void)
{
  esc_fn *fn = new_fn ("f", 1, 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_node p = esc_var_new (fn, "p"), q = esc_var_new (fn, "q");
  esc_node t = esc_var_new (fn, NULL);
  esc_addr (fn, p, x, 0, L (3));
  esc_copy (fn, q, p, 0, L (4));
  esc_copy (fn, t, q, 0, NOPOS);
  esc_return (fn, t, NOPOS); /* GCC's merged return: no location */
  esc_fn_solve (fn);
  const esc_finding *f = find_finding (fn, ESC_RULE_RETURN, "x");
  CHECK ("return: direct finding", f != NULL);
  CHECK ("return: message",
	 f && !strcmp (f->message,
		       "address of local variable 'x' is returned from 'f'"));
  CHECK ("return: sink is the last located step", f && f->pos.line == 4);
  CHECK ("return: object position", f && f->obj_pos.line == 2);
  CHECK ("return: steps object first",
	 f && f->nsteps == 2 && f->steps[0].kind == ESC_STEP_ADDR
	   && f->steps[0].pos.line == 3
	   && !strcmp (f->steps[0].text, "address of 'x' is taken here")
	   && f->steps[1].kind == ESC_STEP_COPY
	   && !strcmp (f->steps[1].text, "copied into 'q'"));
  esc_rule rule;
  CHECK ("return: escape state",
	 esc_fn_obj_escapes_p (fn, x, &rule) && rule == ESC_RULE_RETURN);
  esc_fn_free (fn);

  /* struct n *f (void) { int x; struct n *h = malloc (16);
     h->p = &x; return h; }  */
  fn = new_fn ("f", 2, 0);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_node h = esc_var_new (fn, "h"), px = esc_var_new (fn, NULL);
  esc_arg a16 = { ESC_NONE, 1, 16 };
  esc_call_info ci = { "malloc", -1, 0, 0, 0, h, &a16, 1, NULL, NOPOS, L (3), 0, 0, 0, NULL, 0 };
  esc_call (fn, &ci);
  esc_addr (fn, px, x, 0, L (4));
  esc_store (fn, h, 8, px, L (4));
  esc_return (fn, h, L (5));
  esc_fn_solve (fn);
  /* Heap memory that is returned outlives the frame: a store into it.  */
  f = find_finding (fn, ESC_RULE_STORE, "x");
  CHECK ("return: through a heap object is a store", f != NULL);
  CHECK ("return: through a heap object, sink is the store",
	 f && f->pos.line == 4
	   && !strcmp (f->message, "address of local variable 'x' is stored "
			"into heap memory, which outlives 'f'"));
  CHECK ("return: through a heap object, steps end in return",
	 f && f->nsteps >= 3 && f->steps[f->nsteps - 1].kind == ESC_STEP_RETURN
	   && !strcmp (f->steps[f->nsteps - 1].text, "returned here"));
  CHECK ("return: no return finding for heap content",
	 find_finding (fn, ESC_RULE_RETURN, "x") == NULL);
  esc_fn_free (fn);

  /* struct big f (void) { int x; struct big r; r.p = &x; return r; }
     with R the return slot.  */
  fn = new_fn ("f", 3, 0);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj rs = esc_obj_new (fn, ESC_OBJ_RETSLOT, NULL, NOPOS, 64);
  esc_node pr = esc_var_new (fn, NULL);
  px = esc_var_new (fn, NULL);
  esc_addr (fn, pr, rs, 0, NOPOS);
  esc_addr (fn, px, x, 0, L (3));
  esc_store (fn, pr, 8, px, L (4));
  esc_fn_solve (fn);
  f = find_finding (fn, ESC_RULE_RETURN, "x");
  CHECK ("retslot: finding", f != NULL);
  CHECK ("retslot: sink is the store", f && f->pos.line == 4);
  CHECK ("retslot: display name",
	 !strcmp (esc_obj_display_name (fn, rs), "<retslot>"));
  esc_fn_free (fn);

  /* return (int[]){1}; : unnamed compound literal.  */
  fn = new_fn ("f", 4, 0);
  esc_obj cl = esc_obj_new (fn, ESC_OBJ_COMPOUND, NULL, L (7), 4);
  p = esc_var_new (fn, NULL);
  esc_addr (fn, p, cl, 0, L (7));
  esc_return (fn, p, L (7));
  esc_fn_solve (fn);
  f = find_finding (fn, ESC_RULE_RETURN, NULL);
  CHECK ("return: unnamed object message",
	 f && !strcmp (f->message,
		       "address of compound literal is returned from 'f'"));
  CHECK ("return: compound literal display name",
	 !strcmp (esc_obj_display_name (fn, cl), "compound literal@7"));
  esc_fn_free (fn);
}

/* int *g; struct s *gs;
   void f (int **out) { int x, y; struct s s; *out = &x; g = &y;
			s.p = &z; gs = &s; }  */
static void
test_store (void)
{
  esc_fn *fn = new_fn ("f", 10, 1);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", L (2), 4);
  esc_obj z = esc_obj_new (fn, ESC_OBJ_LOCAL, "z", L (2), 4);
  esc_obj s = esc_obj_new (fn, ESC_OBJ_LOCAL, "s", L (2), 16);
  esc_obj g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g", L (0), 8);
  esc_obj gs = esc_obj_new (fn, ESC_OBJ_GLOBAL, "gs", L (0), 8);
  esc_node out = esc_var_new (fn, "out");
  esc_obj cout = esc_param_bind (fn, 0, out, "out", 1, NOPOS, -1);
  esc_node px = esc_var_new (fn, NULL), py = esc_var_new (fn, NULL);
  esc_node pz = esc_var_new (fn, NULL), ps = esc_var_new (fn, NULL);
  esc_node pg = esc_var_new (fn, NULL), pgs = esc_var_new (fn, NULL);
  esc_addr (fn, px, x, 0, L (3));
  esc_store (fn, out, 0, px, L (3));
  esc_addr (fn, py, y, 0, L (4));
  esc_addr (fn, pg, g, 0, L (4));
  esc_store (fn, pg, 0, py, L (4));
  esc_addr (fn, pz, z, 0, L (5));
  esc_addr (fn, ps, s, 0, L (5));
  esc_store (fn, ps, 8, pz, L (5));
  esc_addr (fn, pgs, gs, 0, L (6));
  esc_store (fn, pgs, 0, ps, L (6));
  esc_fn_solve (fn);
  CHECK ("store: caller object display",
	 !strcmp (esc_obj_display_name (fn, cout), "*out"));
  const esc_finding *f = find_finding (fn, ESC_RULE_STORE, "x");
  CHECK ("store: into parameter memory",
	 f && !strcmp (f->message, "address of local variable 'x' is stored "
			"into memory pointed to by parameter 'out', which "
			"outlives 'f'"));
  CHECK ("store: sink line", f && f->pos.line == 3);
  f = find_finding (fn, ESC_RULE_STORE, "y");
  CHECK ("store: into global",
	 f && !strcmp (f->message, "address of local variable 'y' is stored "
			"into global 'g', which outlives 'f'"));
  f = find_finding (fn, ESC_RULE_STORE, "z");
  CHECK ("store: through a local struct", f != NULL);
  CHECK ("store: indirect sink is the store into the global",
	 f && f->pos.line == 6 && strstr (f->message, "global 'gs'"));
  CHECK ("store: indirect steps",
	 f && f->nsteps >= 3 && f->steps[0].kind == ESC_STEP_ADDR
	   && f->steps[1].kind == ESC_STEP_STORE
	   && !strcmp (f->steps[1].text, "stored into 's'"));
  CHECK ("store: s escapes too", find_finding (fn, ESC_RULE_STORE, "s"));
  esc_fn_free (fn);

  /* h = malloc (); h->p = &x; g = h;  */
  fn = new_fn ("f", 11, 0);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g", L (0), 8);
  esc_node h = esc_var_new (fn, "h");
  px = esc_var_new (fn, NULL);
  pg = esc_var_new (fn, NULL);
  esc_call_info ci = { "malloc", -1, 0, 0, 0, h, NULL, 0, NULL, NOPOS, L (3), 0, 0, 0, NULL, 0 };
  esc_call (fn, &ci);
  esc_addr (fn, px, x, 0, L (4));
  esc_store (fn, h, 0, px, L (4));
  esc_addr (fn, pg, g, 0, L (5));
  esc_store (fn, pg, 0, h, L (5));
  esc_fn_solve (fn);
  f = find_finding (fn, ESC_RULE_STORE, "x");
  /* Heap memory is a step, like a local struct: the sink is the store
     that publishes it.  */
  CHECK ("store: through heap memory, sink is the publishing store",
	 f && f->pos.line == 5 && strstr (f->message, "global 'g'")
	   && f->nsteps >= 3 && !strcmp (f->steps[1].text,
					  "stored into 'heap@3'"));
  esc_fn_free (fn);

  /* No escape: struct s s; s.p = &x; use (s.p);  */
  fn = new_fn ("f", 12, 0);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  s = esc_obj_new (fn, ESC_OBJ_LOCAL, "s", L (2), 16);
  px = esc_var_new (fn, NULL);
  ps = esc_var_new (fn, NULL);
  esc_node r = esc_var_new (fn, "r");
  esc_addr (fn, px, x, 0, L (3));
  esc_addr (fn, ps, s, 0, L (3));
  esc_store (fn, ps, 0, px, L (3));
  esc_load (fn, r, ps, 0, L (4));
  esc_arg ar = { r, 0, 0 };
  esc_call_info cu = { "use", -1, 0, 0, 0, ESC_NONE, &ar, 1, NULL, NOPOS,
		       L (5), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cu);
  esc_fn_solve (fn);
  CHECK ("store: local struct does not escape",
	 esc_fn_findings (fn, NULL) == 0);
  esc_fn_free (fn);
}

/* The first flow of SUM of KIND whose source is parameter PARAM at LEVEL
   and, unless DST is -1, whose destination is parameter DST.  */
static const esc_flow *
find_flow (const esc_summary *sum, esc_flow_kind kind, int param, int level,
	   int dst)
{
  for (int i = 0; i < sum->nflows; i++)
    {
      const esc_flow *f = &sum->flows[i];
      if (f->kind == kind && f->src.param == param && f->src.level == level
	  && (dst < 0 || f->dst.param == dst))
	return f;
    }
  return NULL;
}

/* void push (struct l **list, struct l *n) { n->next = *list; *list = n; }
   int *id (int *p) { return p; }
   struct l *mk (void) { return malloc (8); }
   and a caller: push (&local, &a); push (&global, &b); q = id (&c);
   return q;  */
static void
test_summaries (void)
{
  esc_fn *fn = new_fn ("push", 100, 2);
  esc_node list = esc_var_new (fn, "list"), n = esc_var_new (fn, "n");
  esc_param_bind (fn, 0, list, "list", 1, NOPOS, -1);
  esc_param_bind (fn, 1, n, "n", 1, NOPOS, -1);
  esc_node t = esc_var_new (fn, NULL);
  esc_load (fn, t, list, 0, L (2));
  esc_store (fn, n, 0, t, L (2));
  esc_store (fn, list, 0, n, L (3));
  int changed = esc_fn_solve (fn);
  CHECK ("summary: new summary changes", changed);
  CHECK ("summary: solve twice solves once", esc_fn_solve (fn) == changed);
  const esc_summary *s = esc_unit_summary (unit, 100);
  CHECK ("summary: recorded", s && s->nparams == 2);
  CHECK ("summary: n is stored into *list",
	 s && find_flow (s, ESC_FLOW_STORE, 1, 0, 0) != NULL
	   && find_flow (s, ESC_FLOW_STORE, 1, 0, 0)->dst.level == 0);
  CHECK ("summary: *list is stored into *n (level 1)",
	 s && find_flow (s, ESC_FLOW_STORE, 0, 1, 1) != NULL);
  CHECK ("summary: nothing escapes or is returned",
	 s && !find_flow (s, ESC_FLOW_ESCAPE, 0, 0, -1)
	   && !find_flow (s, ESC_FLOW_ESCAPE, 1, 0, -1)
	   && !find_flow (s, ESC_FLOW_RESULT, 1, 0, -1));
  esc_param_info pi;
  /* (Flow-insensitively, n is also stored into *n: *list held n when
     it was read.)  */
  CHECK ("summary: param info of n",
	 esc_fn_param_info (fn, 1, &pi) && pi.pointer_p && pi.nleaks >= 1
	   && pi.leaks[0].kind == ESC_LEAK_PARAM && pi.leaks[0].to_param == 0
	   && !strcmp (pi.leaks[0].text, "stores it into memory pointed to "
		       "by parameter 'list'"));
  esc_fn_free (fn);

  fn = new_fn ("push", 100, 2);
  list = esc_var_new (fn, "list");
  n = esc_var_new (fn, "n");
  esc_param_bind (fn, 0, list, "list", 1, NOPOS, -1);
  esc_param_bind (fn, 1, n, "n", 1, NOPOS, -1);
  t = esc_var_new (fn, NULL);
  esc_load (fn, t, list, 0, L (2));
  esc_store (fn, n, 0, t, L (2));
  esc_store (fn, list, 0, n, L (3));
  CHECK ("summary: same summary does not change", esc_fn_solve (fn) == 0);
  esc_fn_free (fn);

  fn = new_fn ("id", 101, 1);
  esc_node p = esc_var_new (fn, "p");
  esc_param_bind (fn, 0, p, "p", 1, NOPOS, -1);
  esc_node p8 = esc_var_new (fn, NULL);
  esc_copy (fn, p8, p, 8, L (5));
  esc_return (fn, p8, L (5));
  esc_fn_solve (fn);
  s = esc_unit_summary (unit, 101);
  CHECK ("summary: to_return with offset",
	 s && find_flow (s, ESC_FLOW_RESULT, 0, 0, -1)
	   && find_flow (s, ESC_FLOW_RESULT, 0, 0, -1)->src.off == 8
	   && !find_flow (s, ESC_FLOW_ESCAPE, 0, 0, -1) && !s->returns_heap
	   && !s->returns_nonlocal);
  esc_fn_free (fn);

  /* A seed is the empty summary, and never replaces a summary.  */
  esc_unit_seed (unit, 104, 2);
  s = esc_unit_summary (unit, 104);
  CHECK ("summary: seed is empty",
	 s && s->nparams == 2 && s->nflows == 0 && !s->returns_heap
	   && !s->returns_nonlocal);
  esc_unit_seed (unit, 101, 1);
  s = esc_unit_summary (unit, 101);
  CHECK ("summary: seed keeps a summary",
	 s && find_flow (s, ESC_FLOW_RESULT, 0, 0, -1));

  fn = new_fn ("mk", 102, 0);
  esc_node h = esc_var_new (fn, "h");
  esc_call_info cm = { "malloc", -1, 0, 0, 0, h, NULL, 0, NULL, NOPOS, L (7), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cm);
  esc_return (fn, h, L (7));
  esc_fn_solve (fn);
  s = esc_unit_summary (unit, 102);
  CHECK ("summary: returns_heap", s && s->returns_heap);
  esc_fn_free (fn);

  fn = new_fn ("caller", 103, 0);
  esc_obj local = esc_obj_new (fn, ESC_OBJ_LOCAL, "local", L (10), 8);
  esc_obj a = esc_obj_new (fn, ESC_OBJ_LOCAL, "a", L (10), 8);
  esc_obj b = esc_obj_new (fn, ESC_OBJ_LOCAL, "b", L (10), 8);
  esc_obj c = esc_obj_new (fn, ESC_OBJ_LOCAL, "c", L (10), 8);
  esc_obj gl = esc_obj_new (fn, ESC_OBJ_GLOBAL, "global", L (0), 8);
  esc_node pl = esc_var_new (fn, NULL), pa = esc_var_new (fn, NULL);
  esc_node pb = esc_var_new (fn, NULL), pc = esc_var_new (fn, NULL);
  esc_node pgl = esc_var_new (fn, NULL), q = esc_var_new (fn, "q");
  esc_addr (fn, pl, local, 0, L (11));
  esc_addr (fn, pa, a, 0, L (11));
  esc_addr (fn, pgl, gl, 0, L (12));
  esc_addr (fn, pb, b, 0, L (12));
  esc_addr (fn, pc, c, 0, L (13));
  esc_arg a1[2] = { { pl, 0, 0 }, { pa, 0, 0 } };
  esc_call_info c1 = { "push", 100, 0, 0, 0, ESC_NONE, a1, 2, NULL, NOPOS,
		       L (11), 0, 0, 0, NULL, 0 };
  esc_call (fn, &c1);
  esc_arg a2[2] = { { pgl, 0, 0 }, { pb, 0, 0 } };
  esc_call_info c2 = { "push", 100, 0, 0, 0, ESC_NONE, a2, 2, NULL, NOPOS,
		       L (12), 0, 0, 0, NULL, 0 };
  esc_call (fn, &c2);
  esc_arg a3[3] = { { pc, 0, 0 }, { pa, 0, 0 }, { pb, 0, 0 } };
  esc_call_info c3 = { "id", 101, 0, 0, 0, q, a3, 3, NULL, NOPOS, L (13), 0, 0, 0, NULL, 0 };
  esc_call (fn, &c3);
  esc_return (fn, q, L (14));
  esc_fn_solve (fn);
  /* Pushed onto the global list, b escapes through rule queue; pushed
     onto the local list, a does not, nor does the local list.  */
  const esc_finding *f = find_finding (fn, ESC_RULE_QUEUE, "b");
  CHECK ("summary: applied, queue finding",
	 f && f->pos.line == 12
	   && !strcmp (f->message, "address of local variable 'b' is passed "
			"to 'push', which keeps it after returning")
	   && f->callee && !strcmp (f->callee, "push"));
  CHECK ("summary: queue steps", f && f->nsteps == 3
	 && f->steps[1].kind == ESC_STEP_CALL_ARG
	 && !strcmp (f->steps[1].text, "passed to 'push' as argument 2")
	 && f->steps[2].pos.line == 3
	 && !strcmp (f->steps[2].text, "'push' stores it into memory pointed "
		     "to by parameter 'list' here"));
  CHECK ("summary: pushed onto a local list, no finding",
	 !esc_fn_obj_escapes_p (fn, a, NULL)
	   && find_finding (fn, ESC_RULE_QUEUE, "a") == NULL);
  CHECK ("summary: list argument does not escape",
	 !esc_fn_obj_escapes_p (fn, local, NULL));
  f = find_finding (fn, ESC_RULE_RETURN, "c");
  CHECK ("summary: to_return flows", f != NULL && f->pos.line == 14);
  CHECK ("summary: call steps",
	 f && f->nsteps == 4 && f->steps[1].kind == ESC_STEP_CALL_ARG
	   && !strcmp (f->steps[1].text, "passed to 'id' as argument 1")
	   && f->steps[2].kind == ESC_STEP_CALL_RET
	   && !strcmp (f->steps[2].text, "returned by 'id'"));
  CHECK ("summary: varargs do not escape",
	 find_finding (fn, ESC_RULE_RETURN, "a") == NULL);
  esc_fn_free (fn);
}

/* Content copies (content.c).  void add (char *str) { g = *(str + ?); }
   copies the bytes of *str into a global: its summary says *(str + ?)
   escapes, not str.  void wrap (char *s) { add (s); } says the same.
   Callers: add (nb) with a buffer that holds no pointer (no finding),
   add (&s) with s.p = &x (x escapes, s does not), wrap (&t) with
   t.p = &y (y escapes through the wrapper, t does not).  */
static void
test_content (void)
{
  esc_fn *fn = new_fn ("add", 200, 1);
  esc_node str = esc_var_new (fn, "str");
  esc_param_bind (fn, 0, str, "str", 1, NOPOS, -1);
  esc_obj g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g", L (0), 8);
  esc_node pg = esc_var_new (fn, NULL), t = esc_var_new (fn, NULL);
  esc_addr (fn, pg, g, 0, L (2));
  esc_load (fn, t, str, ESC_OFF_ANY, L (2));
  esc_store (fn, pg, 0, t, L (2));
  esc_fn_solve (fn);
  const esc_summary *s = esc_unit_summary (unit, 200);
  const esc_flow *f = s ? find_flow (s, ESC_FLOW_ESCAPE, 0, 1, -1) : NULL;
  CHECK ("content: callee escapes *(str + ?)",
	 f && f->src.load_off == ESC_OFF_ANY
	   && !find_flow (s, ESC_FLOW_ESCAPE, 0, 0, -1));
  esc_fn_free (fn);

  fn = new_fn ("wrap", 201, 1);
  esc_node ws = esc_var_new (fn, "s");
  esc_param_bind (fn, 0, ws, "s", 1, NOPOS, -1);
  esc_arg wa[1] = { { ws, 0, 0 } };
  esc_call_info wc = { "add", 200, 0, 0, 0, ESC_NONE, wa, 1, NULL, NOPOS,
		       L (4), 0, 0, 0 };
  esc_call (fn, &wc);
  esc_fn_solve (fn);
  s = esc_unit_summary (unit, 201);
  f = s ? find_flow (s, ESC_FLOW_ESCAPE, 0, 1, -1) : NULL;
  CHECK ("content: wrapper escapes *(s + ?)",
	 f && f->src.load_off == ESC_OFF_ANY
	   && !find_flow (s, ESC_FLOW_ESCAPE, 0, 0, -1));
  esc_fn_free (fn);

  fn = new_fn ("caller", 202, 0);
  esc_obj nb = esc_obj_new (fn, ESC_OBJ_LOCAL, "nb", L (10), 8);
  esc_obj so = esc_obj_new (fn, ESC_OBJ_LOCAL, "s", L (10), 8);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (10), 4);
  esc_obj to = esc_obj_new (fn, ESC_OBJ_LOCAL, "t", L (10), 8);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", L (10), 4);
  esc_node pnb = esc_var_new (fn, NULL), ps = esc_var_new (fn, NULL);
  esc_node px = esc_var_new (fn, NULL), pt = esc_var_new (fn, NULL);
  esc_node py = esc_var_new (fn, NULL);
  esc_addr (fn, pnb, nb, 0, L (11));
  esc_addr (fn, ps, so, 0, L (12));
  esc_addr (fn, px, x, 0, L (12));
  esc_store (fn, ps, 0, px, L (12));
  esc_addr (fn, pt, to, 0, L (13));
  esc_addr (fn, py, y, 0, L (13));
  esc_store (fn, pt, 0, py, L (13));
  esc_arg a1[1] = { { pnb, 0, 0 } }, a2[1] = { { ps, 0, 0 } };
  esc_arg a3[1] = { { pt, 0, 0 } };
  esc_call_info c1 = { "add", 200, 0, 0, 0, ESC_NONE, a1, 1, NULL, NOPOS,
		       L (11), 0, 0, 0 };
  esc_call_info c2 = { "add", 200, 0, 0, 0, ESC_NONE, a2, 1, NULL, NOPOS,
		       L (12), 0, 0, 0 };
  esc_call_info c3 = { "wrap", 201, 0, 0, 0, ESC_NONE, a3, 1, NULL, NOPOS,
		       L (13), 0, 0, 0 };
  esc_call (fn, &c1);
  esc_call (fn, &c2);
  esc_call (fn, &c3);
  esc_fn_solve (fn);
  CHECK ("content: a buffer of bytes does not escape",
	 !esc_fn_obj_escapes_p (fn, nb, NULL)
	   && find_finding (fn, ESC_RULE_QUEUE, "nb") == NULL);
  CHECK ("content: the copied struct does not escape",
	 !esc_fn_obj_escapes_p (fn, so, NULL)
	   && !esc_fn_obj_escapes_p (fn, to, NULL));
  const esc_finding *fx = find_finding (fn, ESC_RULE_QUEUE, "x");
  CHECK ("content: what the struct holds escapes",
	 fx && fx->pos.line == 12 && fx->callee
	   && !strcmp (fx->callee, "add"));
  const esc_finding *fy = find_finding (fn, ESC_RULE_QUEUE, "y");
  CHECK ("content: ... through the wrapper",
	 fy && fy->pos.line == 13 && fy->callee
	   && !strcmp (fy->callee, "wrap"));
  esc_fn_free (fn);
}

/* The library model.  */
/* Outside memory in two: g_list->next = &x stores into <nonlocal> (the
   memory reached through a global); an unknown function's result points
   to <unknown>, so returning it is no finding, while returning what was
   loaded back from the global is.  Summaries keep the two apart.  */
static void
test_outside_split (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g_list", L (1), 8);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 8);
  esc_node pg = esc_var_new (fn, NULL), l = esc_var_new (fn, "l");
  esc_node px = esc_var_new (fn, NULL), r = esc_var_new (fn, "r");
  esc_addr (fn, pg, g, 0, L (3));
  esc_load (fn, l, pg, 0, L (3));
  esc_addr (fn, px, x, 0, L (3));
  esc_store (fn, l, 0, px, L (3));
  esc_call_info cu = { "pool_alloc", -1, 0, 0, 0, r, NULL, 0, NULL, NOPOS,
		       L (4), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cu);
  esc_return (fn, r, L (5));
  esc_fn_solve (fn);
  esc_obj out[8];
  size_t k = esc_fn_points_to (fn, l, out, 8);
  CHECK ("outside: a pointer loaded from a global is <nonlocal>",
	 k == 1 && !strcmp (esc_obj_display_name (fn, out[0]), "<nonlocal>")
	   && out[0] != esc_obj_nonlocal (fn));
  CHECK ("outside: an unknown result is <unknown>",
	 pts_is (fn, r, (esc_obj[]) { esc_obj_nonlocal (fn) }, 1)
	   && !strcmp (esc_obj_display_name (fn, esc_obj_nonlocal (fn)),
		       "<unknown>"));
  CHECK ("outside: the store is a finding",
	 find_finding (fn, ESC_RULE_STORE, "x") != NULL);
  CHECK ("outside: returning the unknown result is not",
	 find_finding (fn, ESC_RULE_RETURN, "x") == NULL);
  esc_fn_free (fn);

  /* The twin: the value is loaded back through the global.  */
  fn = new_fn ("f", -1, 0);
  g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g_list", L (1), 8);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 8);
  pg = esc_var_new (fn, NULL);
  l = esc_var_new (fn, "l");
  px = esc_var_new (fn, NULL);
  r = esc_var_new (fn, "r");
  esc_addr (fn, pg, g, 0, L (3));
  esc_load (fn, l, pg, 0, L (3));
  esc_addr (fn, px, x, 0, L (3));
  esc_store (fn, l, 0, px, L (3));
  esc_node l2 = esc_var_new (fn, "l2");
  esc_load (fn, l2, pg, 0, L (4));
  esc_load (fn, r, l2, 0, L (4));
  esc_return (fn, r, L (5));
  esc_fn_solve (fn);
  CHECK ("outside: reading it back through the global is a return",
	 find_finding (fn, ESC_RULE_RETURN, "x") != NULL
	   && find_finding (fn, ESC_RULE_STORE, "x") != NULL);
  esc_fn_free (fn);

  /* Summaries: a wrapper of an unknown function returns <unknown>, a
     function returning a pointer it loaded from a global <nonlocal>.  */
  fn = new_fn ("get", 120, 0);
  r = esc_var_new (fn, "r");
  cu.ret = r;
  esc_call (fn, &cu);
  esc_return (fn, r, L (5));
  esc_fn_solve (fn);
  const esc_summary *s = esc_unit_summary (unit, 120);
  CHECK ("outside: wrapper summary returns unknown",
	 s && s->returns_unknown && !s->returns_nonlocal);
  esc_fn_free (fn);
  fn = new_fn ("first", 121, 0);
  g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g_list", L (1), 8);
  pg = esc_var_new (fn, NULL);
  r = esc_var_new (fn, "r");
  esc_addr (fn, pg, g, 0, L (3));
  esc_load (fn, r, pg, 0, L (3));
  esc_return (fn, r, L (5));
  esc_fn_solve (fn);
  s = esc_unit_summary (unit, 121);
  CHECK ("outside: loading summary returns nonlocal",
	 s && s->returns_nonlocal && !s->returns_unknown);
  esc_fn_free (fn);
  fn = new_fn ("f", -1, 0);
  esc_node a = esc_var_new (fn, "a"), b = esc_var_new (fn, "b");
  esc_call_info cg = { "get", 120, 0, 0, 0, a, NULL, 0, NULL, NOPOS, L (2),
		       0, 0, 0, NULL, 0 };
  esc_call (fn, &cg);
  esc_call_info cf = { "first", 121, 0, 0, 0, b, NULL, 0, NULL, NOPOS, L (3),
		       0, 0, 0, NULL, 0 };
  esc_call (fn, &cf);
  esc_fn_solve (fn);
  k = esc_fn_points_to (fn, b, out, 8);
  CHECK ("outside: applied summaries keep the two apart",
	 pts_is (fn, a, (esc_obj[]) { esc_obj_nonlocal (fn) }, 1) && k == 1
	   && !strcmp (esc_obj_display_name (fn, out[0]), "<nonlocal>"));
  esc_fn_free (fn);
}

static void
test_libmodel (void)
{
  CHECK ("lib: table sorted", esc_libmodel_sorted_p ());

  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj s1 = esc_obj_new (fn, ESC_OBJ_LOCAL, "s1", L (2), 16);
  esc_obj s2 = esc_obj_new (fn, ESC_OBJ_LOCAL, "s2", L (2), 16);
  esc_obj s3 = esc_obj_new (fn, ESC_OBJ_LOCAL, "s3", L (2), 16);
  esc_obj buf = esc_obj_new (fn, ESC_OBJ_LOCAL, "buf", L (2), 64);
  esc_obj th = esc_obj_new (fn, ESC_OBJ_LOCAL, "th", L (2), 8);
  esc_obj arg = esc_obj_new (fn, ESC_OBJ_LOCAL, "arg", L (2), 8);
  esc_node h = esc_var_new (fn, "h"), px = esc_var_new (fn, NULL);
  esc_node p1 = esc_var_new (fn, NULL), p2 = esc_var_new (fn, NULL);
  esc_node p3 = esc_var_new (fn, NULL), r = esc_var_new (fn, "r");
  esc_node r3 = esc_var_new (fn, "r3");
  esc_node pb = esc_var_new (fn, NULL), c = esc_var_new (fn, "c");
  esc_node m = esc_var_new (fn, "m");
  esc_node pth = esc_var_new (fn, NULL), parg = esc_var_new (fn, NULL);
  esc_call_info ci = { "__builtin_malloc", -1, 0, 0, 0, h, NULL, 0, NULL,
		       NOPOS, L (3), 0, 0, 0, NULL, 0 };
  esc_call (fn, &ci);
  esc_addr (fn, px, x, 0, L (4));
  esc_addr (fn, p1, s1, 0, L (4));
  esc_addr (fn, p2, s2, 0, L (4));
  esc_addr (fn, p3, s3, 0, L (4));
  esc_store (fn, p1, 8, px, L (4));
  esc_arg cpy[4] = { { p2, 0, 0 }, { p1, 0, 0 }, { ESC_NONE, 1, 16 },
		     { ESC_NONE, 1, 16 } };
  esc_call_info cc = { "__builtin___memcpy_chk", -1, 0, 0, 0, m, cpy, 4, NULL,
		       NOPOS, L (5), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cc);
  esc_load (fn, r, p2, 8, L (6));
  esc_arg cpy2[3] = { { p3, 0, 0 }, { p1, 0, 0 }, { ESC_NONE, 0, 0 } };
  esc_call_info cc2 = { "memmove", -1, 0, 0, 0, ESC_NONE, cpy2, 3, NULL, NOPOS,
			L (7), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cc2);
  esc_load (fn, r3, p3, 0, L (8));
  esc_addr (fn, pb, buf, 0, L (9));
  esc_arg sc[2] = { { pb, 0, 0 }, { ESC_NONE, 1, 'a' } };
  esc_call_info cs = { "strchr", -1, 0, 0, 0, c, sc, 2, NULL, NOPOS, L (9), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cs);
  esc_addr (fn, pth, th, 0, L (10));
  esc_addr (fn, parg, arg, 0, L (10));
  esc_arg pc[4] = { { pth, 0, 0 }, { ESC_NONE, 1, 0 }, { ESC_NONE, 0, 0 },
		    { parg, 0, 0 } };
  esc_call_info cp = { "pthread_create", -1, 0, 0, 0, ESC_NONE, pc, 4, NULL,
		       NOPOS, L (10), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cp);
  esc_fn_solve (fn);

  esc_obj out[8];
  size_t k = esc_fn_points_to (fn, h, out, 8);
  CHECK ("lib: malloc returns a heap object",
	 k == 1 && esc_obj_get_kind (fn, out[0]) == ESC_OBJ_HEAP
	   && !strcmp (esc_obj_display_name (fn, out[0]), "heap@3"));
  CHECK ("lib: memcpy copies pointer fields", pts_is (fn, r, &x, 1));
  CHECK ("lib: memcpy returns dst", pts_is (fn, m, &s2, 1));
  CHECK ("lib: memmove of unknown size", pts_is (fn, r3, &x, 1));
  CHECK ("lib: strchr returns its argument", pts_is (fn, c, &buf, 1));
  const esc_finding *f = find_finding (fn, ESC_RULE_QUEUE, "arg");
  CHECK ("lib: pthread_create keeps its argument",
	 f && f->pos.line == 10 && f->callee
	   && !strcmp (f->callee, "pthread_create"));
  CHECK ("lib: pthread_create does not keep the thread id",
	 !esc_fn_obj_escapes_p (fn, th, NULL));
  CHECK ("lib: memcpy source does not escape",
	 !esc_fn_obj_escapes_p (fn, x, NULL));
  esc_fn_free (fn);

  /* char vla[n]; return vla; : __builtin_alloca_with_align for a VLA. */
  fn = new_fn ("f", -1, 0);
  esc_node v = esc_var_new (fn, "v"), al = esc_var_new (fn, "al");
  esc_call_info cv = { "__builtin_alloca_with_align", -1, 0, 0, 0, v, NULL, 0,
		       "vla", L (20), L (21), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cv);
  esc_call_info ca = { "alloca", -1, 0, 0, 0, al, NULL, 0, NULL, NOPOS,
		       L (22), 0, 0, 0, NULL, 0 };
  esc_call (fn, &ca);
  esc_return (fn, v, L (23));
  esc_return (fn, al, L (24));
  esc_fn_solve (fn);
  f = find_finding (fn, ESC_RULE_RETURN, "vla");
  CHECK ("lib: VLA storage",
	 f && f->obj_kind == ESC_OBJ_VLA && f->obj_pos.line == 20
	   && !strcmp (f->message, "address of variable length array 'vla' "
			"is returned from 'f'"));
  f = find_finding (fn, ESC_RULE_RETURN, NULL);
  CHECK ("lib: alloca storage",
	 f && f->obj_kind == ESC_OBJ_ALLOCA
	   && !strcmp (f->message,
		       "address of alloca storage is returned from 'f'"));
  esc_fn_free (fn);

  /* Unknown functions do not retain, and return NONLOCAL.  */
  fn = new_fn ("f", -1, 0);
  x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  px = esc_var_new (fn, NULL);
  r = esc_var_new (fn, "r");
  esc_addr (fn, px, x, 0, L (3));
  esc_arg ua = { px, 0, 0 };
  esc_call_info cu = { "frobnicate", -1, 0, 0, 0, r, &ua, 1, NULL, NOPOS,
		       L (3), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cu);
  esc_fn_solve (fn);
  CHECK ("lib: unknown callee non-retaining",
	 esc_fn_findings (fn, NULL) == 0);
  CHECK ("lib: unknown callee returns nonlocal",
	 pts_has (fn, r, esc_obj_nonlocal (fn)));
  esc_fn_free (fn);

  /* A declared allocator (fresh_p): its result is a heap object of the
     call, named after it and hinted like malloc's; an argument declared
     noescape (a deallocator's) is not passed to a function without a
     body.  */
  fn = new_fn ("f", -1, 0);
  r = esc_var_new (fn, "r");
  esc_call_info cf = { "pool_alloc", -1, 0, 0, 0, r, NULL, 0, NULL, NOPOS,
		       L (4), 32, ESC_ALLOC_FREED, 1, NULL, 0 };
  esc_call (fn, &cf);
  esc_arg ra = { r, 0, 0 };
  esc_call_info cr = { "pool_release", -1, 0, 1u, 0, ESC_NONE, &ra, 1, NULL,
		       NOPOS, L (5), 0, 0, 0, NULL, 0 };
  esc_call (fn, &cr);
  esc_fn_solve (fn);
  CHECK ("lib: declared allocator returns no nonlocal memory",
	 !pts_has (fn, r, esc_obj_nonlocal (fn)));
  const esc_hint *hints;
  size_t nh = esc_fn_hints (fn, &hints);
  CHECK ("lib: declared allocator is hinted with its name",
	 nh == 1 && hints[0].size == 32
	 && strcmp (hints[0].callee, "pool_alloc") == 0);
  esc_fn_free (fn);
}

/* Guarded loads (memflow.c): `s.data = buf; s.data = pool; [between]
   q = s.data;' with the load seeing the last store unless a statement
   between may write s.  KIND: 0 nothing between; 1 a call with an
   unrelated argument (&t); 2 a call with &s; 3 a store through a copy of
   &s; 4 a call without arguments after &s was stored into a global; 5 a
   call with &h where h.p = &s; 6 a store through &t.  */
static int
guarded_sees_buf (int kind, int *sees_pool)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj buf = esc_obj_new (fn, ESC_OBJ_LOCAL, "buf", L (2), 64);
  esc_obj s = esc_obj_new (fn, ESC_OBJ_LOCAL, "s", L (2), 16);
  esc_obj t = esc_obj_new (fn, ESC_OBJ_LOCAL, "t", L (2), 16);
  esc_obj h = esc_obj_new (fn, ESC_OBJ_LOCAL, "h", L (2), 8);
  esc_obj pool = esc_obj_new (fn, ESC_OBJ_GLOBAL, "pool", L (0), 64);
  esc_obj g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g", L (0), 8);
  esc_node ps = esc_var_new (fn, NULL), pb = esc_var_new (fn, NULL);
  esc_node pp = esc_var_new (fn, NULL), pt = esc_var_new (fn, NULL);
  esc_node ph = esc_var_new (fn, NULL), pg = esc_var_new (fn, NULL);
  esc_node c = esc_var_new (fn, NULL), q = esc_var_new (fn, "q");
  esc_addr (fn, ps, s, 0, L (3));
  esc_addr (fn, pb, buf, 0, L (3));
  esc_addr (fn, pp, pool, 0, L (3));
  esc_addr (fn, pt, t, 0, L (3));
  esc_addr (fn, ph, h, 0, L (3));
  esc_addr (fn, pg, g, 0, L (3));
  esc_store (fn, ps, 8, pb, L (3));
  esc_store (fn, ps, 8, pp, L (4));
  esc_store (fn, ph, 0, ps, L (4));
  if (kind == 4)
    esc_store (fn, pg, 0, ps, L (4));
  int ld = esc_load_guarded (fn, q, ps, 8, pp, L (4), L (6));
  esc_copy (fn, c, ps, 0, L (5));
  switch (kind)
    {
    case 1: esc_guard_call (fn, ld, ESC_NONE); esc_guard_call (fn, ld, pt);
      break;
    case 2: esc_guard_call (fn, ld, ESC_NONE); esc_guard_call (fn, ld, ps);
      break;
    case 3: esc_guard_store (fn, ld, c); break;
    case 4: esc_guard_call (fn, ld, ESC_NONE); break;
    case 5: esc_guard_call (fn, ld, ESC_NONE); esc_guard_call (fn, ld, ph);
      break;
    case 6: esc_guard_store (fn, ld, pt); break;
    default: break;
    }
  esc_fn_solve (fn);
  int r = ld >= 0 && pts_has (fn, q, buf);
  *sees_pool = pts_has (fn, q, pool);
  esc_fn_free (fn);
  return r;
}

static void
test_guarded (void)
{
  int pool = 0;
  CHECK ("guarded: the reaching store only", !guarded_sees_buf (0, &pool)
	 && pool);
  CHECK ("guarded: a call that cannot reach s", !guarded_sees_buf (1, &pool)
	 && pool);
  CHECK ("guarded: a call given &s", guarded_sees_buf (2, &pool) && pool);
  CHECK ("guarded: a store through a pointer to s",
	 guarded_sees_buf (3, &pool) && pool);
  CHECK ("guarded: a call after s was published",
	 guarded_sees_buf (4, &pool) && pool);
  CHECK ("guarded: a call reaching s through a holder",
	 guarded_sees_buf (5, &pool) && pool);
  CHECK ("guarded: a store through a pointer to t",
	 !guarded_sees_buf (6, &pool) && pool);
}

/* fp (&x, &y) with parameter 0 declared noescape.  */
static void
test_indirect (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", L (2), 4);
  esc_node px = esc_var_new (fn, NULL), py = esc_var_new (fn, NULL);
  esc_addr (fn, px, x, 0, L (3));
  esc_addr (fn, py, y, 0, L (3));
  esc_arg args[2] = { { px, 0, 0 }, { py, 0, 0 } };
  esc_call_info ci = { NULL, -1, 1, 1u, 0, ESC_NONE, args, 2, NULL, NOPOS,
		       L (4), 0, 0, 0, NULL, 0 };
  esc_call (fn, &ci);
  esc_fn_solve (fn);
  CHECK ("fnptr: noescape parameter kept local",
	 find_finding (fn, ESC_RULE_FNPTR, "x") == NULL);
  const esc_finding *f = find_finding (fn, ESC_RULE_FNPTR, "y");
  CHECK ("fnptr: other argument escapes",
	 f && f->pos.line == 4
	   && !strcmp (f->message, "address of local variable 'y' is passed "
			"to a call through a function pointer"));
  esc_fn_free (fn);
}

/* Dumps: __escape_dump (p) with p = cond ? &x : malloc ();  */
static void
test_dumps (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", L (2), 4);
  esc_obj g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g", L (0), 8);
  esc_node p = esc_var_new (fn, "p"), py = esc_var_new (fn, NULL);
  esc_node pg = esc_var_new (fn, NULL), e = esc_var_new (fn, "e");
  esc_addr (fn, p, x, 0, L (3));
  esc_call_info ci = { "malloc", -1, 0, 0, 0, p, NULL, 0, NULL, NOPOS, L (5), 0, 0, 0, NULL, 0 };
  esc_call (fn, &ci);
  esc_addr (fn, py, y, 0, L (6));
  esc_addr (fn, pg, g, 0, L (6));
  esc_store (fn, pg, 0, py, L (6));
  esc_dump_request (fn, p, "p", L (7));
  esc_dump_request (fn, py, "py", L (8));
  esc_dump_request (fn, e, "e", L (9));
  esc_fn_solve (fn);
  const esc_note *n;
  size_t k = esc_fn_notes (fn, &n);
  CHECK ("dump: note count", k == 5);
  CHECK ("dump: points-to text",
	 k >= 1 && !strcmp (n[0].text, "points-to set of 'p': { x, heap@5 }")
	   && n[0].pos.line == 7);
  CHECK ("dump: does not escape",
	 k >= 2 && !strcmp (n[1].text, "escape state of 'x': does not escape"));
  CHECK ("dump: escapes (store)",
	 k >= 4 && !strcmp (n[2].text, "points-to set of 'py': { y }")
	   && !strcmp (n[3].text, "escape state of 'y': escapes (store)"));
  CHECK ("dump: empty set",
	 k >= 5 && !strcmp (n[4].text, "points-to set of 'e': { }"));
  esc_fn_free (fn);
}

/* Findings come sorted by position, then rule, whatever the order.  */
static void
test_ordering (void)
{
  esc_fn *fn = new_fn ("f", -1, 0);
  esc_obj g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g", L (0), 8);
  esc_node pg = esc_var_new (fn, NULL);
  esc_addr (fn, pg, g, 0, L (1));
  const char *names[4] = { "d", "c", "b", "a" };
  int lines[4] = { 40, 30, 20, 10 };
  for (int i = 0; i < 4; i++)
    {
      esc_obj o = esc_obj_new (fn, ESC_OBJ_LOCAL, names[i], L (2), 4);
      esc_node p = esc_var_new (fn, NULL);
      esc_addr (fn, p, o, 0, L (lines[i]));
      esc_store (fn, pg, 0, p, L (lines[i]));
      if (i == 2)
	esc_return (fn, p, L (lines[i]));
    }
  esc_fn_solve (fn);
  const esc_finding *f;
  size_t k = esc_fn_findings (fn, &f);
  int sorted = k == 5;
  for (size_t i = 1; i < k; i++)
    if (f[i - 1].pos.line > f[i].pos.line
	|| (f[i - 1].pos.line == f[i].pos.line && f[i - 1].rule > f[i].rule))
      sorted = 0;
  CHECK ("order: findings sorted", sorted);
  CHECK ("order: same line, rule order",
	 k == 5 && f[1].pos.line == 20 && f[1].rule == ESC_RULE_RETURN
	   && f[2].pos.line == 20 && f[2].rule == ESC_RULE_STORE);
  esc_fn_free (fn);

  /* Disabled rule: no finding, the state still reports it.  */
  esc_options only_return = { 1u << ESC_RULE_RETURN, { ESC_SEV_DEFAULT }, 0,
				 0 };
  esc_unit *u2 = esc_unit_new (&only_return);
  fn = esc_fn_new (u2, "f", -1, L (1), 0);
  g = esc_obj_new (fn, ESC_OBJ_GLOBAL, "g", L (0), 8);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", L (2), 4);
  pg = esc_var_new (fn, NULL);
  esc_node px = esc_var_new (fn, NULL);
  esc_addr (fn, pg, g, 0, L (3));
  esc_addr (fn, px, x, 0, L (3));
  esc_store (fn, pg, 0, px, L (3));
  esc_fn_solve (fn);
  esc_rule rule;
  CHECK ("order: disabled rule silent", esc_fn_findings (fn, NULL) == 0);
  CHECK ("order: disabled rule still in state",
	 esc_fn_obj_escapes_p (fn, x, &rule) && rule == ESC_RULE_STORE);
  esc_fn_free (fn);
  esc_unit_free (u2);
}

/* Bad ids, NULL names, calls after solving, clobbers.  */
static void
test_robustness (void)
{
  esc_fn *fn = new_fn (NULL, -1, 2);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, NULL, L (2), 4);
  esc_node p = esc_var_new (fn, NULL), q = esc_var_new (fn, NULL);
  esc_copy (fn, p, 9999, 0, L (3));
  esc_copy (fn, 12345, p, 0, L (3));
  esc_addr (fn, p, 777, 0, L (3));
  esc_load (fn, p, ESC_NONE, 0, L (3));
  esc_store (fn, ESC_NONE, 0, p, L (3));
  esc_return (fn, 4242, L (3));
  esc_param_bind (fn, 7, p, NULL, 1, NOPOS, -1);
  esc_obj_new (fn, (esc_obj_kind) 99, "bad", L (1), 1);
  esc_arg bad = { 5555, 0, 0 };
  esc_call_info ci = { NULL, 999, 0, 0, 0, 31337, &bad, 1, NULL, NOPOS, L (4), 0, 0, 0, NULL, 0 };
  esc_call (fn, &ci);
  esc_call (fn, NULL);
  esc_addr (fn, q, x, 0, L (5));
  esc_clobber (fn, q, L (6));
  esc_clobber (fn, ESC_NONE, L (6));
  esc_dump_request (fn, 999, "bad", L (7));
  esc_fn_solve (fn);
  esc_fn_stats st;
  esc_fn_get_stats (fn, &st);
  CHECK ("robust: bad calls counted", st.bad_calls >= 11);
  CHECK ("robust: clobber points to nonlocal",
	 pts_has (fn, q, esc_obj_nonlocal (fn)) && pts_has (fn, q, x));
  CHECK ("robust: clobber is no finding", esc_fn_findings (fn, NULL) == 0);
  esc_copy (fn, p, q, 0, L (8));
  esc_fn_get_stats (fn, &st);
  CHECK ("robust: builders after solving ignored", st.bad_calls >= 12);
  CHECK ("robust: invalid queries",
	 esc_fn_points_to (fn, 9999, NULL, 0) == 0
	   && !esc_fn_obj_escapes_p (fn, 9999, NULL)
	   && !esc_fn_same_rep_p (fn, 9999, p)
	   && esc_obj_display_name (fn, 9999) != NULL);
  esc_fn_free (fn);
  esc_fn_free (NULL);
  CHECK ("robust: rule names",
	 !strcmp (esc_rule_name (ESC_RULE_FNPTR), "fnptr")
	   && esc_rule_name ((esc_rule) 9) == NULL
	   && esc_rule_from_name ("queue", 5) == ESC_RULE_QUEUE
	   && esc_rule_from_name ("queuex", 5) == ESC_RULE_QUEUE
	   && esc_rule_from_name ("nope", 4) == -1);
  CHECK ("robust: kinds",
	 esc_obj_kind_automatic_p (ESC_OBJ_VLA)
	   && !esc_obj_kind_automatic_p (ESC_OBJ_HEAP)
	   && !strcmp (esc_obj_kind_noun (ESC_OBJ_PARAM), "parameter"));
}

/* Must-writes (effects.c), as the glue lowers
     void enter (struct fs *fs, struct blk *b) { b->prev = fs->bl; fs->bl = b; }
     void leave (struct fs *fs) { fs->bl = fs->bl->prev; }
     void block (struct fs *fs) { struct blk bl; enter (fs, &bl); leave (fs); }
   with the first load of enter an entry load, and block's calls given
   the window of fs->bl (enter WRITE, leave READ and KILL).  */
static void
test_must_writes (void)
{
  esc_fn *fn = new_fn ("enter", 300, 2);
  esc_node fs = esc_var_new (fn, "fs"), b = esc_var_new (fn, "b");
  esc_obj cfs = esc_param_bind (fn, 0, fs, "fs", 1, NOPOS, 16);
  esc_param_bind (fn, 1, b, "b", 1, NOPOS, 16);
  esc_node t = esc_var_new (fn, NULL);
  CHECK ("writes: entry load", esc_load_initial (fn, t, cfs, 0, L (2)));
  esc_store (fn, b, 0, t, L (2));
  esc_store (fn, fs, 0, b, L (2));
  esc_path arg1 = { 1, 0, 0, 0 }, none = { 0, 0, 0, 0 };
  esc_fn_must_write (fn, 0, 0, ESC_WRITE_PATH, arg1);
  esc_fn_must_write (fn, 0, 0, ESC_WRITE_PATH, arg1);
  esc_fn_must_write (fn, 0, ESC_OFF_ANY, ESC_WRITE_CONST, none);
  esc_fn_solve (fn);
  const esc_summary *s = esc_unit_summary (unit, 300);
  CHECK ("writes: enter has one must-write (duplicates and bad ones go)",
	 s && s->nwrites == 1 && s->writes[0].dst.param == 0
	   && s->writes[0].kind == ESC_WRITE_PATH
	   && s->writes[0].src.param == 1);
  esc_fn_stats st;
  esc_fn_get_stats (fn, &st);
  CHECK ("writes: an unknown offset is a bad call", st.bad_calls == 1);
  int self = 0;
  for (int i = 0; s && i < s->nflows; i++)
    self |= s->flows[i].kind == ESC_FLOW_STORE && s->flows[i].src.param == 1
	    && s->flows[i].src.level == 0 && s->flows[i].dst.param == 1;
  CHECK ("writes: the entry load does not see the later store", s && !self);
  esc_fn_free (fn);

  fn = new_fn ("leave", 301, 1);
  fs = esc_var_new (fn, "fs");
  esc_param_bind (fn, 0, fs, "fs", 1, NOPOS, 16);
  esc_path top = { 0, 1, 0, 0 };
  esc_fn_must_write (fn, 0, 0, ESC_WRITE_LOAD, top);
  esc_fn_solve (fn);
  s = esc_unit_summary (unit, 301);
  CHECK ("writes: leave restores *(*(fs+0)+0)",
	 s && s->nwrites == 1 && s->writes[0].kind == ESC_WRITE_LOAD
	   && s->writes[0].src.level == 1);
  esc_fn_free (fn);

  for (int pass = 0; pass < 2; pass++)
    {
      /* Pass 0 clears the window; in pass 1 bl.prev = &bl first, so
	 the value the pop restores may point into the frame: the window
	 opens and the push is a finding.  */
      fn = new_fn ("block", -1, 1);
      fs = esc_var_new (fn, "fs");
      esc_obj cb = esc_param_bind (fn, 0, fs, "fs", 1, NOPOS, 16);
      esc_obj bl = esc_obj_new (fn, ESC_OBJ_LOCAL, "bl", L (5), 16);
      esc_obj w = esc_window_new (fn, cb, 0);
      esc_node pbl = esc_var_new (fn, NULL);
      esc_addr (fn, pbl, bl, 0, L (6));
      if (pass)
	esc_store (fn, pbl, 0, pbl, L (5));
      esc_arg ea[2] = { { fs, 0, 0 }, { pbl, 0, 0 } };
      esc_call_window ew = { 0, 0, w, ESC_CW_WRITE };
      esc_call_info ce = { "enter", 300, 0, 0, 0, ESC_NONE, ea, 2, NULL,
			   NOPOS, L (6), 0, 0, 0, &ew, 1 };
      esc_call (fn, &ce);
      esc_arg la = { fs, 0, 0 };
      esc_call_window lw[2] = { { 0, 0, w, ESC_CW_READ },
				{ 0, 0, w, ESC_CW_KILL } };
      esc_call_info cl = { "leave", 301, 0, 0, 0, ESC_NONE, &la, 1, NULL,
			   NOPOS, L (7), 0, 0, 0, lw, 2 };
      esc_call (fn, &cl);
      esc_fn_solve (fn);
      if (pass == 0)
	CHECK ("writes: a push popped by a later call does not escape",
	       !esc_fn_obj_escapes_p (fn, bl, NULL));
      else
	CHECK ("writes: a pop restoring a frame address keeps the push",
	       esc_fn_obj_escapes_p (fn, bl, NULL)
		 && find_finding (fn, ESC_RULE_QUEUE, "bl"));
      esc_fn_free (fn);
    }
}

int
main (void)
{
  unit = esc_unit_new (NULL);
  test_simple ();
  test_fields ();
  test_collapse ();
  test_cycle ();
  test_chain ();
  test_return ();
  test_store ();
  test_summaries ();
  test_must_writes ();
  test_content ();
  test_outside_split ();
  test_libmodel ();
  test_indirect ();
  test_guarded ();
  test_dumps ();
  test_ordering ();
  test_robustness ();
  esc_unit_free (unit);
  printf ("%d passed, %d failed\n", npass, nfail);
  return nfail ? 1 : 0;
}
