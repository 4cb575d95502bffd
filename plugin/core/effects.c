/* gcc-escape: what a call does to the caller's memory, in order.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The solver is flow-insensitive: a store made anywhere in a function is
   seen by every load of the same place.  Three refinements here give
   calls an order, as the cleared stores of lower.cc give it to a
   function's own stores (core.h, esc_window_new).

   Entry loads.  A load through a parameter at a constant offset that runs
   before any store or call of the function (GIMPLE's virtual operand is
   still the one of the entry) can only read what the caller stored there:
   the level-2 caller object of that field, not what the function stores
   there later.  `b->prev = fs->bl; fs->bl = b;' then says "stores *fs->bl
   into b->prev", not also "stores b into b->prev".

   Must-writes.  A summary lists the locations of the caller's memory
   that the callee overwrites on every path to its return (the glue finds
   them, effects.cc) and the values the last store writes there: a
   number, a parameter's pointer, a restore loaded through a parameter
   (`fs->bl = fs->bl->prev').  Nothing is listed for a location with a
   value the glue does not understand.

   Calls and windows.  The glue counts a call with a must-write as a
   store of the caller into that location, so a push by an earlier call
   (`enter (fs, &bl)', a STORE flow of its summary, or the caller's own
   store) that a later call overwrites on every path is transient.  A
   call then tells the core, per cleared location it touches
   (esc_call_window): READ, it may run after a transient store, so what
   the callee loads there also comes from the window; WRITE, its stores
   there are the transient ones and go to the window; KILL, it overwrites
   the location and its values are the window's killers.  A killing value
   is computed in the caller from the caller's own sets, which hold
   whatever the caller (and its callees) stored on any path: the restore
   `fs->bl->prev' after `enter (fs, &bl)' is `bl.prev', which holds the
   old `fs->bl', and the window is cleared only if no such value may point
   into the frame.

   Soundness.  A must-write is a store on every path of the callee's own
   body through a parameter that is not reassigned; a call that may
   write the location only on some paths is no store for the "every
   path" question.  A call through a pointer given a pointer to a
   cleared location may read it: the window's content is a root of rule
   fnptr at that call.  A library function that copies memory (memcpy of
   *fs) copies the window's content to the destination.  Other functions
   without a body are assumed not to keep what they read, as everywhere
   (internals.md, Calls).  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Order two must-writes: by location, then value.  */
int
esc_write_cmp (const esc_write *a, const esc_write *b)
{
  int c = esc_path_cmp (&a->dst, &b->dst);
  if (c)
    return c;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  return a->kind == ESC_WRITE_CONST ? 0 : esc_path_cmp (&a->src, &b->src);
}

static int
cmp_write_void (const void *a, const void *b)
{
  return esc_write_cmp (a, b);
}

/* Nonzero if P is a path a must-write may name: level 0 or 1 of a
   parameter, at constant offsets.  */
static int
write_path_ok_p (const esc_fn *fn, const esc_path *p)
{
  return p->param >= 0 && p->param < fn->nparams
	 && (p->level == 0 || p->level == 1) && p->off != ESC_OFF_ANY
	 && (p->level == 0 || p->load_off != ESC_OFF_ANY);
}

int
esc_load_initial (esc_fn *fn, esc_node dst, esc_obj obj, esc_off off,
		  esc_pos pos)
{
  if (!fn || fn->solved || !esc_node_valid_p (fn, dst)
      || !esc_obj_valid_p (fn, obj) || off == ESC_OFF_ANY)
    return 0;
  const esc_objrec *o = &fn->objs[obj];
  if (o->kind != ESC_OBJ_CALLER || o->level != 1 || o->collapsed
      || o->param < 0)
    return 0;
  int param = o->param;
  /* The field's level-2 object is made with the field (objects.c).  */
  uint32_t loc = esc_loc (fn, obj, off);
  if (fn->objs[obj].collapsed || fn->nodes[loc].off != off)
    return 0;
  for (uint32_t x = 0; x < fn->nobjs; x++)
    {
      const esc_objrec *c = &fn->objs[x];
      if (c->kind == ESC_OBJ_CALLER && c->level == 2 && c->param == param
	  && c->parent_off == off)
	{
	  esc_cons_add (fn, ESC_C_ADDR, dst, x, 0, pos, ESC_STEP_NONE, -1,
			-1);
	  return 1;
	}
    }
  return 0;
}

void
esc_fn_must_write (esc_fn *fn, int param, esc_off off, esc_write_kind kind,
		   esc_path src)
{
  if (!fn || fn->solved)
    return;
  esc_write w;
  memset (&w, 0, sizeof w);
  w.dst.param = param;
  w.dst.off = off;
  w.kind = kind;
  if (kind != ESC_WRITE_CONST)
    w.src = src;
  if (!write_path_ok_p (fn, &w.dst)
      || (kind != ESC_WRITE_CONST && !write_path_ok_p (fn, &w.src))
      || (kind != ESC_WRITE_CONST && kind != ESC_WRITE_PATH
	  && kind != ESC_WRITE_LOAD))
    {
      fn->stats.bad_calls++;
      return;
    }
  ESC_GROW (fn->writes, fn->nwrites, fn->cwrites);
  fn->writes[fn->nwrites++] = w;
}

const esc_summary *
esc_fn_callee_summary (const esc_fn *fn, int uid)
{
  if (!fn || !fn->unit || uid < 0)
    return NULL;
  return esc_unit_summary (fn->unit, uid);
}

void
esc_effects_summary (esc_fn *fn, esc_summary *sum)
{
  sum->writes = NULL;
  sum->nwrites = 0;
  if (fn->nwrites == 0)
    return;
  qsort (fn->writes, fn->nwrites, sizeof (esc_write), cmp_write_void);
  uint32_t u = 0;
  for (uint32_t k = 0; k < fn->nwrites; k++)
    if (u == 0 || esc_write_cmp (&fn->writes[u - 1], &fn->writes[k]))
      fn->writes[u++] = fn->writes[k];
  fn->nwrites = u;
  /* Only the parameters that point somewhere have caller memory.  */
  u = 0;
  for (uint32_t k = 0; k < fn->nwrites; k++)
    if (fn->param_caller[fn->writes[k].dst.param] != ESC_NONE)
      fn->writes[u++] = fn->writes[k];
  fn->nwrites = u;
  sum->writes = fn->writes;
  sum->nwrites = (int) fn->nwrites;
}

/* The window of CI at *(argument ARG + OFF) with one of FLAGS, or NULL.  */
static const esc_call_window *
call_window (esc_fn *fn, const esc_call_info *ci, int arg, esc_off off,
	     unsigned flags)
{
  if (off == ESC_OFF_ANY)
    return NULL;
  for (int i = 0; i < ci->nwindows; i++)
    {
      const esc_call_window *w = &ci->windows[i];
      if (w->arg == arg && w->off == off && (w->flags & flags)
	  && esc_obj_valid_p (fn, w->window)
	  && fn->objs[w->window].kind == ESC_OBJ_WINDOW)
	return w;
    }
  return NULL;
}

/* A new node pointing to WINDOW, for call CALLIDX.  */
static uint32_t
window_node (esc_fn *fn, uint32_t window, esc_pos pos, int callidx)
{
  uint32_t n = esc_node_create (fn, NULL);
  esc_cons_add (fn, ESC_C_ADDR, n, window, 0, pos, ESC_STEP_NONE, callidx,
		-1);
  return n;
}

void
esc_effects_read (esc_fn *fn, const esc_call_info *ci, int callidx,
		  int param, esc_off load_off, uint32_t t)
{
  const esc_call_window *w
    = call_window (fn, ci, param, load_off, ESC_CW_READ | ESC_CW_KILL);
  if (w)
    esc_cons_add (fn, ESC_C_LOAD, t, window_node (fn, w->window, ci->pos,
						  callidx),
		  0, ci->pos, ESC_STEP_NONE, callidx, param);
}

uint32_t
esc_effects_store_target (esc_fn *fn, const esc_call_info *ci, int callidx,
			  const esc_path *dst)
{
  if (dst->level != 0)
    return ESC_NONE;
  const esc_call_window *w
    = call_window (fn, ci, dst->param, dst->off, ESC_CW_WRITE);
  return w ? window_node (fn, w->window, ci->pos, callidx) : ESC_NONE;
}

void
esc_effects_apply_write (esc_fn *fn, const esc_call_info *ci, int callidx,
			 const esc_write *w, uint32_t src, uint32_t dst)
{
  uint32_t value = ESC_NONE;
  if (w->kind == ESC_WRITE_PATH)
    value = src;
  else if (w->kind == ESC_WRITE_LOAD && src != ESC_NONE)
    {
      value = esc_node_create (fn, NULL);
      esc_cons_add (fn, ESC_C_LOAD, value, src, 0, ci->pos, ESC_STEP_NONE,
		    callidx, w->src.param);
    }
  const esc_call_window *win
    = call_window (fn, ci, w->dst.param, w->dst.off, ESC_CW_WRITE);
  if (win)
    {
      if (value != ESC_NONE)
	esc_cons_add (fn, ESC_C_STORE,
		      window_node (fn, win->window, ci->pos, callidx), value,
		      0, ci->pos, ESC_STEP_STORE, callidx, w->src.param);
      return;
    }
  if (value != ESC_NONE && dst != ESC_NONE)
    esc_cons_add (fn, ESC_C_STORE, dst, value, w->dst.off, ci->pos,
		  ESC_STEP_STORE, callidx, w->src.param);
  win = call_window (fn, ci, w->dst.param, w->dst.off, ESC_CW_KILL);
  if (!win)
    return;
  if (w->kind != ESC_WRITE_CONST && value == ESC_NONE)
    {
      /* A value the call cannot name here: the location may keep the
	 window's content.  */
      fn->objs[win->window].open = 1;
      return;
    }
  if (value == ESC_NONE)
    return; /* a number: clears */
  ESC_GROW (fn->kills, fn->nkills, fn->ckills);
  fn->kills[fn->nkills].window = win->window;
  fn->kills[fn->nkills].node = value;
  fn->nkills++;
}

void
esc_effects_unmodelled (esc_fn *fn, const esc_call_info *ci, int callidx)
{
  int cdst = -1, csrc = -1;
  if (!ci->indirect_p
      && !esc_libmodel_copy_args (ci->callee, &cdst, &csrc))
    return;
  for (int i = 0; i < ci->nwindows; i++)
    {
      const esc_call_window *w = &ci->windows[i];
      if (!(w->flags & ESC_CW_READ) || w->arg < 0 || w->arg >= ci->nargs
	  || ci->args[w->arg].node == ESC_NONE
	  || !call_window (fn, ci, w->arg, w->off, ESC_CW_READ))
	continue;
      if (ci->indirect_p
	  && w->arg < 32 && (ci->noescape_mask & (1u << w->arg)))
	continue;
      if (!ci->indirect_p
	  && (w->arg != csrc || cdst < 0 || cdst >= ci->nargs
	      || ci->args[cdst].node == ESC_NONE))
	continue;
      uint32_t t = esc_node_create (fn, NULL);
      esc_cons_add (fn, ESC_C_LOAD, t,
		    window_node (fn, w->window, ci->pos, callidx), 0, ci->pos,
		    ESC_STEP_NONE, callidx, w->arg);
      if (ci->indirect_p)
	{
	  /* What the callback can read through its argument.  */
	  ESC_GROW (fn->roots, fn->nroots, fn->croots);
	  esc_root *r = &fn->roots[fn->nroots++];
	  r->rule = ESC_RULE_FNPTR;
	  r->node = t;
	  r->call = callidx;
	  r->arg = w->arg;
	  r->via = -1;
	}
      else
	/* The copy lands at the same offset of the destination.  */
	esc_cons_add (fn, ESC_C_STORE, ci->args[cdst].node, t, w->off,
		      ci->pos, ESC_STEP_STORE, callidx, w->arg);
    }
}
