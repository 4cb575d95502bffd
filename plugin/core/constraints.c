/* gcc-escape: building a function's constraint problem.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The glue calls the builders of core.h once per statement.  Each builder
   validates its ids (bad ones are counted in stats.bad_calls and the call
   is ignored), appends the constraint to the function's list, which keeps
   the original node ids for explanations, and wires it into the graph the
   solver works on:
     addr   the location goes straight into the destination's set;
     copy   an edge src -> dst carrying the offset;
     load   a complex constraint on the pointer node (src);
     store  a complex constraint on the pointer node (dst).
   Before solving, every node's delta is its whole set, so constraints may
   come in any order.  Calls are expanded here into the same four kinds,
   tagged with the call so explanations can say "passed to 'f'".  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Put representative NODE on the worklist.  */
void
esc_work_push (esc_fn *fn, uint32_t node)
{
  esc_noderec *n = &fn->nodes[node];
  if (n->inq)
    return;
  n->inq = 1;
  esc_u32v_push (&fn->next_work, node);
}

/* Add sorted locations ADD[0..N) to representative NODE's set.  */
void
esc_graph_add (esc_fn *fn, uint32_t node, const uint32_t *add, uint32_t n)
{
  esc_noderec *nd = &fn->nodes[node];
  if (esc_set_union (&nd->pts, add, n, &nd->delta, &fn->scratch))
    esc_work_push (fn, node);
}

/* Add the edge SRC -> DST (representatives) carrying OFF.  */
int
esc_graph_edge (esc_fn *fn, uint32_t src, uint32_t dst, int64_t off)
{
  if (off == 0)
    {
      if (src == dst)
	return 0;
      uint64_t key = (((uint64_t) src << 32) | dst) + 1;
      if (!esc_hset_insert_p (&fn->edge_set, key))
	return 0;
    }
  esc_noderec *s = &fn->nodes[src];
  ESC_GROW (s->edges, s->nedges, s->cedges);
  s->edges[s->nedges].dst = dst;
  s->edges[s->nedges].off = off;
  s->nedges++;
  fn->edges_total++;
  fn->edges_since_scc++;
  return 1;
}

/* Append a constraint and wire it into the graph.  */
uint32_t
esc_cons_add (esc_fn *fn, int kind, uint32_t dst, uint32_t src, int64_t off,
	      esc_pos pos, int step, int call, int arg)
{
  ESC_GROW (fn->cons, fn->ncons, fn->ccons);
  uint32_t id = fn->ncons++;
  esc_cons *c = &fn->cons[id];
  c->kind = (uint8_t) kind;
  c->step = (uint8_t) step;
  c->call = call;
  c->arg = arg;
  c->via = -1;
  c->dst = dst;
  c->src = src;
  c->off = off;
  c->pos = pos;
  fn->stats.constraints++;
  switch (kind)
    {
    case ESC_C_ADDR:
      {
	if (step == ESC_STEP_ADDR && esc_obj_valid_p (fn, src))
	  fn->objs[src].addr_taken = 1;
	uint32_t loc = esc_loc (fn, src, off);
	esc_graph_add (fn, esc_find (fn, dst), &loc, 1);
	break;
      }
    case ESC_C_COPY:
      esc_graph_edge (fn, esc_find (fn, src), esc_find (fn, dst), off);
      break;
    case ESC_C_LOAD:
      esc_u32v_push (&fn->nodes[esc_find (fn, src)].cplx, id);
      break;
    case ESC_C_STORE:
      esc_u32v_push (&fn->nodes[esc_find (fn, dst)].cplx, id);
      break;
    default:
      break;
    }
  return id;
}

/* ---------------------------------------------------------------------- */
/* The function.  */

/* The OUTSIDE object of FN, displayed "<nonlocal>": the memory FN
   reaches through its globals and parameters (internal.h).  The
   NONLOCAL object, created just before it, is then displayed
   "<unknown>".  */
static esc_obj
outside_create (esc_fn *fn)
{
  esc_pos nopos = { NULL, 0, 0, 0 };
  fn->objs[fn->nonlocal].display = "<unknown>";
  return esc_obj_create (fn, ESC_OBJ_NONLOCAL, NULL, nopos, -1);
}

/* Start the problem for function NAME.  */
esc_fn *
esc_fn_new (esc_unit *unit, const char *name, int uid, esc_pos pos,
	    int nparams)
{
  esc_fn *fn = esc_xcalloc (1, sizeof (esc_fn));
  fn->unit = unit;
  fn->name = esc_arena_strdup (&fn->arena, name ? name : "<anonymous>");
  fn->uid = uid;
  fn->pos = pos;
  fn->nparams = nparams > 0 ? nparams : 0;
  fn->nl_loc = ESC_NONE;
  fn->out_loc = ESC_NONE;
  esc_pos nopos = { NULL, 0, 0, 0 };
  fn->nonlocal = esc_obj_create (fn, ESC_OBJ_NONLOCAL, NULL, nopos, -1);
  fn->outside = outside_create (fn);
  fn->strings = esc_obj_create (fn, ESC_OBJ_STRING, NULL, nopos, -1);
  fn->functions = esc_obj_create (fn, ESC_OBJ_FUNCTION, NULL, nopos, -1);
  fn->nl_loc = esc_loc (fn, fn->nonlocal, 0);
  fn->out_loc = esc_loc (fn, fn->outside, 0);
  fn->ret_node = esc_node_create (fn, NULL);
  fn->param_caller = esc_xcalloc ((size_t) fn->nparams + 1,
				  sizeof (uint32_t));
  fn->param_names = esc_xcalloc ((size_t) fn->nparams + 1,
				 sizeof (const char *));
  fn->param_flags = esc_xcalloc ((size_t) fn->nparams + 1,
				 sizeof (unsigned));
  for (int i = 0; i < fn->nparams; i++)
    fn->param_caller[i] = ESC_NONE;
  return fn;
}

/* A copy of the N bytes at P in ARENA (NULL stays NULL).  */
static void *
arena_copy (esc_arena *arena, const void *p, size_t n)
{
  if (!p)
    return NULL;
  void *q = esc_arena_alloc (arena, n ? n : 1);
  memcpy (q, p, n);
  return q;
}

/* Move what FN's results need out of its arena into a new one and free
   the old: the explanations, summaries and names made while solving are
   most of it, and a unit keeps the results of many functions.  */
static void
compact_results (esc_fn *fn)
{
  esc_arena na = { NULL };
#define KEEP(s) ((s) = esc_arena_strdup (&na, (s)))
  KEEP (fn->name);
  for (size_t i = 0; i < fn->nfindings; i++)
    {
      esc_finding *f = &fn->findings[i];
      f->function = fn->name;
      KEEP (f->obj_name);
      KEEP (f->obj_display);
      KEEP (f->message);
      KEEP (f->callee);
      KEEP (f->target);
      KEEP (f->fingerprint);
      KEEP (f->reason);
      esc_step *steps = arena_copy (&na, f->steps,
				    (size_t) f->nsteps * sizeof (esc_step));
      for (int k = 0; k < f->nsteps; k++)
	KEEP (steps[k].text);
      f->steps = steps;
    }
  for (size_t i = 0; i < fn->nnotes; i++)
    KEEP (fn->notes[i].text);
  for (size_t i = 0; i < fn->nhints; i++)
    {
      KEEP (fn->hints[i].callee);
      KEEP (fn->hints[i].text);
    }
  for (int i = 0; i < fn->nparams; i++)
    KEEP (fn->param_names[i]);
  if (fn->leaks)
    {
      size_t np = (size_t) fn->nparams + 1;
      fn->leaks = arena_copy (&na, fn->leaks, np * sizeof (esc_leak *));
      fn->nleaks = arena_copy (&na, fn->nleaks, np * sizeof (size_t));
      for (int i = 0; i < fn->nparams; i++)
	{
	  esc_leak *l = arena_copy (&na, fn->leaks[i],
				    fn->nleaks[i] * sizeof (esc_leak));
	  for (size_t k = 0; k < fn->nleaks[i]; k++)
	    KEEP (l[k].text);
	  fn->leaks[i] = l;
	}
    }
  for (uint32_t o = 0; o < fn->nobjs; o++)
    {
      KEEP (fn->objs[o].name);
      KEEP (fn->objs[o].display);
      KEEP (fn->objs[o].accept);
      fn->objs[o].alloc_callee = NULL; /* a static name, or a callee */
    }
  KEEP (fn->accept);
#undef KEEP
  /* What only explanations use goes.  */
  free (fn->calls);
  free (fn->roots);
  free (fn->vias);
  free (fn->kills);
  free (fn->dumps);
  fn->calls = NULL;
  fn->roots = NULL;
  fn->vias = NULL;
  fn->kills = NULL;
  fn->dumps = NULL;
  fn->ncalls = fn->nroots = fn->nvias = fn->nkills = fn->ndumps = 0;
  esc_arena_free (&fn->arena);
  fn->arena = na;
}

/* Free FN's solver state: nodes, sets, fields, constraints, indexes, and
   the scratch of its arena.  */
void
esc_fn_release_solver (esc_fn *fn)
{
  if (!fn || !fn->solved || !fn->nodes)
    return;
  for (uint32_t i = 0; i < fn->nnodes; i++)
    {
      esc_noderec *n = &fn->nodes[i];
      esc_u32v_free (&n->pts);
      esc_u32v_free (&n->delta);
      esc_u32v_free (&n->cplx);
      free (n->edges);
    }
  for (uint32_t i = 0; i < fn->nobjs; i++)
    {
      free (fn->objs[i].fields);
      fn->objs[i].fields = NULL;
      fn->objs[i].nfields = fn->objs[i].cfields = 0;
    }
  free (fn->nodes);
  fn->nodes = NULL;
  fn->nnodes = fn->cnodes = 0;
  free (fn->cons);
  fn->cons = NULL;
  fn->ncons = fn->ccons = 0;
  for (int r = 0; r <= ESC_PASS_OPAQUE; r++)
    {
      free (fn->reach[r]);
      fn->reach[r] = NULL;
    }
  esc_hset_free (&fn->edge_set);
  esc_explain_free (fn);
  compact_results (fn);
}

/* Release everything FN owns.  */
void
esc_fn_free (esc_fn *fn)
{
  if (!fn)
    return;
  /* An unsolved function's solver state is released here too.  */
  fn->solved = 1;
  esc_fn_release_solver (fn);
  free (fn->objs);
  free (fn->calls);
  free (fn->roots);
  free (fn->dumps);
  free (fn->vias);
  free (fn->kills);
  free (fn->writes);
  free (fn->gloads);
  free (fn->guards);
  free (fn->param_caller);
  free (fn->param_names);
  free (fn->param_flags);
  esc_u32v_free (&fn->work);
  esc_u32v_free (&fn->next_work);
  esc_u32v_free (&fn->pending_collapse);
  esc_u32v_free (&fn->scratch);
  esc_u32v_free (&fn->scratch2);
  esc_hset_free (&fn->edge_set);
  for (int r = 0; r <= ESC_PASS_OPAQUE; r++)
    free (fn->reach[r]);
  free (fn->findings);
  free (fn->hints);
  free (fn->notes);
  esc_explain_free (fn);
  esc_arena_free (&fn->arena);
  free (fn);
}

/* Accept FN's findings with REASON.  */
void
esc_fn_accept (esc_fn *fn, const char *reason)
{
  if (fn)
    fn->accept = esc_arena_strdup (&fn->arena, reason ? reason : "");
}

/* Accept the findings about OBJ with REASON.  */
void
esc_obj_accept (esc_fn *fn, esc_obj obj, const char *reason)
{
  if (!fn || !esc_obj_valid_p (fn, obj))
    return;
  fn->objs[obj].accept = esc_arena_strdup (&fn->arena, reason ? reason : "");
}

/* Nonzero if FN still accepts constraints; counts a bad call if not.  */
static int
open_p (esc_fn *fn)
{
  if (!fn)
    return 0;
  if (fn->solved)
    {
      fn->stats.bad_calls++;
      return 0;
    }
  return 1;
}

/* Nonzero if NODE is a valid node of FN; counts a bad call if not.  */
static int
node_ok_p (esc_fn *fn, uint32_t node)
{
  if (esc_node_valid_p (fn, node))
    return 1;
  fn->stats.bad_calls++;
  return 0;
}

/* ---------------------------------------------------------------------- */
/* The builders of core.h.  */

/* DST ⊇ {&OBJ + OFF}.  */
void
esc_addr (esc_fn *fn, esc_node dst, esc_obj obj, esc_off off, esc_pos pos)
{
  if (!open_p (fn) || !node_ok_p (fn, dst))
    return;
  if (!esc_obj_valid_p (fn, obj))
    {
      fn->stats.bad_calls++;
      return;
    }
  fn->objs[obj].addr_taken = 1;
  esc_cons_add (fn, ESC_C_ADDR, dst, obj, off, pos, ESC_STEP_ADDR, -1, -1);
}

/* DST ⊇ SRC + OFF.  */
void
esc_copy (esc_fn *fn, esc_node dst, esc_node src, esc_off off, esc_pos pos)
{
  if (!open_p (fn) || !node_ok_p (fn, dst) || !node_ok_p (fn, src))
    return;
  esc_cons_add (fn, ESC_C_COPY, dst, src, off, pos, ESC_STEP_COPY, -1, -1);
}

/* DST ⊇ *(SRC + OFF).  */
void
esc_load (esc_fn *fn, esc_node dst, esc_node src, esc_off off, esc_pos pos)
{
  if (!open_p (fn) || !node_ok_p (fn, dst) || !node_ok_p (fn, src))
    return;
  esc_cons_add (fn, ESC_C_LOAD, dst, src, off, pos, ESC_STEP_LOAD, -1, -1);
}

/* *(DST + OFF) ⊇ SRC.  */
void
esc_store (esc_fn *fn, esc_node dst, esc_off off, esc_node src, esc_pos pos)
{
  if (!open_p (fn) || !node_ok_p (fn, dst) || !node_ok_p (fn, src))
    return;
  esc_cons_add (fn, ESC_C_STORE, dst, src, off, pos, ESC_STEP_STORE, -1,
		-1);
}

/* RET ⊇ SRC.  */
void
esc_return (esc_fn *fn, esc_node src, esc_pos pos)
{
  if (!open_p (fn) || !node_ok_p (fn, src))
    return;
  esc_cons_add (fn, ESC_C_COPY, fn->ret_node, src, 0, pos, ESC_STEP_RETURN,
		-1, -1);
}

/* Bind parameter INDEX's incoming value NODE.  */
esc_obj
esc_param_bind (esc_fn *fn, int index, esc_node node, const char *name,
		unsigned flags, esc_pos pos, int64_t size)
{
  if (!open_p (fn) || !node_ok_p (fn, node))
    return ESC_NONE;
  esc_pos nopos = { NULL, 0, 0, 0 };
  if (index >= 0 && index < fn->nparams)
    {
      fn->param_names[index] = esc_arena_strdup (&fn->arena, name);
      fn->param_flags[index] = flags;
    }
  if (!(flags & ESC_PARAM_POINTER))
    {
      /* An address the caller passed as an integer: outside memory the
	 function reaches through a parameter.  */
      esc_cons_add (fn, ESC_C_ADDR, node, fn->outside, 0, nopos,
		    ESC_STEP_NONE, -1, -1);
      return ESC_NONE;
    }
  esc_obj caller = esc_obj_create (fn, ESC_OBJ_CALLER, name,
				   pos.line ? pos : fn->pos,
				   size > 0 ? size : -1);
  if (index >= 0 && index < fn->nparams)
    {
      fn->objs[caller].param = index;
      fn->objs[caller].level = 1;
      if (fn->param_caller[index] == ESC_NONE)
	fn->param_caller[index] = caller;
    }
  else
    fn->stats.bad_calls++;
  esc_cons_add (fn, ESC_C_ADDR, node, caller, 0, nopos, ESC_STEP_NONE, -1,
		-1);
  return caller;
}

/* NODE may point anywhere outside and its targets may hold anything
   outside (both outside objects: what is not understood may be either).  */
void
esc_clobber (esc_fn *fn, esc_node node, esc_pos pos)
{
  if (!open_p (fn) || node == ESC_NONE || !node_ok_p (fn, node))
    return;
  esc_cons_add (fn, ESC_C_ADDR, node, fn->nonlocal, 0, pos, ESC_STEP_NONE,
		-1, -1);
  esc_cons_add (fn, ESC_C_ADDR, node, fn->outside, 0, pos, ESC_STEP_NONE,
		-1, -1);
  uint32_t tmp = esc_node_create (fn, NULL);
  esc_cons_add (fn, ESC_C_ADDR, tmp, fn->nonlocal, 0, pos, ESC_STEP_NONE, -1,
		-1);
  esc_cons_add (fn, ESC_C_ADDR, tmp, fn->outside, 0, pos, ESC_STEP_NONE, -1,
		-1);
  esc_cons_add (fn, ESC_C_STORE, node, tmp, 0, pos, ESC_STEP_NONE, -1, -1);
}

/* Record a dump request for NODE.  */
void
esc_dump_request (esc_fn *fn, esc_node node, const char *label, esc_pos pos)
{
  if (!open_p (fn) || !node_ok_p (fn, node))
    return;
  ESC_GROW (fn->dumps, fn->ndumps, fn->cdumps);
  esc_dumpreq *d = &fn->dumps[fn->ndumps++];
  d->node = node;
  d->label = esc_arena_strdup (&fn->arena, label ? label : "");
  d->pos = pos;
}

/* Record a root of RULE: NODE's targets escape at CALL (argument ARG);
   VIA as in esc_root.  */
static esc_root *
root_add (esc_fn *fn, esc_rule rule, uint32_t node, int call, int arg,
	  int via)
{
  ESC_GROW (fn->roots, fn->nroots, fn->croots);
  esc_root *r = &fn->roots[fn->nroots++];
  r->rule = rule;
  r->node = node;
  r->call = call;
  r->arg = arg;
  r->via = via;
  r->content = 0;
  return r;
}

/* The node of argument I of CALL, or ESC_NONE (bad ids are counted).  */
static uint32_t
arg_node (esc_fn *fn, const esc_call_info *call, int i)
{
  uint32_t n = call->args[i].node;
  if (n == ESC_NONE)
    return ESC_NONE;
  if (!esc_node_valid_p (fn, n))
    {
      fn->stats.bad_calls++;
      return ESC_NONE;
    }
  return n;
}

/* Record what a callee does with an argument at FLOW, for the note that
   points into CALLEE; returns its index in FN->VIAS.  */
static int
via_add (esc_fn *fn, const char *callee, const esc_flow *flow)
{
  ESC_GROW (fn->vias, fn->nvias, fn->cvias);
  esc_via *v = &fn->vias[fn->nvias];
  v->pos = flow->pos;
  v->src_level = flow->src.level;
  v->text = NULL;
  v->callee = callee;
  v->what = flow->text;
  return (int) fn->nvias++;
}

const char *
esc_via_text (esc_fn *fn, int i)
{
  esc_via *v = &fn->vias[i];
  if (!v->text)
    v->text = esc_arena_printf (&fn->arena, "'%s' %s here",
				v->callee ? v->callee : "<callee>",
				v->what ? v->what : "keeps it");
  return v->text;
}

/* The state of one summary application.  */
typedef struct apply_ctx
{
  esc_fn *fn;
  const esc_call_info *ci;
  int callidx;
  uint32_t heap;     /* the call's heap object, created on first use */
} apply_ctx;

/* A node holding the pointer P names at the call (plus P->off when
   WITH_OFF; an unknown offset is taken as 0, see applied_off), or
   ESC_NONE when the call has no such value.  A level-1 path loaded at an
   unknown offset is, as a source (WITH_OFF: a RESULT or STORE flow), a
   load at any offset, which collapses what the argument points to (the
   callee copied or indexed it: any of its fields may be what it moved);
   as a destination it is ESC_NONE (the caller makes the value escape).  */
static uint32_t
path_node (apply_ctx *a, const esc_path *p, int with_off)
{
  esc_fn *fn = a->fn;
  uint32_t n;
  if (p->param == ESC_PATH_HEAP)
    {
      /* One object per call; an allocator's wrapper makes it an
	 allocation site of its own, named after the wrapper.  */
      if (a->heap == ESC_NONE && a->ci->fresh_p)
	a->heap = esc_heap_site (fn, a->ci, a->callidx, ESC_NONE,
				 a->ci->callee ? fn->calls[a->callidx].callee
				 : NULL);
      else if (a->heap == ESC_NONE)
	a->heap = esc_obj_create (fn, ESC_OBJ_HEAP, NULL, a->ci->pos, -1);
      n = esc_node_create (fn, NULL);
      esc_cons_add (fn, ESC_C_ADDR, n, a->heap, 0, a->ci->pos,
		    ESC_STEP_CALL_RET, a->callidx, -1);
      return n;
    }
  if (p->param < 0 || p->param >= a->ci->nargs)
    return ESC_NONE;
  n = arg_node (fn, a->ci, p->param);
  if (n == ESC_NONE)
    return ESC_NONE;
  if (p->level == 1)
    {
      if (p->load_off == ESC_OFF_ANY && !with_off)
	return ESC_NONE;
      uint32_t t = esc_node_create (fn, NULL);
      esc_cons_add (fn, ESC_C_LOAD, t, n, p->load_off, a->ci->pos,
		    ESC_STEP_NONE, a->callidx, p->param);
      esc_effects_read (fn, a->ci, a->callidx, p->param, p->load_off, t);
      n = t;
    }
  if (with_off && p->off != 0 && p->off != ESC_OFF_ANY)
    {
      uint32_t t = esc_node_create (fn, NULL);
      esc_cons_add (fn, ESC_C_COPY, t, n, p->off, a->ci->pos, ESC_STEP_NONE,
		    a->callidx, p->param);
      n = t;
    }
  return n;
}

/* The offset a summary's OFF is applied at.  An unknown offset is taken
   as the object's start: collapsing the caller's object instead would
   merge all its fields, and its callers' objects in turn, through the
   whole call graph; what is lost is a value the callee moved between
   fields of the object.  */
static int64_t
applied_off (int64_t off)
{
  return off == ESC_OFF_ANY ? 0 : off;
}

/* Nonzero if the call trusts that P, a level-0 path of parameter I, does
   not escape: the parameter is declared noescape.  */
static int
trusted_p (const esc_summary *sum, const esc_call_info *ci, const esc_path *p)
{
  if (p->level != 0 || p->param < 0)
    return 0;
  if (p->param < 32 && (ci->noescape_mask & (1u << p->param)))
    return 1;
  return p->param < sum->nparams && sum->param_flags
	 && (sum->param_flags[p->param] & ESC_PARAM_NOESCAPE);
}

/* The argument a path of parameter I starts from, for a conservative
   root when the path itself cannot be computed.  */
static uint32_t
path_arg (apply_ctx *a, const esc_path *p)
{
  if (p->param < 0 || p->param >= a->ci->nargs)
    return ESC_NONE;
  return arg_node (a->fn, a->ci, p->param);
}

/* Apply summary SUM at call CI (index CALLIDX).  */
static void
apply_summary (esc_fn *fn, const esc_call_info *ci, int callidx,
	       const esc_summary *sum)
{
  apply_ctx a = { fn, ci, callidx, ESC_NONE };
  for (int k = 0; k < sum->nflows; k++)
    {
      const esc_flow *f = &sum->flows[k];
      if (trusted_p (sum, ci, &f->src))
	continue;
      switch (f->kind)
	{
	case ESC_FLOW_RESULT:
	  {
	    if (ci->ret == ESC_NONE)
	      break;
	    uint32_t src = path_node (&a, &f->src, 1);
	    if (src != ESC_NONE)
	      esc_cons_add (fn, ESC_C_COPY, ci->ret, src, 0, ci->pos,
			    ESC_STEP_CALL_RET, callidx, f->src.param);
	    break;
	  }
	case ESC_FLOW_STORE:
	  {
	    uint32_t src = path_node (&a, &f->src, 1);
	    if (src == ESC_NONE)
	      break;
	    uint32_t dst = path_node (&a, &f->dst, 0);
	    int via = via_add (fn, fn->calls[callidx].callee, f);
	    if (dst == ESC_NONE)
	      {
		/* Memory the caller cannot name: the value escapes.  */
		root_add (fn, ESC_RULE_QUEUE, src, callidx, f->src.param, via);
		break;
	      }
	    int64_t off = applied_off (f->dst.off);
	    uint32_t win = esc_effects_store_target (fn, ci, callidx,
						      &f->dst);
	    if (win != ESC_NONE)
	      {
		dst = win;
		off = 0;
	      }
	    uint32_t c = esc_cons_add (fn, ESC_C_STORE, dst, src, off,
				       ci->pos, ESC_STEP_STORE, callidx,
				       f->src.param);
	    fn->cons[c].via = via;
	    break;
	  }
	case ESC_FLOW_ESCAPE:
	case ESC_FLOW_OPAQUE:
	  {
	    /* *(arg + ?) escapes: a content root of arg (content.c).  */
	    int content = f->src.level == 1 && f->src.load_off == ESC_OFF_ANY;
	    uint32_t src = content ? path_arg (&a, &f->src)
				   : path_node (&a, &f->src, 0);
	    esc_rule rule = f->kind == ESC_FLOW_OPAQUE
			    ? (esc_rule) ESC_PASS_OPAQUE
			    : f->rule == ESC_RULE_FNPTR ? ESC_RULE_FNPTR
							: ESC_RULE_QUEUE;
	    if (src != ESC_NONE)
	      root_add (fn, rule, src, callidx, f->src.param,
			via_add (fn, fn->calls[callidx].callee, f))->content
		= content;
	    break;
	  }
	default:
	  break;
	}
    }
  for (int k = 0; k < sum->nwrites; k++)
    {
      const esc_write *w = &sum->writes[k];
      uint32_t src = w->kind == ESC_WRITE_CONST
		     ? ESC_NONE : path_node (&a, &w->src, 1);
      esc_effects_apply_write (fn, ci, callidx, w, src,
			       path_node (&a, &w->dst, 0));
    }
  if (ci->ret != ESC_NONE)
    {
      if (sum->returns_heap)
	esc_cons_add (fn, ESC_C_COPY, ci->ret,
		      path_node (&a, &(esc_path) { ESC_PATH_HEAP, 0, 0, 0 }, 0),
		      0, ci->pos, ESC_STEP_NONE, callidx, -1);
      /* Outside memory the callee loaded or named (it may be what the
	 caller stored there), and what an unknown function returned to
	 the callee (it is not).  */
      if (sum->returns_nonlocal)
	esc_cons_add (fn, ESC_C_ADDR, ci->ret, fn->outside, 0, ci->pos,
		      ESC_STEP_NONE, callidx, -1);
      if (sum->returns_unknown)
	esc_cons_add (fn, ESC_C_ADDR, ci->ret, fn->nonlocal, 0, ci->pos,
		      ESC_STEP_NONE, callidx, -1);
    }
}

/* A call: apply the callee's summary, the indirect-call rule, the library
   model or the unknown-callee default, in that order; then the sinks the
   callee's declaration or the unit names.  */
void
esc_call (esc_fn *fn, const esc_call_info *call)
{
  if (!open_p (fn) || !call)
    return;
  esc_call_info ci = *call;
  if (ci.nargs < 0 || (ci.nargs > 0 && !ci.args))
    {
      fn->stats.bad_calls++;
      ci.nargs = 0;
    }
  if (ci.nwindows < 0 || (ci.nwindows > 0 && !ci.windows))
    {
      fn->stats.bad_calls++;
      ci.nwindows = 0;
    }
  if (ci.ret != ESC_NONE && !esc_node_valid_p (fn, ci.ret))
    {
      fn->stats.bad_calls++;
      ci.ret = ESC_NONE;
    }
  ESC_GROW (fn->calls, fn->ncalls, fn->ccalls);
  int callidx = (int) fn->ncalls++;
  esc_callrec *cr = &fn->calls[callidx];
  cr->callee = esc_arena_strdup (&fn->arena, ci.callee);
  cr->indirect_p = ci.indirect_p;
  cr->pos = ci.pos;

  /* Validate the argument nodes once.  */
  esc_arg *args = NULL;
  if (ci.nargs > 0)
    {
      args = esc_xrealloc (NULL, (size_t) ci.nargs * sizeof (esc_arg));
      for (int i = 0; i < ci.nargs; i++)
	{
	  args[i] = ci.args[i];
	  args[i].node = arg_node (fn, &ci, i);
	}
      ci.args = args;
    }

  const esc_summary *sum = NULL;
  if (ci.callee_uid >= 0 && fn->unit)
    sum = esc_unit_summary (fn->unit, ci.callee_uid);
  if (sum)
    apply_summary (fn, &ci, callidx, sum);
  else if (ci.indirect_p)
    {
      for (int i = 0; i < ci.nargs; i++)
	{
	  uint32_t a = ci.args[i].node;
	  if (a == ESC_NONE || (i < 32 && (ci.noescape_mask & (1u << i))))
	    continue;
	  root_add (fn, ESC_RULE_FNPTR, a, callidx, i, -1);
	}
      if (ci.ret != ESC_NONE)
	esc_cons_add (fn, ESC_C_ADDR, ci.ret, fn->nonlocal, 0, ci.pos,
		      ESC_STEP_NONE, callidx, -1);
      esc_effects_unmodelled (fn, &ci, callidx);
    }
  else if (esc_libmodel_apply (fn, &ci, callidx))
    esc_effects_unmodelled (fn, &ci, callidx);
  else
    {
      /* An unknown function: it is assumed not to keep its arguments,
	 but what it may keep gets no heap-to-stack hint (unless it is
	 declared not to keep it: noescape, or a deallocator).  What it
	 returns is non-local memory, or a fresh heap object when it is
	 declared an allocator.  */
      for (int i = 0; i < ci.nargs; i++)
	if (ci.args[i].node != ESC_NONE
	    && !(i < 32 && (ci.noescape_mask & (1u << i))))
	  root_add (fn, (esc_rule) ESC_PASS_OPAQUE, ci.args[i].node, callidx,
		    i, -1);
      if (ci.ret != ESC_NONE && ci.fresh_p && cr->callee)
	esc_heap_site (fn, &ci, callidx, ci.ret, cr->callee);
      else if (ci.ret != ESC_NONE)
	esc_cons_add (fn, ESC_C_ADDR, ci.ret, fn->nonlocal, 0, ci.pos,
		      ESC_STEP_NONE, callidx, -1);
    }

  for (int i = 0; i < ci.nargs; i++)
    {
      uint32_t a = ci.args[i].node;
      if (a == ESC_NONE || (i < 32 && (ci.noescape_mask & (1u << i))))
	continue;
      if ((i < 32 && (ci.retain_mask & (1u << i)))
	  || (!ci.indirect_p && esc_unit_sink_p (fn->unit, ci.callee, i)))
	root_add (fn, ESC_RULE_QUEUE, a, callidx, i, -1);
    }
  free (args);
}

/* Add a root of rule QUEUE for argument ARG (node NODE) of call CALLIDX;
   used by the library model.  */
void
esc_root_queue (esc_fn *fn, uint32_t node, int callidx, int arg, int via)
{
  root_add (fn, ESC_RULE_QUEUE, node, callidx, arg, via);
}

/* A window for location (OBJ, OFF).  */
esc_obj
esc_window_new (esc_fn *fn, esc_obj obj, esc_off off)
{
  if (!open_p (fn))
    return ESC_NONE;
  if (!esc_obj_valid_p (fn, obj))
    {
      fn->stats.bad_calls++;
      return ESC_NONE;
    }
  const esc_objrec *r = &fn->objs[obj];
  const char *name = r->name;
  const char *display = r->display;
  esc_pos pos = r->pos;
  esc_obj w = esc_obj_create (fn, ESC_OBJ_WINDOW, NULL, pos, -1);
  esc_objrec *o = &fn->objs[w];
  o->name = name;
  o->display = display;
  o->real = obj;
  o->real_off = off;
  return w;
}

/* VALUE overwrites WINDOW's location.  */
void
esc_window_kill (esc_fn *fn, esc_obj window, esc_node value, esc_pos pos)
{
  (void) pos;
  if (!open_p (fn))
    return;
  if (!esc_obj_valid_p (fn, window)
      || fn->objs[window].kind != ESC_OBJ_WINDOW
      || (value != ESC_NONE && !esc_node_valid_p (fn, value)))
    {
      fn->stats.bad_calls++;
      return;
    }
  if (value == ESC_NONE)
    return; /* a constant: clears */
  ESC_GROW (fn->kills, fn->nkills, fn->ckills);
  fn->kills[fn->nkills].window = window;
  fn->kills[fn->nkills].node = value;
  fn->nkills++;
}
