/* gcc-escape: flow paths that explain findings (Go's -m -m).

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A finding says: object O was reached by a rule.  The reachability pass
   left a chain: O is pointed to by field node F1 of object P1, P1 by a
   field of P2, ..., the last one by a root node or a field of a seed
   object.  Each link "node N may point into object X" is a FACT, and is
   explained by a backward breadth-first search over facts, replaying the
   ORIGINAL constraints (before cycle collapsing) against the final sets:
     (N, X) <- addr   N ⊇ {&X + k}                    the base: done
     (N, X) <- copy   N ⊇ S + k       if S points into X
     (N, X) <- load   N ⊇ *(S + k)    via (content (L + k), X), L ∈ S
     (F, X) <- store  *(D + k) ⊇ S    F = (P, j) and D points to (P, j - k)
						  (or P collapsed), S into X
   Only facts that hold in the solution are visited, each node once per
   search, so a search is linear in the constraints it touches; it is also
   capped, and a link it cannot explain simply contributes no steps.

   Steps come out object first, sink last.  Copies into unnamed nodes
   (temporaries) and steps without a line are left out.  The sink
   position of the finding is chosen from the steps: RETURN the last step
   with a line; STORE the first store into memory that is not automatic
   (for `s.f = &x; g = &s' that is the store into g, for `h = malloc ();
   h->f = &x' the store into the heap); QUEUE and FNPTR the call.  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Set elements one search, and all the searches of a function, may scan
   before giving up: explanations are a luxury and must not cost more
   than solving.  */
#define ESC_EXPLAIN_BUDGET ((size_t) 1000 * 1000)
#define ESC_EXPLAIN_FN_BUDGET ((size_t) 10 * 1000 * 1000)

/* Build the constraint indexes the searches use.  */
static void
build_indexes (esc_fn *fn)
{
  uint32_t nn = fn->nnodes, no = fn->nobjs;
  fn->by_dst_start = esc_xcalloc ((size_t) nn + 1, sizeof (uint32_t));
  fn->st_start = esc_xcalloc ((size_t) no + 1, sizeof (uint32_t));
  fn->visit_stamp = esc_xcalloc (nn, sizeof (uint32_t));
  fn->visit_gen = 0;

  /* Non-store constraints by destination node.  */
  for (uint32_t c = 0; c < fn->ncons; c++)
    if (fn->cons[c].kind != ESC_C_STORE)
      fn->by_dst_start[fn->cons[c].dst + 1]++;
  for (uint32_t i = 0; i < nn; i++)
    fn->by_dst_start[i + 1] += fn->by_dst_start[i];
  fn->by_dst = esc_xcalloc ((size_t) fn->by_dst_start[nn] + 1,
			    sizeof (uint32_t));
  uint32_t *fill = esc_xcalloc ((size_t) nn + 1, sizeof (uint32_t));
  for (uint32_t c = 0; c < fn->ncons; c++)
    if (fn->cons[c].kind != ESC_C_STORE)
      {
	uint32_t d = fn->cons[c].dst;
	fn->by_dst[fn->by_dst_start[d] + fill[d]++] = c;
      }
  free (fill);

  /* Stores by the objects their pointer targets.  */
  esc_u32v pairs = { 0 }, objs = { 0 };
  for (uint32_t c = 0; c < fn->ncons; c++)
    {
      if (fn->cons[c].kind != ESC_C_STORE)
	continue;
      const esc_noderec *d = &fn->nodes[esc_find (fn, fn->cons[c].dst)];
      objs.n = 0;
      for (uint32_t i = 0; i < d->pts.n; i++)
	esc_u32v_push (&objs, fn->nodes[d->pts.v[i]].obj);
      esc_u32v_sort_unique (&objs);
      for (uint32_t i = 0; i < objs.n; i++)
	{
	  esc_u32v_push (&pairs, objs.v[i]);
	  esc_u32v_push (&pairs, c);
	  fn->st_start[objs.v[i] + 1]++;
	}
    }
  for (uint32_t i = 0; i < no; i++)
    fn->st_start[i + 1] += fn->st_start[i];
  fn->st_list = esc_xcalloc ((size_t) fn->st_start[no] + 1,
			     sizeof (uint32_t));
  fill = esc_xcalloc ((size_t) no + 1, sizeof (uint32_t));
  for (uint32_t i = 0; i < pairs.n; i += 2)
    {
      uint32_t o = pairs.v[i];
      fn->st_list[fn->st_start[o] + fill[o]++] = pairs.v[i + 1];
    }
  free (fill);
  esc_u32v_free (&pairs);
  esc_u32v_free (&objs);
}

/* Free the explanation indexes of FN.  */
void
esc_explain_free (esc_fn *fn)
{
  free (fn->by_dst_start);
  free (fn->by_dst);
  free (fn->st_start);
  free (fn->st_list);
  free (fn->visit_stamp);
  fn->by_dst_start = fn->by_dst = fn->st_start = fn->st_list = NULL;
  fn->visit_stamp = NULL;
}

/* One fact of a search: NODE may point into the searched object; CONS
   leads from it to the fact NEXT (closer to the link's node).  */
typedef struct fact
{
  uint32_t node;
  int32_t next;
  uint32_t cons;
} fact;

/* A hop of a found path: constraint CONS, ending in node INTO.  */
typedef struct hop
{
  uint32_t cons;
  uint32_t into;
} hop;

typedef struct hopv
{
  hop *v;
  size_t n, cap;
} hopv;

/* Append a hop to V.  */
static void
hop_push (hopv *v, uint32_t cons, uint32_t into)
{
  ESC_GROW (v->v, v->n, v->cap);
  v->v[v->n].cons = cons;
  v->v[v->n].into = into;
  v->n++;
}

/* Nonzero if NODE's set holds a location of OBJ; counts the work.  */
static int
points_into_p (esc_fn *fn, uint32_t node, uint32_t obj)
{
  fn->explain_work += 1 + fn->objs[obj].nfields;
  return esc_node_points_into_p (fn, node, obj);
}

/* Nonzero if store C writes the field node F (object P, offset J).  */
static int
store_hits_p (esc_fn *fn, const esc_cons *c, uint32_t p, int64_t j)
{
  if (fn->objs[p].collapsed || c->off == ESC_OFF_ANY)
    return 1;
  /* The store writes (P, J) if its pointer may point to (P, J - OFF): one
     lookup in the sorted set.  */
  const esc_noderec *d = &fn->nodes[esc_find (fn, c->dst)];
  fn->explain_work += 1;
  if ((c->off > 0 && j < INT64_MIN / 2 + c->off)
      || (c->off < 0 && j > INT64_MAX / 2 + c->off))
    return 0;
  uint32_t l = esc_loc_lookup (fn, p, j - c->off);
  return l != ESC_NONE && esc_set_has_p (&d->pts, l);
}

/* A new generation of FN's visit stamps: a node is visited in the
   current search when its stamp equals it.  */
static uint32_t
new_visit (esc_fn *fn)
{
  if (++fn->visit_gen == 0)
    {
      memset (fn->visit_stamp, 0, fn->nnodes * sizeof (uint32_t));
      fn->visit_gen = 1;
    }
  return fn->visit_gen;
}

/* Explain the fact (NODE, OBJ): append its hops, base first, to OUT.
   Returns nonzero if a path was found.  */
static int
explain_fact (esc_fn *fn, uint32_t node, uint32_t obj, hopv *out)
{
  fact *q = NULL;
  size_t nq = 0, cq = 0, head = 0;
  int found = 0;
  uint32_t base_cons = 0;
  int32_t base_fact = -1;

  uint32_t gen = new_visit (fn);
  ESC_GROW (q, nq, cq);
  q[nq++] = (fact) { node, -1, 0 };
  fn->visit_stamp[node] = gen;

#define VISIT(n_, c_)                                                       \
  do                                                                        \
    {                                                                       \
      uint32_t vn_ = (n_);                                                  \
      if (fn->visit_stamp[vn_] != gen                                       \
	  && points_into_p (fn, vn_, obj))                                  \
	{                                                                   \
	  fn->visit_stamp[vn_] = gen;                                       \
	  ESC_GROW (q, nq, cq);                                             \
	  q[nq++] = (fact) { vn_, (int32_t) head, (c_) };                   \
	}                                                                   \
    }                                                                       \
  while (0)

  size_t start = fn->explain_work;
  while (head < nq && !found
	 && fn->explain_work - start < ESC_EXPLAIN_BUDGET
	 && fn->explain_work < ESC_EXPLAIN_FN_BUDGET)
    {
      uint32_t n = q[head].node;
      const esc_noderec *nr = &fn->nodes[n];
      if (nr->obj != ESC_NONE)
	{
	  /* A field node: the stores that wrote it.  */
	  uint32_t p = nr->obj;
	  int64_t j = nr->off;
	  for (uint32_t k = fn->st_start[p]; k < fn->st_start[p + 1]; k++)
	    {
	      uint32_t c = fn->st_list[k];
	      if (store_hits_p (fn, &fn->cons[c], p, j))
		VISIT (fn->cons[c].src, c);
	    }
	}
      for (uint32_t k = fn->by_dst_start[n]; k < fn->by_dst_start[n + 1]
	   && !found; k++)
	{
	  uint32_t c = fn->by_dst[k];
	  const esc_cons *cs = &fn->cons[c];
	  switch (cs->kind)
	    {
	    case ESC_C_ADDR:
	      if (cs->src == obj)
		{
		  found = 1;
		  base_cons = c;
		  base_fact = (int32_t) head;
		}
	      break;
	    case ESC_C_COPY:
	      VISIT (cs->src, c);
	      break;
	    case ESC_C_LOAD:
	      {
		const esc_noderec *s = &fn->nodes[esc_find (fn, cs->src)];
		fn->explain_work += s->pts.n;
		for (uint32_t i = 0; i < s->pts.n; i++)
		  {
		    uint32_t f = esc_loc_shift_lookup (fn, s->pts.v[i],
						       cs->off);
		    if (f != ESC_NONE)
		      VISIT (f, c);
		  }
		break;
	      }
	    default:
	      break;
	    }
	}
      head++;
    }
#undef VISIT

  if (found)
    {
      hop_push (out, base_cons, q[base_fact].node);
      for (int32_t i = base_fact; q[i].next >= 0; i = q[i].next)
	hop_push (out, q[i].cons, q[q[i].next].node);
    }
  free (q);
  return found;
}

/* The callee name of call CALL for texts.  */
static const char *
callee_name (const esc_fn *fn, int call)
{
  if (call < 0 || (uint32_t) call >= fn->ncalls || !fn->calls[call].callee)
    return "<unknown>";
  return fn->calls[call].callee;
}

typedef struct stepv
{
  esc_step *v;
  uint32_t *obj;  /* for STORE steps: the object written, else ESC_NONE */
  uint32_t *cons; /* the constraint of the step, or ESC_NONE */
  size_t n, cap;
} stepv;

/* Append a step of KIND at POS with TEXT (if POS has a line), made by
   constraint CONS (or ESC_NONE).  */
static void
step_push_cons (stepv *s, esc_step_kind kind, esc_pos pos, const char *text,
		uint32_t obj, uint32_t cons)
{
  if (pos.line == 0)
    return;
  if (s->n >= s->cap)
    {
      s->cap = s->cap ? s->cap * 2 : 8;
      s->v = esc_xrealloc (s->v, s->cap * sizeof (esc_step));
      s->obj = esc_xrealloc (s->obj, s->cap * sizeof (uint32_t));
      s->cons = esc_xrealloc (s->cons, s->cap * sizeof (uint32_t));
    }
  s->v[s->n].kind = kind;
  s->v[s->n].pos = pos;
  s->v[s->n].text = text;
  s->obj[s->n] = obj;
  s->cons[s->n] = cons;
  s->n++;
}

/* Append a step that no single constraint made.  */
static void
step_push (stepv *s, esc_step_kind kind, esc_pos pos, const char *text,
	   uint32_t obj)
{
  step_push_cons (s, kind, pos, text, obj, ESC_NONE);
}

/* Insert a step at index AT of S (a via note after a call step).  */
static void
step_insert (stepv *s, size_t at, esc_step_kind kind, esc_pos pos,
	     const char *text)
{
  size_t n = s->n;
  step_push (s, kind, pos, text, ESC_NONE);
  if (s->n == n || at >= n)
    return;
  esc_step st = s->v[n];
  memmove (s->v + at + 1, s->v + at, (n - at) * sizeof (esc_step));
  memmove (s->obj + at + 1, s->obj + at, (n - at) * sizeof (uint32_t));
  memmove (s->cons + at + 1, s->cons + at, (n - at) * sizeof (uint32_t));
  s->v[at] = st;
  s->obj[at] = ESC_NONE;
  s->cons[at] = ESC_NONE;
}

/* Turn hop H of an explanation of object OBJ into steps.  */
static void
hop_steps (esc_fn *fn, const hop *h, uint32_t obj, stepv *s)
{
  const esc_cons *c = &fn->cons[h->cons];
  const esc_noderec *into = &fn->nodes[h->into];
  esc_arena *a = &fn->arena;
  switch (c->step)
    {
    case ESC_STEP_ADDR:
      step_push (s, ESC_STEP_ADDR, c->pos,
		 esc_arena_printf (a, "address of '%s' is taken here",
				   fn->objs[obj].display), ESC_NONE);
      break;
    case ESC_STEP_COPY:
      if (into->name)
	step_push (s, ESC_STEP_COPY, c->pos,
		   esc_arena_printf (a, "copied into '%s'", into->name),
		   ESC_NONE);
      break;
    case ESC_STEP_LOAD:
      step_push (s, ESC_STEP_LOAD, c->pos,
		 into->name ? esc_arena_printf (a, "loaded into '%s'",
						into->name)
			    : "loaded from memory", ESC_NONE);
      break;
    case ESC_STEP_STORE:
      if (into->obj != ESC_NONE)
	step_push_cons (s, ESC_STEP_STORE, c->pos,
			esc_arena_printf (a, "stored into '%s'",
					  fn->objs[into->obj].display),
			into->obj, h->cons);
      break;
    case ESC_STEP_REREAD:
      {
	/* The store the load sees, then the load (memflow.c).  */
	uint32_t o = esc_gload_object (fn, c->arg);
	if (o != ESC_NONE && c->arg >= 0)
	  step_push (s, ESC_STEP_STORE, fn->gloads[c->arg].store_pos,
		     esc_arena_printf (a, "stored into '%s'",
				       fn->objs[o].display), o);
	step_push (s, ESC_STEP_LOAD, c->pos,
		   into->name ? esc_arena_printf (a, "loaded into '%s'",
						  into->name)
			      : "loaded from memory", ESC_NONE);
	break;
      }
    case ESC_STEP_CALL_RET:
      if (c->kind == ESC_C_COPY && c->arg >= 0)
	step_push (s, ESC_STEP_CALL_ARG, c->pos,
		   esc_arena_printf (a, "passed to '%s' as argument %d",
				     callee_name (fn, c->call), c->arg + 1),
		   ESC_NONE);
      step_push (s, ESC_STEP_CALL_RET, c->pos,
		 esc_arena_printf (a, "returned by '%s'",
				   callee_name (fn, c->call)), ESC_NONE);
      break;
    case ESC_STEP_RETURN:
      step_push (s, ESC_STEP_RETURN, c->pos, "returned here", ESC_NONE);
      break;
    default:
      break;
    }
}

/* Nonzero if storing into OBJ is not itself where the address escapes,
   only a step on the way: an automatic object, heap memory (it escapes
   when it is itself stored or returned), or the window of a location
   that is cleared before return.  */
static int
holder_p (const esc_fn *fn, uint32_t obj)
{
  const esc_objrec *o = &fn->objs[obj];
  return esc_obj_kind_automatic_p (o->kind) || o->kind == ESC_OBJ_HEAP
	 || (o->kind == ESC_OBJ_WINDOW && !o->open);
}

/* Explain why OBJ is reached in the pass of rule PASS, presented as
   F->rule; fill F's steps, pos and callee, and *SINK.  */
void
esc_explain (esc_fn *fn, uint32_t obj, esc_rule pass, esc_finding *f,
	     esc_sink_info *sink)
{
  if (!fn->by_dst_start)
    build_indexes (fn);
  const esc_reach *reach = fn->reach[pass];
  stepv s = { NULL, NULL, NULL, 0, 0 };
  hopv hops = { NULL, 0, 0 };
  uint32_t x = obj, seed = ESC_NONE;
  int root = reach[obj].root;
  /* Walk the chain outwards, at most once around the objects.  */
  for (uint32_t guard = 0; guard <= fn->nobjs && reach[x].reached
       && !reach[x].seed; guard++)
    {
      const esc_reach *r = &reach[x];
      hops.n = 0;
      explain_fact (fn, r->via, x, &hops);
      for (size_t i = 0; i < hops.n; i++)
	hop_steps (fn, &hops.v[i], x, &s);
      if (r->parent == ESC_NONE)
	break;
      x = r->parent;
      if (reach[x].seed)
	seed = x;
    }
  free (hops.v);

  esc_rule rule = f->rule;
  f->pos = fn->pos;
  f->callee = NULL;
  sink->target = ESC_NONE;
  sink->via = -1;
  sink->call = -1;
  if ((rule == ESC_RULE_QUEUE || rule == ESC_RULE_FNPTR
       || (int) pass == ESC_PASS_OPAQUE) && root >= 0
      && (uint32_t) root < fn->nroots)
    {
      const esc_root *rt = &fn->roots[root];
      const esc_callrec *call = &fn->calls[rt->call];
      f->callee = call->callee;
      f->pos = call->pos;
      if (rule == ESC_RULE_QUEUE || call->callee
	  || (int) pass == ESC_PASS_OPAQUE)
	step_push (&s, ESC_STEP_CALL_ARG, call->pos,
		   esc_arena_printf (&fn->arena,
				     "passed to '%s' as argument %d",
				     callee_name (fn, rt->call), rt->arg + 1),
		   ESC_NONE);
      else
	step_push (&s, ESC_STEP_CALL_ARG, call->pos,
		   esc_arena_printf (&fn->arena,
				     "passed to a call through a function "
				     "pointer as argument %d", rt->arg + 1),
		   ESC_NONE);
      if (rt->via >= 0 && (uint32_t) rt->via < fn->nvias)
	{
	  step_push (&s, ESC_STEP_STORE, fn->vias[rt->via].pos,
		     esc_via_text (fn, rt->via), ESC_NONE);
	  sink->via = rt->via;
	  sink->call = rt->call;
	}
    }
  else if (rule == ESC_RULE_STORE)
    {
      size_t pick = s.n;
      for (size_t i = 0; i < s.n && pick == s.n; i++)
	if (s.v[i].kind == ESC_STEP_STORE && s.obj[i] != ESC_NONE
	    && !holder_p (fn, s.obj[i]))
	  pick = i;
      for (size_t i = s.n; i > 0 && pick == s.n; i--)
	if (s.v[i - 1].kind == ESC_STEP_STORE && s.obj[i - 1] != ESC_NONE)
	  pick = i - 1;
      if (pick < s.n)
	{
	  /* What happens after the escaping store, inside memory that
	     outlives the frame (`move (&g)' copying g.b into g.a), is
	     not part of the story.  */
	  if (!holder_p (fn, s.obj[pick]))
	    s.n = pick + 1;
	  f->pos = s.v[pick].pos;
	  sink->target = s.obj[pick];
	  if (holder_p (fn, sink->target)
	      && fn->objs[sink->target].kind != ESC_OBJ_HEAP)
	    sink->target = seed;
	  uint32_t c = s.cons[pick];
	  if (c != ESC_NONE && fn->cons[c].via >= 0
	      && (uint32_t) fn->cons[c].via < fn->nvias)
	    {
	      /* A store the callee's summary made: the argument is passed
		 to the callee, which stores it.  */
	      const esc_cons *cs = &fn->cons[c];
	      sink->via = cs->via;
	      sink->call = cs->call;
	      s.v[pick].kind = ESC_STEP_CALL_ARG;
	      s.v[pick].text = esc_arena_printf (&fn->arena,
						 "passed to '%s' as argument "
						 "%d", callee_name (fn,
								    cs->call),
						 cs->arg + 1);
	      step_insert (&s, pick + 1, ESC_STEP_STORE,
			   fn->vias[cs->via].pos, esc_via_text (fn, cs->via));
	      f->callee = callee_name (fn, cs->call);
	    }
	}
      else
	{
	  sink->target = seed;
	  if (s.n)
	    f->pos = s.v[s.n - 1].pos;
	}
    }
  else if (s.n)
    {
      /* The last step of the return flow in this function: a via note
	 points into a callee.  */
      size_t k = s.n;
      while (k > 1 && s.v[k - 1].pos.file != fn->pos.file
	     && s.v[k - 1].kind == ESC_STEP_STORE)
	k--;
      f->pos = s.v[k - 1].pos;
    }
  else if (rule == ESC_RULE_RETURN)
    {
      /* No explained path: the first return with a line.  */
      for (uint32_t c = 0; c < fn->ncons; c++)
	if (fn->cons[c].step == ESC_STEP_RETURN && fn->cons[c].pos.line)
	  {
	    f->pos = fn->cons[c].pos;
	    break;
	  }
    }

  f->nsteps = (int) s.n;
  if (s.n)
    {
      esc_step *steps = esc_arena_alloc (&fn->arena, s.n * sizeof (esc_step));
      memcpy (steps, s.v, s.n * sizeof (esc_step));
      f->steps = steps;
    }
  else
    f->steps = NULL;
  free (s.v);
  free (s.obj);
  free (s.cons);
}

/* Nonzero if NODE holds the address of OBJ through copies only (no load
   from memory): the value itself, not something read back.  */
static int
copied_p (esc_fn *fn, uint32_t node, uint32_t obj)
{
  uint32_t gen = new_visit (fn);
  esc_u32v q = { 0 };
  esc_u32v_push (&q, node);
  fn->visit_stamp[node] = gen;
  int found = 0;
  size_t start = fn->explain_work;
  for (size_t head = 0; head < q.n && !found
       && fn->explain_work - start < ESC_EXPLAIN_BUDGET
       && fn->explain_work < ESC_EXPLAIN_FN_BUDGET; head++)
    {
      uint32_t n = q.v[head];
      for (uint32_t k = fn->by_dst_start[n]; k < fn->by_dst_start[n + 1];
	   k++)
	{
	  const esc_cons *c = &fn->cons[fn->by_dst[k]];
	  fn->explain_work++;
	  if (c->kind == ESC_C_ADDR && c->src == obj)
	    {
	      found = 1;
	      break;
	    }
	  if (c->kind == ESC_C_COPY && fn->visit_stamp[c->src] != gen
	      && points_into_p (fn, c->src, obj))
	    {
	      fn->visit_stamp[c->src] = gen;
	      esc_u32v_push (&q, c->src);
	    }
	}
    }
  esc_u32v_free (&q);
  return found;
}

/* The scans of esc_explain_store_pos, best first: whose store (the
   function's own or a callee's, by its summary), into the field asked
   for or another of the object, of the value itself (copied, or handed
   to the callee) or of something read back.  */
static const struct
{
  unsigned char callee, exact, direct;
} store_scans[] = {
  { 0, 1, 1 }, /* `s->b = p;' */
  { 1, 1, 1 }, /* `put_b (s, p);' */
  /* `s->b = p; shift (s);' also puts P into s->a, flow-insensitively:
     the store the user wrote is the one to show for s->a too.  */
  { 0, 0, 1 },
  { 0, 1, 0 }, /* `s->a = s->b;' */
  { 1, 1, 0 }, /* `shift (s);' */
  { 0, 0, 0 },
};

/* Where a store of FN put a location of object OBJ into field node
   FIELD: the best store into FIELD's object whose value may point into
   OBJ, in the order of store_scans (its constraint in *CONS, if not
   NULL), or FN's position (and ESC_NONE) when there is none.  Linear
   scans, not a search: summaries ask this for every flow they record,
   and the scans share the function's explanation budget: past it, the
   answer is the function's position.  */
esc_pos
esc_explain_store_pos (esc_fn *fn, uint32_t field, uint32_t obj,
		       uint32_t *cons)
{
  if (cons)
    *cons = ESC_NONE;
  if (!fn->by_dst_start)
    build_indexes (fn);
  uint32_t p = fn->nodes[field].obj;
  int64_t j = fn->nodes[field].off;
  if (p == ESC_NONE)
    return fn->pos;
  for (size_t scan = 0; scan < sizeof store_scans / sizeof *store_scans;
       scan++)
    for (uint32_t k = fn->st_start[p]; k < fn->st_start[p + 1]; k++)
      {
	const esc_cons *c = &fn->cons[fn->st_list[k]];
	int callee = c->via >= 0;
	if (callee != store_scans[scan].callee || !c->pos.line
	    || (callee && store_scans[scan].direct
		&& fn->vias[c->via].src_level != 0))
	  continue;
	if (fn->explain_work >= ESC_EXPLAIN_FN_BUDGET)
	  return fn->pos;
	/* Every store of the list writes some field of P.  */
	if (points_into_p (fn, c->src, obj)
	    && (!store_scans[scan].exact || store_hits_p (fn, c, p, j))
	    && (callee || !store_scans[scan].direct
		|| copied_p (fn, c->src, obj)))
	  {
	    if (cons)
	      *cons = fn->st_list[k];
	    return c->pos;
	  }
      }
  return fn->pos;
}
