/* gcc-escape: objects, nodes and locations.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   An object is a piece of memory; a location is (object, byte offset) and
   is represented by its field node, created the first time the location is
   named.  Offsets the analysis cannot follow collapse the object: it is
   marked COLLAPSED at once, so every later lookup of (obj, k) answers
   (obj, 0), and the merge of its existing field nodes into (obj, 0) is
   queued for the solver (merging in the middle of a node's processing
   would pull the node out from under the solver).

   Termination: an object gets at most ESC_MAX_FIELDS fields (an object of
   unknown size, ESC_MAX_FIELDS_UNSIZED: a cycle of pointer arithmetic
   through one would otherwise fill all of them), and offsets
   outside an object of known size collapse it, so cycles of pointer
   arithmetic (p = p + 8 in a loop) create finitely many locations.

   Fields of OUTSIDE and GLOBAL objects start out holding (OUTSIDE, 0):
   memory anyone can write may hold any outside address.  A field (*p, k)
   of a parameter's caller object starts out holding a level-2 caller
   object, "what the pointer at *(p + k) points to", created with the
   field; the fields of level-2 objects hold OUTSIDE.  So summaries can
   say "returns *(p + k)" or "stores q into *(*(p + k) + j)" one level
   deep, and anything deeper is outside memory.  The field of the
   NONLOCAL object ("<unknown>", what functions without a body return)
   starts out holding NONLOCAL only: memory an unknown function returns
   is not taken to hold what the function stored into OUTSIDE.  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Nonzero for the kinds whose storage dies with the frame.  */
int
esc_obj_kind_automatic_p (esc_obj_kind kind)
{
  switch (kind)
    {
    case ESC_OBJ_LOCAL:
    case ESC_OBJ_PARAM:
    case ESC_OBJ_COMPOUND:
    case ESC_OBJ_ALLOCA:
    case ESC_OBJ_VLA:
      return 1;
    default:
      return 0;
    }
}

/* The noun for KIND used in messages.  */
const char *
esc_obj_kind_noun (esc_obj_kind kind)
{
  switch (kind)
    {
    case ESC_OBJ_LOCAL: return "local variable";
    case ESC_OBJ_PARAM: return "parameter";
    case ESC_OBJ_COMPOUND: return "compound literal";
    case ESC_OBJ_ALLOCA: return "alloca storage";
    case ESC_OBJ_VLA: return "variable length array";
    case ESC_OBJ_HEAP: return "heap object";
    case ESC_OBJ_WINDOW: return "cleared location";
    case ESC_OBJ_GLOBAL: return "global variable";
    case ESC_OBJ_STRING: return "string literal";
    case ESC_OBJ_CALLER: return "caller memory";
    case ESC_OBJ_RETSLOT: return "return slot";
    case ESC_OBJ_NONLOCAL: return "non-local memory";
    case ESC_OBJ_FUNCTION: return "function";
    default: return "object";
    }
}

/* Nonzero if OBJ is an object id of FN.  */
int
esc_obj_valid_p (const esc_fn *fn, uint32_t obj)
{
  return fn && obj < fn->nobjs;
}

/* Nonzero if NODE is a node id of FN.  */
int
esc_node_valid_p (const esc_fn *fn, uint32_t node)
{
  return fn && node < fn->nnodes;
}

/* The display name of an object of KIND named NAME declared at POS.  */
static const char *
make_display (esc_fn *fn, esc_obj_kind kind, const char *name, esc_pos pos)
{
  switch (kind)
    {
    case ESC_OBJ_CALLER:
      return name ? esc_arena_printf (&fn->arena, "*%s", name)
		  : "*<param>";
    case ESC_OBJ_WINDOW: return name ? name : "<window>";
    case ESC_OBJ_RETSLOT: return "<retslot>";
    case ESC_OBJ_NONLOCAL: return "<nonlocal>";
    case ESC_OBJ_STRING: return name ? name : "<string>";
    case ESC_OBJ_FUNCTION: return name ? name : "<function>";
    default:
      break;
    }
  if (name)
    return name;
  const char *base;
  switch (kind)
    {
    case ESC_OBJ_COMPOUND: base = "compound literal"; break;
    case ESC_OBJ_ALLOCA: base = "alloca"; break;
    case ESC_OBJ_HEAP: base = "heap"; break;
    case ESC_OBJ_VLA: base = "vla"; break;
    case ESC_OBJ_PARAM: base = "param"; break;
    case ESC_OBJ_GLOBAL: base = "global"; break;
    default: return "<temporary>"; /* GCC's own unnamed locals */
    }
  return esc_arena_printf (&fn->arena, "%s@%d", base, pos.line);
}

/* Append a new object to FN.  */
esc_obj
esc_obj_create (esc_fn *fn, esc_obj_kind kind, const char *name,
		esc_pos pos, int64_t size)
{
  ESC_GROW (fn->objs, fn->nobjs, fn->cobjs);
  esc_objrec *o = &fn->objs[fn->nobjs];
  memset (o, 0, sizeof *o);
  o->kind = kind;
  o->name = esc_arena_strdup (&fn->arena, name);
  o->pos = pos;
  o->size = size;
  o->param = -1;
  o->real = ESC_NONE;
  o->first_rule = -1;
  o->display = make_display (fn, kind, o->name, pos);
  if (kind == ESC_OBJ_NONLOCAL || kind == ESC_OBJ_STRING
      || kind == ESC_OBJ_FUNCTION)
    o->collapsed = 1;
  fn->stats.objects++;
  return fn->nobjs++;
}

/* Append a node named NAME with no location.  */
static uint32_t
node_append (esc_fn *fn, const char *name)
{
  ESC_GROW (fn->nodes, fn->nnodes, fn->cnodes);
  esc_noderec *n = &fn->nodes[fn->nnodes];
  memset (n, 0, sizeof *n);
  n->name = name;
  n->parent = fn->nnodes;
  n->obj = ESC_NONE;
  fn->stats.nodes++;
  return fn->nnodes++;
}

/* Create a register node named NAME (copied).  */
uint32_t
esc_node_create (esc_fn *fn, const char *name)
{
  return node_append (fn, esc_arena_strdup (&fn->arena, name));
}

/* Binary search OBJ's fields for OFF; *POS receives the insertion point.  */
static int
field_find (const esc_objrec *o, int64_t off, uint32_t *pos)
{
  uint32_t lo = 0, hi = o->nfields;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      if (o->fields[mid].off < off)
	lo = mid + 1;
      else if (o->fields[mid].off > off)
	hi = mid;
      else
	{
	  *pos = mid;
	  return 1;
	}
    }
  *pos = lo;
  return 0;
}

/* The level-2 caller object for field OFF of level-1 caller object OBJ.
   May move FN->OBJS and FN->NODES.  */
static uint32_t
content_object (esc_fn *fn, uint32_t obj, int64_t off)
{
  const esc_objrec *c = &fn->objs[obj];
  const char *name = c->name;
  esc_pos pos = c->pos;
  int param = c->param;
  const char *display
    = off == 0 ? esc_arena_printf (&fn->arena, "*%s", c->display)
	       : esc_arena_printf (&fn->arena, "*(%s + %lld)", c->display,
				   (long long) off);
  uint32_t d = esc_obj_create (fn, ESC_OBJ_CALLER, NULL, pos, -1);
  esc_objrec *o = &fn->objs[d];
  o->name = name;
  o->display = display;
  o->param = param;
  o->level = 2;
  o->parent_off = off;
  return d;
}

/* Create the field node (OBJ, OFF) at insertion point POS.  */
static uint32_t
field_create (esc_fn *fn, uint32_t obj, int64_t off, uint32_t pos)
{
  uint32_t id = node_append (fn, NULL);
  esc_noderec *n = &fn->nodes[id];
  n->obj = obj;
  n->off = off;
  esc_objrec *o = &fn->objs[obj];
  ESC_GROW (o->fields, o->nfields, o->cfields);
  memmove (o->fields + pos + 1, o->fields + pos,
	   (o->nfields - pos) * sizeof (esc_field));
  o->fields[pos].off = off;
  o->fields[pos].node = id;
  o->nfields++;
  fn->field_nodes++;
  esc_obj_kind k = o->kind;
  uint32_t init = ESC_NONE;
  if (k == ESC_OBJ_CALLER && o->level == 1
      && o->nfields <= ESC_MAX_CONTENT_FIELDS)
    /* What the caller stored there.  */
    init = esc_loc (fn, content_object (fn, obj, off), 0);
  else if (k == ESC_OBJ_NONLOCAL && obj == fn->nonlocal)
    /* What unknown code returns holds what unknown code returns.  */
    init = fn->nl_loc == ESC_NONE ? id : fn->nl_loc;
  else if (k == ESC_OBJ_NONLOCAL || k == ESC_OBJ_GLOBAL
	   || k == ESC_OBJ_CALLER)
    /* Outside memory may hold any outside address.  */
    init = fn->out_loc == ESC_NONE ? id : fn->out_loc;
  if (init != ESC_NONE)
    {
      n = &fn->nodes[id];
      esc_u32v_push (&n->pts, init);
      esc_u32v_push (&n->delta, init);
      esc_work_push (fn, id);
    }
  return id;
}

/* The location (OBJ, OFF), created on demand.  */
uint32_t
esc_loc (esc_fn *fn, uint32_t obj, int64_t off)
{
  esc_objrec *o = &fn->objs[obj];
  uint32_t pos;
  if (off == ESC_OFF_ANY)
    {
      esc_obj_collapse (fn, obj);
      off = 0;
    }
  else if (o->collapsed)
    off = 0;
  else if ((o->size > 0 && (off < 0 || off >= o->size))
	   || o->nfields >= (o->size > 0 ? ESC_MAX_FIELDS
				       : ESC_MAX_FIELDS_UNSIZED)
	   || fn->field_nodes >= ESC_MAX_FIELD_NODES)
    {
      /* Out of bounds or too many fields: give up on field sensitivity.  */
      if (!field_find (o, off, &pos))
	{
	  esc_obj_collapse (fn, obj);
	  off = 0;
	}
    }
  o = &fn->objs[obj];
  if (field_find (o, off, &pos))
    return o->fields[pos].node;
  return field_create (fn, obj, off, pos);
}

/* The existing location (OBJ, OFF), or ESC_NONE.  */
uint32_t
esc_loc_lookup (const esc_fn *fn, uint32_t obj, int64_t off)
{
  const esc_objrec *o = &fn->objs[obj];
  uint32_t pos;
  if (o->collapsed || off == ESC_OFF_ANY)
    off = 0;
  if (field_find (o, off, &pos))
    return o->fields[pos].node;
  return ESC_NONE;
}

/* Location LOC moved by OFF.  */
uint32_t
esc_loc_shift (esc_fn *fn, uint32_t loc, int64_t off)
{
  uint32_t obj = fn->nodes[loc].obj;
  if (obj == ESC_NONE)
    return loc;
  if (off == ESC_OFF_ANY || fn->objs[obj].collapsed)
    return esc_loc (fn, obj, off == ESC_OFF_ANY ? ESC_OFF_ANY : 0);
  if (off == 0)
    return loc;
  int64_t base = fn->nodes[loc].off;
  int64_t k;
  if ((off > 0 && base > INT64_MAX / 2 - off)
      || (off < 0 && base < INT64_MIN / 2 - off))
    return esc_loc (fn, obj, ESC_OFF_ANY);
  k = base + off;
  return esc_loc (fn, obj, k);
}

/* Location LOC moved by OFF, without creating it.  */
uint32_t
esc_loc_shift_lookup (const esc_fn *fn, uint32_t loc, int64_t off)
{
  uint32_t obj = fn->nodes[loc].obj;
  if (obj == ESC_NONE)
    return ESC_NONE;
  if (off == ESC_OFF_ANY || fn->objs[obj].collapsed)
    return esc_loc_lookup (fn, obj, 0);
  if (off == 0)
    return loc;
  int64_t base = fn->nodes[loc].off;
  if ((off > 0 && base > INT64_MAX / 2 - off)
      || (off < 0 && base < INT64_MIN / 2 - off))
    return esc_loc_lookup (fn, obj, 0);
  return esc_loc_lookup (fn, obj, base + off);
}

/* Mark OBJ collapsed and queue the merge of its fields.  */
void
esc_obj_collapse (esc_fn *fn, uint32_t obj)
{
  esc_objrec *o = &fn->objs[obj];
  if (o->collapsed)
    return;
  o->collapsed = 1;
  esc_u32v_push (&fn->pending_collapse, obj);
}

/* Representative of NODE, halving paths.  */
uint32_t
esc_find (esc_fn *fn, uint32_t node)
{
  esc_noderec *nodes = fn->nodes;
  while (nodes[node].parent != node)
    {
      uint32_t p = nodes[node].parent;
      nodes[node].parent = nodes[p].parent;
      node = p;
    }
  return node;
}

/* Representative of NODE without path compression.  */
uint32_t
esc_find_const (const esc_fn *fn, uint32_t node)
{
  while (fn->nodes[node].parent != node)
    node = fn->nodes[node].parent;
  return node;
}

/* Nonzero if NODE's set holds a location of OBJ.  */
int
esc_node_points_into_p (const esc_fn *fn, uint32_t node, uint32_t obj)
{
  const esc_noderec *n = &fn->nodes[esc_find_const (fn, node)];
  const esc_objrec *o = &fn->objs[obj];
  /* Look the object's few fields up in a large set; scan a small one.  */
  if (o->nfields * 16u < n->pts.n)
    {
      for (uint32_t k = 0; k < o->nfields; k++)
	if (esc_set_has_p (&n->pts, o->fields[k].node))
	  return 1;
      return 0;
    }
  for (uint32_t i = 0; i < n->pts.n; i++)
    if (fn->nodes[n->pts.v[i]].obj == obj)
      return 1;
  return 0;
}

/* ---------------------------------------------------------------------- */
/* The public object API.  */

/* A new object of KIND.  */
esc_obj
esc_obj_new (esc_fn *fn, esc_obj_kind kind, const char *name, esc_pos pos,
	     int64_t size)
{
  if (!fn)
    return ESC_NONE;
  if ((unsigned) kind >= ESC_OBJ_KIND_COUNT || fn->solved)
    {
      fn->stats.bad_calls++;
      return ESC_NONE;
    }
  return esc_obj_create (fn, kind, name, pos, size);
}

/* The NONLOCAL object.  */
esc_obj
esc_obj_nonlocal (esc_fn *fn)
{
  return fn ? fn->nonlocal : ESC_NONE;
}

/* The string-literal object.  */
esc_obj
esc_obj_strings (esc_fn *fn)
{
  return fn ? fn->strings : ESC_NONE;
}

/* The object standing for code.  */
esc_obj
esc_obj_functions (esc_fn *fn)
{
  return fn ? fn->functions : ESC_NONE;
}

/* A new register variable NAME.  */
esc_node
esc_var_new (esc_fn *fn, const char *name)
{
  if (!fn)
    return ESC_NONE;
  if (fn->solved)
    {
      fn->stats.bad_calls++;
      return ESC_NONE;
    }
  return esc_node_create (fn, name);
}

/* OBJ's display name.  */
const char *
esc_obj_display_name (const esc_fn *fn, esc_obj obj)
{
  if (!esc_obj_valid_p (fn, obj))
    return "<invalid>";
  return fn->objs[obj].display;
}

/* OBJ's kind.  */
esc_obj_kind
esc_obj_get_kind (const esc_fn *fn, esc_obj obj)
{
  if (!esc_obj_valid_p (fn, obj))
    return ESC_OBJ_NONLOCAL;
  return fn->objs[obj].kind;
}
