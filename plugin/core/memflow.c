/* gcc-escape: loads that see the store reaching them.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The points-to analysis is flow-insensitive: a load of a location sees
   every value stored into it anywhere in the function, so after
   `s.data = buf; fill (&s); s.data = pool_alloc (n); v->data = s.data;'
   the last load still seemed to give `buf' (issue 9, cause 5).  The glue
   knows better for one kind of load: when GCC's virtual SSA chain leads
   from the load to one store into exactly the same location, that store
   dominates the load and no other store into the location runs between
   them.  It then copies the stored value into the load's destination
   (esc_load_guarded, a copy whose explanation shows the store and the
   load), and records here the plain load, DST ⊇ *(SRC + OFF), as GUARDED:
   it is added to the problem as soon as one of its guards holds.  A guard
   is a statement on the chain between the store and the load that may
   write the location after all, as far as the solution tells:

   - a store through a pointer P (esc_guard_store): it holds when P may
     point into an object that SRC points to;
   - a call with argument A (esc_guard_call; A may be ESC_NONE for the
     call itself): it holds when such an object is reachable from what A
     points to, through the contents of the objects on the way, or from
     outside memory (globals, <nonlocal>, <unknown>, caller memory): a
     callee may write anything it can reach.

   Guards are checked whenever the solver reaches a fixed point
   (esc_guards_fire); a guard that holds adds the plain load, and solving
   goes on.  Sets only grow, so a guard that held stays true, and the
   result is the least solution in which every guarded load whose guards
   hold is a plain load: where a statement between may have written the
   location, the load sees what the flow-insensitive analysis gives, and
   nothing it would see is lost.  The checks of a function have a budget
   (ESC_GUARD_BUDGET); past it every guarded load becomes a plain load.  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Most guarded loads per function; past it the glue lowers plain loads
   (esc_load_guarded returns -1).  */
#define ESC_MAX_GLOADS 65536u
/* Set elements and objects all the checks of a function may scan; past
   it every guarded load not yet added is added (the plain loads).  */
#define ESC_GUARD_BUDGET ((size_t) 50 * 1000 * 1000)

/* A copy DST ⊇ VAL with the explanation of a load that sees the value of
   the store at STORE_POS; guarded load SRC + OFF as above.  Returns the
   guarded load's index, or -1 when it is not recorded (then the glue
   must lower the plain load).  */
int
esc_load_guarded (esc_fn *fn, esc_node dst, esc_node src, esc_off off,
		  esc_node val, esc_pos store_pos, esc_pos pos)
{
  if (!fn || fn->solved || !esc_node_valid_p (fn, dst)
      || !esc_node_valid_p (fn, src)
      || (val != ESC_NONE && !esc_node_valid_p (fn, val))
      || fn->ngloads >= ESC_MAX_GLOADS)
    return -1;
  ESC_GROW (fn->gloads, fn->ngloads, fn->cgloads);
  uint32_t g = fn->ngloads++;
  esc_gload *l = &fn->gloads[g];
  l->dst = dst;
  l->src = src;
  l->off = off;
  l->pos = pos;
  l->store_pos = store_pos;
  l->fired = 0;
  l->more = ESC_NONE;
  if (val != ESC_NONE)
    esc_cons_add (fn, ESC_C_COPY, dst, val, 0, pos, ESC_STEP_REREAD, -1,
		  (int) g);
  return (int) g;
}

/* When guarded load LOAD is added, its destination also receives MORE
   (the glue's read of a cleared location's window).  */
void
esc_load_guarded_also (esc_fn *fn, int load, esc_node more)
{
  if (!fn || fn->solved || load < 0 || (uint32_t) load >= fn->ngloads
      || !esc_node_valid_p (fn, more))
    {
      if (fn)
	fn->stats.bad_calls++;
      return;
    }
  fn->gloads[load].more = more;
}

/* Add a guard of KIND on NODE to guarded load LOAD.  */
static void
guard_add (esc_fn *fn, int load, esc_node node, int deep)
{
  if (!fn || fn->solved || load < 0 || (uint32_t) load >= fn->ngloads)
    {
      if (fn)
	fn->stats.bad_calls++;
      return;
    }
  if (node != ESC_NONE && !esc_node_valid_p (fn, node))
    {
      /* Not understood: the plain load.  */
      fn->stats.bad_calls++;
      node = ESC_NONE;
      deep = 0;
    }
  ESC_GROW (fn->guards, fn->nguards, fn->cguards);
  esc_guard *r = &fn->guards[fn->nguards++];
  r->load = (uint32_t) load;
  r->node = node;
  r->deep = (uint8_t) deep;
}

/* A store through PTR between; ESC_NONE when the glue cannot name PTR
   (the guard then always holds).  */
void
esc_guard_store (esc_fn *fn, int load, esc_node ptr)
{
  guard_add (fn, load, ptr, 0);
}

/* A call between, with argument ARG (ESC_NONE: the call itself).  */
void
esc_guard_call (esc_fn *fn, int load, esc_node arg)
{
  guard_add (fn, load, arg, 1);
}

/* The state of one check: object stamps.  */
typedef struct guard_check
{
  esc_fn *fn;
  uint32_t *target;   /* by object: == TGEN when a target of the load */
  uint32_t tgen;
  uint32_t *seen;     /* by object: == SGEN when reached by this search */
  uint32_t sgen;
  unsigned char *outside; /* by object: reachable from outside memory */
  int target_outside; /* a target is outside memory */
  int outside_done;
  esc_u32v stack;
  esc_u32v tlist;     /* the targets */
} guard_check;

/* Whether objects of kind KIND are outside memory a callee may reach.  */
static int
outside_kind_p (esc_obj_kind kind)
{
  return kind == ESC_OBJ_GLOBAL || kind == ESC_OBJ_NONLOCAL
	 || kind == ESC_OBJ_CALLER || kind == ESC_OBJ_RETSLOT;
}

/* Push the objects NODE points to that this search has not seen.  */
static void
push_targets (guard_check *k, uint32_t node)
{
  esc_fn *fn = k->fn;
  const esc_noderec *n = &fn->nodes[esc_find (fn, node)];
  fn->guard_work += n->pts.n + 1;
  for (uint32_t i = 0; i < n->pts.n; i++)
    {
      uint32_t o = fn->nodes[n->pts.v[i]].obj;
      if (o < fn->nobjs && k->seen[o] != k->sgen)
	{
	  k->seen[o] = k->sgen;
	  esc_u32v_push (&k->stack, o);
	}
    }
}

/* Reach from the objects on K->stack through their contents; call VISIT
   on each, stopping when it returns nonzero (then returns nonzero).  */
static int
reach (guard_check *k, int (*visit) (guard_check *, uint32_t))
{
  esc_fn *fn = k->fn;
  while (k->stack.n)
    {
      uint32_t o = k->stack.v[--k->stack.n];
      if (visit && visit (k, o))
	{
	  k->stack.n = 0;
	  return 1;
	}
      const esc_objrec *r = &fn->objs[o];
      for (uint32_t f = 0; f < r->nfields; f++)
	push_targets (k, r->fields[f].node);
    }
  return 0;
}

static int
target_visit (guard_check *k, uint32_t o)
{
  return k->target[o] == k->tgen
	 || (k->target_outside && outside_kind_p (k->fn->objs[o].kind));
}

/* Mark in K->outside the objects reachable from outside memory.  */
static void
outside_compute (guard_check *k)
{
  esc_fn *fn = k->fn;
  k->sgen++;
  for (uint32_t o = 0; o < fn->nobjs; o++)
    if (outside_kind_p (fn->objs[o].kind))
      {
	k->seen[o] = k->sgen;
	esc_u32v_push (&k->stack, o);
      }
  while (k->stack.n)
    {
      uint32_t o = k->stack.v[--k->stack.n];
      k->outside[o] = 1;
      const esc_objrec *r = &fn->objs[o];
      for (uint32_t f = 0; f < r->nfields; f++)
	push_targets (k, r->fields[f].node);
    }
  k->outside_done = 1;
}

/* Whether guard G holds.  */
static int
guard_holds (guard_check *k, const esc_guard *g)
{
  esc_fn *fn = k->fn;
  if (g->node == ESC_NONE && !g->deep)
    return 1;
  if (!g->deep)
    {
      /* Two pointers into outside memory may be one (two parameters,
	 a parameter and a global): outside objects are one for this.  */
      const esc_noderec *n = &fn->nodes[esc_find (fn, g->node)];
      for (uint32_t i = 0; i < n->pts.n; i++)
	{
	  uint32_t o = fn->nodes[n->pts.v[i]].obj;
	  if (k->target[o] == k->tgen
	      || (k->target_outside && outside_kind_p (fn->objs[o].kind)))
	    return 1;
	}
      return 0;
    }
  if (!k->outside_done)
    outside_compute (k);
  if (g->node == ESC_NONE)
    {
      /* The call itself: a target that is or is reachable from outside
	 memory.  */
      for (uint32_t t = 0; t < k->tlist.n; t++)
	if (k->outside[k->tlist.v[t]])
	  return 1;
      return 0;
    }
  k->sgen++;
  push_targets (k, g->node);
  return reach (k, target_visit);
}

/* Add guarded load L as a plain load, applied to what its source already
   points to.  */
static void
fire (esc_fn *fn, esc_gload *l)
{
  l->fired = 1;
  esc_cons_add (fn, ESC_C_LOAD, l->dst, l->src, l->off, l->pos,
		ESC_STEP_LOAD, -1, -1);
  if (l->more != ESC_NONE)
    esc_cons_add (fn, ESC_C_COPY, l->dst, l->more, 0, l->pos, ESC_STEP_NONE,
		  -1, -1);
  uint32_t r = esc_find (fn, l->src);
  esc_noderec *n = &fn->nodes[r];
  if (!n->pts.n)
    return;
  /* The source's whole set goes through its constraints again (as after
     a merge): only the new load adds anything.  */
  esc_u32v_reserve (&n->delta, n->pts.n);
  memcpy (n->delta.v, n->pts.v, n->pts.n * sizeof (uint32_t));
  n->delta.n = n->pts.n;
  esc_work_push (fn, r);
}

/* At a fixed point of the solver: add the guarded loads whose guards
   hold; nonzero if any was.  */
int
esc_guards_fire (esc_fn *fn)
{
  if (!fn->nguards)
    return 0;
  guard_check k;
  memset (&k, 0, sizeof k);
  k.fn = fn;
  k.target = esc_xcalloc (fn->nobjs, sizeof (uint32_t));
  k.seen = esc_xcalloc (fn->nobjs, sizeof (uint32_t));
  k.outside = esc_xcalloc (fn->nobjs, 1);
  int any = 0;
  uint32_t i = 0;
  while (i < fn->nguards)
    {
      /* The guards of one load are consecutive.  */
      uint32_t ld = fn->guards[i].load, j = i;
      while (j < fn->nguards && fn->guards[j].load == ld)
	j++;
      esc_gload *l = &fn->gloads[ld];
      if (!l->fired && fn->guard_work > ESC_GUARD_BUDGET)
	{
	  fire (fn, l);
	  any = 1;
	}
      else if (!l->fired)
	{
	  k.tgen++;
	  const esc_noderec *s = &fn->nodes[esc_find (fn, l->src)];
	  k.target_outside = 0;
	  k.tlist.n = 0;
	  fn->guard_work += s->pts.n;
	  for (uint32_t t = 0; t < s->pts.n; t++)
	    {
	      uint32_t o = fn->nodes[s->pts.v[t]].obj;
	      if (k.target[o] != k.tgen)
		esc_u32v_push (&k.tlist, o);
	      k.target[o] = k.tgen;
	      if (outside_kind_p (fn->objs[o].kind))
		k.target_outside = 1;
	    }
	  for (uint32_t g = i; g < j && !l->fired; g++)
	    if (guard_holds (&k, &fn->guards[g]))
	      {
		fire (fn, l);
		any = 1;
	      }
	}
      i = j;
    }
  free (k.target);
  free (k.seen);
  free (k.outside);
  esc_u32v_free (&k.stack);
  esc_u32v_free (&k.tlist);
  return any;
}

/* The object a guarded load reads, for its explanation: the one object
   its source points to, or ESC_NONE.  */
uint32_t
esc_gload_object (const esc_fn *fn, int load)
{
  if (load < 0 || (uint32_t) load >= fn->ngloads)
    return ESC_NONE;
  const esc_noderec *s
    = &fn->nodes[esc_find_const (fn, fn->gloads[load].src)];
  uint32_t obj = ESC_NONE;
  for (uint32_t t = 0; t < s->pts.n; t++)
    {
      uint32_t o = fn->nodes[s->pts.v[t]].obj;
      if (obj != ESC_NONE && o != obj)
	return ESC_NONE;
      obj = o;
    }
  return obj;
}
