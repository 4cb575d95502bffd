/* gcc-escape: verbose notes, Go's -m levels for C.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   With esc_options.verbose = N the solved function gets notes, in fixed
   phrases that tools may grep (documented in docs/reading.md; keep them
   stable):

   level 1, one fact per note, at the fact's place:
     NOUN 'x' does not escape                 an address-taken automatic
     NOUN 'x' escapes (RULE)                  object, at its declaration
					      (for &p: "storage of 'p'
					      (a parameter) ...")
     parameter 'p' does not escape            a pointer parameter, at its
     parameter 'p' leaks to result level=L    declaration: its summary, as
     parameter 'p' leaks to parameter 'q' level=L        callers apply it
     parameter 'p' leaks to the heap memory it returns level=L
     parameter 'p' escapes level=L (RULE): HOW
     heap allocation by 'F' does not escape   a heap allocation, at the
     heap allocation by 'F' escapes (RULE)    call
     heap allocation of N bytes by 'F' could be an automatic object:
       it does not escape and is freed on every path      (the hint)
   level 2, each escape followed by its flow, one note per step (the
     steps of a finding's notes: "address of 'x' is taken here",
     "copied into 'p'", "stored into 's'", "passed to 'f' as argument 1",
     ...), and each parameter leak by "'p' HOW here" at its place;
   level 3 and above, debugging views at the function: its counts, every
     constraint, the points-to set of every named variable, and the
     summary's flows.

   Level 1 is a list of facts sorted by position; a fact's flow notes
   follow it.  Notes are built while the solver's state is alive (the
   explanations need it) and cost nothing at level 0.  */

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A fact and the notes that follow it.  */
typedef struct fact
{
  esc_pos pos;
  uint32_t order;     /* creation order, to keep the sort stable */
  const char *text;
  const esc_step *steps;
  int nsteps;
} fact;

typedef struct factv
{
  fact *v;
  size_t n, cap;
} factv;

/* Append a fact at POS with TEXT and STEPS.  */
static void
fact_push (factv *v, esc_pos pos, const char *text, const esc_step *steps,
	   int nsteps)
{
  ESC_GROW (v->v, v->n, v->cap);
  fact *f = &v->v[v->n];
  f->pos = pos;
  f->order = (uint32_t) v->n;
  f->text = text;
  f->steps = steps;
  f->nsteps = nsteps;
  v->n++;
}

/* qsort comparison of facts by position, then creation.  */
static int
cmp_fact (const void *pa, const void *pb)
{
  const fact *a = pa, *b = pb;
  int c = esc_pos_cmp (&a->pos, &b->pos);
  if (c)
    return c;
  return (a->order > b->order) - (a->order < b->order);
}

/* "local variable 'x'", "compound literal": how OBJ is named.  */
static const char *
object_words (esc_fn *fn, const esc_objrec *o)
{
  const char *noun = esc_obj_kind_noun (o->kind);
  if (o->name)
    return esc_arena_printf (&fn->arena, "%s '%s'", noun, o->name);
  return noun;
}

/* The first pass that reaches OBJ (not as a seed), or -1.  */
static int
first_pass (const esc_fn *fn, uint32_t obj)
{
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    if (fn->reach[r] && fn->reach[r][obj].reached
	&& !fn->reach[r][obj].seed)
      return r;
  return -1;
}

/* The steps that explain why OBJ is reached in PASS (level 2), into
   *STEPS; returns their count.  */
static int
flow_steps (esc_fn *fn, uint32_t obj, int pass, const esc_step **steps)
{
  esc_finding g;
  uint32_t target;
  memset (&g, 0, sizeof g);
  esc_classify (fn, obj, (esc_rule) pass, &g, &target);
  *steps = g.steps;
  return g.nsteps;
}

/* Nonzero if PARAM object O is a pointer parameter's storage: the
   parameter also has a summary fact.  */
static int
pointer_param_p (const esc_fn *fn, const esc_objrec *o)
{
  if (!o->name)
    return 0;
  for (int i = 0; i < fn->nparams; i++)
    if (fn->param_names[i] && !strcmp (fn->param_names[i], o->name))
      return fn->param_caller[i] != ESC_NONE;
  return 0;
}

/* The facts about the address-taken automatic objects.  */
static void
object_facts (esc_fn *fn, int level, factv *v)
{
  for (uint32_t o = 0; o < fn->nobjs; o++)
    {
      const esc_objrec *x = &fn->objs[o];
      /* GCC's unnamed temporaries are not the user's objects.  */
      if (!esc_obj_kind_automatic_p (x->kind) || !x->addr_taken
	  || x->pos.line <= 0 || (x->kind == ESC_OBJ_LOCAL && !x->name))
	continue;
      /* A pointer parameter's own storage (&p) in other words than its
	 summary.  */
      const char *who = x->kind == ESC_OBJ_PARAM && pointer_param_p (fn, x)
			? esc_arena_printf (&fn->arena, "storage of '%s' (a "
					    "parameter)", x->name)
			: object_words (fn, x);
      if (x->first_rule < 0)
	{
	  fact_push (v, x->pos, esc_arena_printf (&fn->arena,
						  "%s does not escape", who),
		     NULL, 0);
	  continue;
	}
      const esc_step *steps = NULL;
      int n = 0;
      int pass = first_pass (fn, o);
      if (level >= 2 && pass >= 0)
	n = flow_steps (fn, o, pass, &steps);
      fact_push (v, x->pos,
		 esc_arena_printf (&fn->arena, "%s escapes (%s)", who,
				   esc_rule_name ((esc_rule) x->first_rule)),
		 steps, n);
    }
}

/* The facts about the pointer parameters: their summaries.  */
static void
param_facts (esc_fn *fn, int level, factv *v)
{
  for (int i = 0; i < fn->nparams; i++)
    {
      uint32_t c = fn->param_caller[i];
      if (c == ESC_NONE || !fn->leaks)
	continue;
      const esc_objrec *o = &fn->objs[c];
      const char *name = fn->param_names[i] ? fn->param_names[i] : "?";
      if (!fn->nleaks[i])
	{
	  fact_push (v, o->pos, esc_arena_printf (&fn->arena,
						  "parameter '%s' does not "
						  "escape", name), NULL, 0);
	  continue;
	}
      for (size_t k = 0; k < fn->nleaks[i]; k++)
	{
	  const esc_leak *l = &fn->leaks[i][k];
	  const char *text;
	  switch (l->kind)
	    {
	    case ESC_LEAK_RESULT:
	      text = esc_arena_printf (&fn->arena, "parameter '%s' leaks to "
				       "result level=%d", name, l->level);
	      break;
	    case ESC_LEAK_PARAM:
	      if (l->to_param >= 0 && l->to_param < fn->nparams)
		text = esc_arena_printf (&fn->arena, "parameter '%s' leaks to "
					 "parameter '%s' level=%d", name,
					 fn->param_names[l->to_param]
					 ? fn->param_names[l->to_param] : "?",
					 l->level);
	      else
		text = esc_arena_printf (&fn->arena, "parameter '%s' leaks to "
					 "the heap memory it returns "
					 "level=%d", name, l->level);
	      break;
	    default:
	      text = esc_arena_printf (&fn->arena, "parameter '%s' escapes "
				       "level=%d (%s): %s", name, l->level,
				       esc_rule_name (l->rule), l->text);
	      break;
	    }
	  esc_step *step = NULL;
	  int n = 0;
	  if (level >= 2 && l->pos.line > 0)
	    {
	      step = esc_arena_alloc (&fn->arena, sizeof (esc_step));
	      step->kind = ESC_STEP_STORE;
	      step->pos = l->pos;
	      step->text = esc_arena_printf (&fn->arena, "'%s' %s here", name,
					     l->text);
	      n = 1;
	    }
	  fact_push (v, o->pos, text, step, n);
	}
    }
}

/* The facts about the heap allocations of FN, and the hints.  */
static void
heap_facts (esc_fn *fn, int level, factv *v)
{
  for (uint32_t o = 0; o < fn->nobjs; o++)
    {
      const esc_objrec *h = &fn->objs[o];
      if (h->kind != ESC_OBJ_HEAP || !h->alloc_callee || h->pos.line <= 0)
	continue;
      int pass;
      const char *text;
      const esc_step *steps = NULL;
      int n = 0;
      const esc_hint *hint = NULL;
      for (size_t k = 0; k < fn->nhints && !hint; k++)
	if (fn->hints[k].pos.cookie == h->pos.cookie
	    && fn->hints[k].pos.line == h->pos.line
	    && fn->hints[k].pos.column == h->pos.column)
	  hint = &fn->hints[k];
      if (hint)
	text = hint->text;
      else if (esc_heap_escapes_p (fn, o, &pass))
	{
	  if (pass == ESC_PASS_OPAQUE)
	    {
	      text = esc_arena_printf (&fn->arena, "heap allocation by '%s' "
				       "escapes (passed to a function without "
				       "a body)", h->alloc_callee);
	      if (level >= 2)
		n = flow_steps (fn, o, pass, &steps);
	    }
	  else
	    {
	      text = esc_arena_printf (&fn->arena, "heap allocation by '%s' "
				       "escapes (%s)", h->alloc_callee,
				       esc_rule_name ((esc_rule) pass));
	      if (level >= 2)
		n = flow_steps (fn, o, pass, &steps);
	    }
	}
      else
	text = esc_arena_printf (&fn->arena, "heap allocation by '%s' does "
				 "not escape", h->alloc_callee);
      fact_push (v, h->pos, text, steps, n);
    }
}

/* The name of node N for debugging views.  */
static const char *
node_words (esc_fn *fn, uint32_t n)
{
  const esc_noderec *r = &fn->nodes[n];
  if (r->obj != ESC_NONE)
    return esc_arena_printf (&fn->arena, "%s.%lld", fn->objs[r->obj].display,
			     (long long) r->off);
  if (r->name)
    return r->name;
  return esc_arena_printf (&fn->arena, "_%u", n);
}

/* "+8", "+?" for an offset.  */
static const char *
off_words (esc_fn *fn, int64_t off)
{
  if (off == ESC_OFF_ANY)
    return "+?";
  return esc_arena_printf (&fn->arena, "%+lld", (long long) off);
}

/* "arg0+8", "*(arg1+16)+0", "heap" for a summary path.  */
static const char *
path_words (esc_fn *fn, const esc_path *p)
{
  if (p->param == ESC_PATH_HEAP)
    return esc_arena_printf (&fn->arena, "heap%s", off_words (fn, p->off));
  if (p->level == 0)
    return esc_arena_printf (&fn->arena, "arg%d%s", p->param,
			     off_words (fn, p->off));
  return esc_arena_printf (&fn->arena, "*(arg%d%s)%s", p->param,
			   off_words (fn, p->load_off),
			   off_words (fn, p->off));
}

/* The debugging views (level 3): counts, constraints, points-to sets,
   summary flows, at the function's position.  */
static void
debug_notes (esc_fn *fn)
{
  esc_arena *a = &fn->arena;
  esc_note_add (fn, fn->pos,
		esc_arena_printf (a, "function '%s': %zu objects, %zu nodes, "
				  "%zu constraints, %zu iterations",
				  fn->name, fn->stats.objects, fn->stats.nodes,
				  fn->stats.constraints, fn->stats.iterations));
  for (uint32_t k = 0; k < fn->ncons; k++)
    {
      const esc_cons *c = &fn->cons[k];
      const char *text;
      switch (c->kind)
	{
	case ESC_C_ADDR:
	  text = esc_arena_printf (a, "constraint: %s >= &%s%s",
				   node_words (fn, c->dst),
				   fn->objs[c->src].display,
				   off_words (fn, c->off));
	  break;
	case ESC_C_COPY:
	  text = esc_arena_printf (a, "constraint: %s >= %s%s",
				   node_words (fn, c->dst),
				   node_words (fn, c->src),
				   off_words (fn, c->off));
	  break;
	case ESC_C_LOAD:
	  text = esc_arena_printf (a, "constraint: %s >= *(%s%s)",
				   node_words (fn, c->dst),
				   node_words (fn, c->src),
				   off_words (fn, c->off));
	  break;
	default:
	  text = esc_arena_printf (a, "constraint: *(%s%s) >= %s",
				   node_words (fn, c->dst),
				   off_words (fn, c->off),
				   node_words (fn, c->src));
	  break;
	}
      esc_note_add (fn, c->pos.line ? c->pos : fn->pos, text);
    }
  esc_u32v objs = { 0 };
  for (uint32_t n = 0; n < fn->nnodes; n++)
    {
      const esc_noderec *r = &fn->nodes[n];
      if (r->obj != ESC_NONE || !r->name)
	continue;
      const esc_noderec *rep = &fn->nodes[esc_find_const (fn, n)];
      objs.n = 0;
      for (uint32_t i = 0; i < rep->pts.n; i++)
	esc_u32v_push (&objs, fn->nodes[rep->pts.v[i]].obj);
      esc_u32v_sort_unique (&objs);
      size_t len = 32 + strlen (r->name);
      for (uint32_t i = 0; i < objs.n; i++)
	len += strlen (fn->objs[objs.v[i]].display) + 2;
      char *text = esc_arena_alloc (a, len);
      char *p = text + sprintf (text, "points-to: %s = {", r->name);
      for (uint32_t i = 0; i < objs.n; i++)
	p += sprintf (p, "%s %s", i ? "," : "", fn->objs[objs.v[i]].display);
      strcpy (p, " }");
      esc_note_add (fn, fn->pos, text);
    }
  esc_u32v_free (&objs);
  const esc_summary *sum = fn->unit ? esc_unit_summary (fn->unit, fn->uid)
				    : NULL;
  for (int k = 0; sum && k < sum->nflows; k++)
    {
      const esc_flow *f = &sum->flows[k];
      const char *text;
      if (f->kind == ESC_FLOW_RESULT)
	text = esc_arena_printf (a, "summary: RESULT <- %s",
				 path_words (fn, &f->src));
      else if (f->kind == ESC_FLOW_STORE)
	text = esc_arena_printf (a, "summary: STORE *(%s) <- %s",
				 path_words (fn, &f->dst),
				 path_words (fn, &f->src));
      else if (f->kind == ESC_FLOW_OPAQUE)
	text = esc_arena_printf (a, "summary: OPAQUE %s",
				 path_words (fn, &f->src));
      else
	text = esc_arena_printf (a, "summary: ESCAPE %s (%s)",
				 path_words (fn, &f->src),
				 esc_rule_name (f->rule));
      esc_note_add (fn, fn->pos, text);
    }
  for (int k = 0; sum && k < sum->nwrites; k++)
    {
      const esc_write *w = &sum->writes[k];
      const char *value
	= w->kind == ESC_WRITE_CONST ? "const"
	  : w->kind == ESC_WRITE_PATH ? path_words (fn, &w->src)
	  : esc_arena_printf (a, "*(%s)", path_words (fn, &w->src));
      esc_note_add (fn, fn->pos,
		    esc_arena_printf (a, "summary: MUST-WRITE *(%s) <- %s",
				      path_words (fn, &w->dst), value));
    }
  if (sum)
    esc_note_add (fn, fn->pos,
		  esc_arena_printf (a, "summary: returns heap %s, returns "
				    "non-local %s, returns unknown %s",
				    sum->returns_heap ? "yes" : "no",
				    sum->returns_nonlocal ? "yes" : "no",
				    sum->returns_unknown ? "yes" : "no"));
}

/* Nonzero if A and B are the same place.  */
static int
same_pos_p (const esc_pos *a, const esc_pos *b)
{
  return a->line == b->line && a->column == b->column && a->file == b->file;
}

/* Nonzero if fact I of V (sorted) repeats an earlier fact at the same
   place.  */
static int
said_p (const factv *v, size_t i)
{
  const fact *f = &v->v[i];
  for (size_t k = i; k > 0; k--)
    {
      const fact *g = &v->v[k - 1];
      if (!same_pos_p (&g->pos, &f->pos))
	return 0;
      if (!strcmp (f->text, g->text))
	return 1;
    }
  return 0;
}

/* Nonzero if STEP of fact I of V was already given with an earlier fact
   that reads the same at the same place.  */
static int
step_said_p (const factv *v, size_t i, const esc_step *step)
{
  const fact *f = &v->v[i];
  for (size_t k = i; k > 0; k--)
    {
      const fact *g = &v->v[k - 1];
      if (!same_pos_p (&g->pos, &f->pos))
	return 0;
      if (strcmp (f->text, g->text))
	continue;
      for (int s = 0; s < g->nsteps; s++)
	if (same_pos_p (&g->steps[s].pos, &step->pos)
	    && !strcmp (g->steps[s].text, step->text))
	  return 1;
    }
  return 0;
}

/* Add the verbose notes of FN.  */
void
esc_verbose_notes (esc_fn *fn)
{
  int level = fn->unit ? fn->unit->opts.verbose : 0;
  if (level <= 0)
    return;
  factv v = { NULL, 0, 0 };
  object_facts (fn, level, &v);
  param_facts (fn, level, &v);
  heap_facts (fn, level, &v);
  if (v.n > 1)
    qsort (v.v, v.n, sizeof (fact), cmp_fact);
  for (size_t i = 0; i < v.n; i++)
    {
      /* Flows that differ only in offsets read the same: say it once,
	 with the steps of each that were not said.  */
      int again = said_p (&v, i);
      if (!again)
	esc_note_add (fn, v.v[i].pos, v.v[i].text);
      for (int k = 0; k < v.v[i].nsteps; k++)
	if (!again || !step_said_p (&v, i, &v.v[i].steps[k]))
	  esc_note_add (fn, v.v[i].steps[k].pos, v.v[i].steps[k].text);
    }
  free (v.v);
  if (level >= 3)
    debug_notes (fn);
}
