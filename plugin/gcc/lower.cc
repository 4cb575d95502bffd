/* gcc-escape: lowering GIMPLE into the core's constraint language.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every SSA name of a type that can hold an address (pointers, and integers
   as wide as a pointer, so casts through uintptr_t are followed) becomes a
   core node.  Every declaration whose storage is used in memory becomes a
   core object: automatic variables, address-taken parameters, compound
   literals, the return slot, globals and statics.  A memory reference is
   split by get_addr_base_and_unit_offset into a base (an object, or a
   pointer value) and a constant byte offset; a reference at a variable
   offset uses ESC_OFF_ANY, which collapses the object in the core.

   Aggregate copies are lowered slot by slot: the glue knows the type and
   enumerates the offsets of its address-wide scalar members (SLOT_LIMIT at
   most); a larger or variable-sized aggregate is copied at ESC_OFF_ANY.

   Nothing here asserts.  A statement, operand or tree code that is not
   understood is modelled conservatively with esc_clobber: its values may
   point to non-local memory, and what they point to may be overwritten.  */

#include "gcc-common.h"
#include "glue.h"

#include <string.h>

/* Aggregates with more address-wide slots than this are copied whole.  */
#define SLOT_LIMIT 64

/* A location outside the frame at a constant offset: a global's object
   (OBJ) or what a pointer parameter points to (PTR, its incoming value),
   and the window object that stands for it while the function runs.  */
struct window_rec
{
  esc_obj obj;
  esc_node ptr;
  esc_off off;
  tree base;        /* PTR's SSA name, or NULL_TREE */
  esc_obj window;   /* ESC_NONE until a store into it is transient */
  esc_node addr;    /* a node pointing to the window, or ESC_NONE */
  /* The blocks a transient store may reach (through a successor), and
     per block the index of its first transient store (UINT_MAX if none):
     only reads there see the window.  */
  sbitmap after;
  hash_map<int_hash<int, -1, -2>, unsigned> *first;
};

/* The lowering state of one function.  */
struct lower_ctx
{
  esc_fn *fn;
  tree fndecl;
  auto_vec<esc_node> ssa;		/* by SSA_NAME_VERSION */
  hash_map<tree, unsigned> objs;	/* decl -> object */
  hash_map<tree, unsigned> addr;	/* decl -> node pointing to it */
  hash_map<tree, tree> vla;		/* VLA pointer variable -> VLA decl */
  hash_map<tree, unsigned> vla_node;	/* VLA decl -> node of its storage */
  hash_map<tree, unsigned> param_callers; /* default def -> caller object */
  auto_vec<unsigned char> global_obj;	/* by object: a global's object */
  /* Node of a pointer parameter's incoming value -> its caller object.  */
  hash_map<int_hash<unsigned, 0xffffffffu, 0xfffffffeu>, unsigned>
    param_nodes;
  auto_vec<struct window_rec> windows;	/* cleared locations */
  hash_map<gimple *, int> store_role;	/* store -> window * 2 + transient */
  auto_vec<esc_call_window> call_roles;	/* per call writing a window */
  auto_vec<gimple *> call_role_stmts;	/* the call of each */
  gimple *cur_stmt;			/* the statement being lowered */
  basic_block cur_bb;			/* where the statement being lowered */
  unsigned cur_idx;			/* is, for windows */
  esc_pos pos;				/* the statement being lowered */

  ~lower_ctx ()
  {
    for (window_rec &w : windows)
      {
	sbitmap_free (w.after);
	delete w.first;
      }
  }
};

/* An address: a constant object plus offset, or a pointer value plus
   offset.  */
struct address
{
  esc_obj obj;	  /* ESC_NONE when the base is PTR */
  esc_node ptr;	  /* ESC_NONE when the base is OBJ */
  esc_off off;
};

static const address no_address = { ESC_NONE, ESC_NONE, 0 };

/* Whether values of TYPE may carry an address.  */

static bool
tracked_type_p (const_tree type)
{
  if (!type)
    return false;
  if (POINTER_TYPE_P (type))
    return true;
  if (INTEGRAL_TYPE_P (type) || TREE_CODE (type) == OFFSET_TYPE)
    return TYPE_PRECISION (type) >= POINTER_SIZE;
  if (TREE_CODE (type) == VECTOR_TYPE)
    return tree_fits_uhwi_p (TYPE_SIZE (type))
	   && tree_to_uhwi (TYPE_SIZE (type)) >= POINTER_SIZE;
  return false;
}

/* Whether TYPE is raw bytes wider than an address that may carry
   addresses: the wide integers, vectors and char arrays GCC turns a small
   memcpy into (`MEM <uint128_t> [&a]').  Their values are copied slot by
   slot, like aggregates.  */

static bool
byte_carrier_p (const_tree type)
{
  if (!type || !COMPLETE_TYPE_P (type)
      || !tree_fits_uhwi_p (TYPE_SIZE (type))
      || tree_to_uhwi (TYPE_SIZE (type)) <= POINTER_SIZE)
    return false;
  if (INTEGRAL_TYPE_P (type) || TREE_CODE (type) == VECTOR_TYPE)
    return true;
  return TREE_CODE (type) == ARRAY_TYPE
	 && INTEGRAL_TYPE_P (TREE_TYPE (type))
	 && TYPE_PRECISION (TREE_TYPE (type)) == BITS_PER_UNIT;
}

/* OFF + DELTA, keeping ESC_OFF_ANY.  */

static esc_off
offset_add (esc_off off, esc_off delta)
{
  if (off == ESC_OFF_ANY || delta == ESC_OFF_ANY)
    return ESC_OFF_ANY;
  return off + delta;
}

/* The name of DECL for messages, or NULL.  */

static const char *
decl_name (const_tree decl)
{
  if (!decl || !DECL_P (decl) || !DECL_NAME (decl))
    return NULL;
  return IDENTIFIER_POINTER (DECL_NAME (decl));
}

/* The user-visible name of SSA name NAME, or NULL for temporaries.  */

static const char *
ssa_user_name (const_tree name)
{
  tree var = SSA_NAME_VAR (name);
  if (!var || DECL_IGNORED_P (var) || DECL_ARTIFICIAL (var))
    return NULL;
  return decl_name (var);
}

/* A fresh unnamed temporary node.  */

static esc_node
temp_node (lower_ctx &c)
{
  return esc_var_new (c.fn, NULL);
}

/* The node of SSA name NAME, or ESC_NONE if its type holds no address.  */

static esc_node
ssa_node (lower_ctx &c, tree name)
{
  if (!tracked_type_p (TREE_TYPE (name)))
    return ESC_NONE;
  unsigned v = SSA_NAME_VERSION (name);
  if (v >= c.ssa.length ())
    c.ssa.safe_grow_cleared (v + 1 + v / 4);
  if (c.ssa[v] == 0)
    c.ssa[v] = esc_var_new (c.fn, ssa_user_name (name)) + 1;
  return c.ssa[v] - 1;
}

/* The object that stands for DECL, created on first use, or ESC_NONE for
   declarations that are not storage.  */

static esc_obj
decl_object (lower_ctx &c, tree decl)
{
  if (unsigned *o = c.objs.get (decl))
    return *o;
  esc_obj_kind kind;
  switch (TREE_CODE (decl))
    {
    case VAR_DECL:
      if (is_global_var (decl))
	kind = ESC_OBJ_GLOBAL;
      else if (DECL_CONTEXT (decl) != c.fndecl)
	/* A variable of an enclosing function, seen by a nested one.  */
	return esc_obj_nonlocal (c.fn);
      else if (lang_GNU_C () /* the flag means other things elsewhere */
	       && DECL_LANG_FLAG_5 (decl)) /* C_DECL_COMPOUND_LITERAL_P */
	kind = ESC_OBJ_COMPOUND;
      else
	kind = ESC_OBJ_LOCAL;
      break;
    case PARM_DECL:
      if (DECL_CONTEXT (decl) != c.fndecl)
	return esc_obj_nonlocal (c.fn);
      kind = ESC_OBJ_PARAM;
      break;
    case RESULT_DECL:
      kind = ESC_OBJ_RETSLOT;
      break;
    case FUNCTION_DECL:
      return esc_obj_functions (c.fn);
    default:
      return ESC_NONE;
    }
  HOST_WIDE_INT size = int_size_in_bytes (TREE_TYPE (decl));
  esc_obj o = esc_obj_new (c.fn, kind, decl_name (decl),
			   escape_pos (DECL_SOURCE_LOCATION (decl)), size);
  if (kind == ESC_OBJ_GLOBAL && o != ESC_NONE)
    {
      if (o >= c.global_obj.length ())
	c.global_obj.safe_grow_cleared (o + 1 + o / 4);
      c.global_obj[o] = 1;
    }
  if (const char *reason = escape_accept_reason (decl))
    esc_obj_accept (c.fn, o, reason);
  c.objs.put (decl, o);
  return o;
}

/* A node that points to offset 0 of OBJ (shared per declaration DECL when
   DECL is given).  */

static esc_node
object_address_node (lower_ctx &c, esc_obj obj, tree decl)
{
  if (decl)
    if (unsigned *n = c.addr.get (decl))
      return *n;
  esc_node n = temp_node (c);
  esc_addr (c.fn, n, obj, 0, c.pos);
  if (decl)
    c.addr.put (decl, n);
  return n;
}

static address compute_address (lower_ctx &c, tree ref);
static esc_node value_node (lower_ctx &c, tree op);

/* The byte offset of MEM_REF/TARGET_MEM_REF REF's constant part.  */

static esc_off
mem_ref_byte_offset (tree ref)
{
  poly_int64 off;
  HOST_WIDE_INT c;
  if (TREE_CODE (ref) == MEM_REF && mem_ref_offset (ref).to_shwi (&off)
      && off.is_constant (&c))
    return c;
  return ESC_OFF_ANY;
}

/* The address of the storage that reference REF (a declaration, a
   component/array/memory reference, a string) designates.  */

static address compute_address (lower_ctx &c, tree ref);

/* Whether REF is a bit-field access (a COMPONENT_REF of a DECL_BIT_FIELD
   or a BIT_FIELD_REF, possibly nested) at a constant bit position; if so
   *A is the byte that holds its first bit.  */

static bool
bit_field_place (lower_ctx &c, tree ref, address *a)
{
  bool bit_field = false;
  for (tree r = ref; handled_component_p (r); r = TREE_OPERAND (r, 0))
    if (TREE_CODE (r) == BIT_FIELD_REF
	|| (TREE_CODE (r) == COMPONENT_REF
	    && DECL_BIT_FIELD (TREE_OPERAND (r, 1))))
      bit_field = true;
  if (!bit_field)
    return false;
  poly_int64 bitsize, bitpos;
  tree var_off = NULL_TREE;
  machine_mode mode;
  int unsignedp, reversep, volatilep = 0;
  tree base = get_inner_reference (ref, &bitsize, &bitpos, &var_off, &mode,
				   &unsignedp, &reversep, &volatilep);
  HOST_WIDE_INT bits;
  if (!base || var_off || !bitpos.is_constant (&bits) || bits < 0)
    return false;
  *a = compute_address (c, base);
  a->off = offset_add (a->off, bits / BITS_PER_UNIT);
  return true;
}

static address
compute_address (lower_ctx &c, tree ref)
{
  address a = no_address;
  switch (TREE_CODE (ref))
    {
    case VAR_DECL:
      if (DECL_HAS_VALUE_EXPR_P (ref))
	return compute_address (c, DECL_VALUE_EXPR (ref));
      /* FALLTHRU */
    case PARM_DECL:
    case RESULT_DECL:
    case FUNCTION_DECL:
      a.obj = decl_object (c, ref);
      if (a.obj == ESC_NONE)
	a.obj = esc_obj_nonlocal (c.fn);
      return a;
    case STRING_CST:
      a.obj = esc_obj_strings (c.fn);
      return a;
    case LABEL_DECL:
    case CONST_DECL:
    case CONSTRUCTOR:
    case INTEGER_CST:
    case REAL_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
      a.obj = esc_obj_nonlocal (c.fn);
      return a;
    case MEM_REF:
      {
	tree base = TREE_OPERAND (ref, 0);
	esc_off off = mem_ref_byte_offset (ref);
	if (TREE_CODE (base) == ADDR_EXPR)
	  a = compute_address (c, TREE_OPERAND (base, 0));
	else if (TREE_CODE (base) == SSA_NAME)
	  {
	    a.ptr = ssa_node (c, base);
	    if (a.ptr == ESC_NONE)
	      a.obj = esc_obj_nonlocal (c.fn);
	  }
	else
	  a.obj = esc_obj_nonlocal (c.fn);
	a.off = offset_add (a.off, off);
	return a;
      }
    case TARGET_MEM_REF:
      {
	tree base = TMR_BASE (ref);
	if (TREE_CODE (base) == ADDR_EXPR)
	  a = compute_address (c, TREE_OPERAND (base, 0));
	else if (TREE_CODE (base) == SSA_NAME && ssa_node (c, base) != ESC_NONE)
	  a.ptr = ssa_node (c, base);
	else
	  a.obj = esc_obj_nonlocal (c.fn);
	a.off = ESC_OFF_ANY;
	return a;
      }
    case COMPONENT_REF:
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
      {
	poly_int64 poff;
	HOST_WIDE_INT off;
	tree base = get_addr_base_and_unit_offset (ref, &poff);
	if (base && poff.is_constant (&off))
	  {
	    a = compute_address (c, base);
	    a.off = offset_add (a.off, off);
	    return a;
	  }
	/* A bit-field at a bit offset has no unit offset, but it lies within
	   known bytes and holds a number: its first byte is its place, so it
	   never collapses the object.  */
	if (bit_field_place (c, ref, &a))
	  return a;
	base = get_base_address (ref);
	if (base && base != ref)
	  a = compute_address (c, base);
	else
	  a.obj = esc_obj_nonlocal (c.fn);
	a.off = ESC_OFF_ANY;
	return a;
      }
    case WITH_SIZE_EXPR:
      return compute_address (c, TREE_OPERAND (ref, 0));
    default:
      /* Anything else is not storage the analysis knows.  */
      a.obj = esc_obj_nonlocal (c.fn);
      a.off = ESC_OFF_ANY;
      return a;
    }
}

/* A node that points where A points, plus the remaining offset in *OFF, so
   loads and stores can use it as their base.  DECL is the declaration of
   an object base, if any, to share its address node.  */

static esc_node
address_base (lower_ctx &c, const address &a, esc_off *off)
{
  *off = a.off;
  if (a.obj != ESC_NONE)
    return object_address_node (c, a.obj, NULL);
  return a.ptr;
}

/* A node whose value is the address A.  */

static esc_node
address_value (lower_ctx &c, const address &a)
{
  if (a.obj != ESC_NONE)
    {
      esc_node n = temp_node (c);
      esc_addr (c.fn, n, a.obj, a.off, c.pos);
      return n;
    }
  if (a.off == 0)
    return a.ptr;
  esc_node n = temp_node (c);
  esc_copy (c.fn, n, a.ptr, a.off, c.pos);
  return n;
}

/* Append to SLOTS the byte offsets, from BASE, of the address-wide scalars
   inside TYPE.  Returns false when there are too many, or the layout is not
   constant: then the aggregate is handled at ESC_OFF_ANY.  */

static bool
collect_slots (tree type, HOST_WIDE_INT base, auto_vec<HOST_WIDE_INT> &slots)
{
  if (slots.length () > SLOT_LIMIT)
    return false;
  if (tracked_type_p (type))
    {
      slots.safe_push (base);
      return true;
    }
  switch (TREE_CODE (type))
    {
    case RECORD_TYPE:
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
	{
	  if (TREE_CODE (f) != FIELD_DECL || DECL_BIT_FIELD (f))
	    continue;
	  tree pos = byte_position (f);
	  if (!tree_fits_shwi_p (pos))
	    return false;
	  if (!collect_slots (TREE_TYPE (f), base + tree_to_shwi (pos), slots))
	    return false;
	}
      return true;
    case ARRAY_TYPE:
      {
	tree elt = TREE_TYPE (type);
	tree dom = TYPE_DOMAIN (type);
	HOST_WIDE_INT esize = int_size_in_bytes (elt);
	if (!dom || !TYPE_MAX_VALUE (dom) || esize <= 0
	    || !tree_fits_shwi_p (TYPE_MAX_VALUE (dom))
	    || !tree_fits_shwi_p (TYPE_MIN_VALUE (dom)))
	  return false;
	HOST_WIDE_INT n = tree_to_shwi (TYPE_MAX_VALUE (dom))
			  - tree_to_shwi (TYPE_MIN_VALUE (dom)) + 1;
	/* An array with no address-wide scalar costs nothing to skip.  */
	auto_vec<HOST_WIDE_INT> one;
	if (!collect_slots (elt, 0, one))
	  return false;
	if (one.is_empty ())
	  return true;
	if (n < 0 || n > SLOT_LIMIT)
	  return false;
	for (HOST_WIDE_INT i = 0; i < n; i++)
	  for (HOST_WIDE_INT s : one)
	    {
	      slots.safe_push (base + i * esize + s);
	      if (slots.length () > SLOT_LIMIT)
		return false;
	    }
	return true;
      }
    default:
      return true;
    }
}

/* The offsets of the address-wide slots of a value of TYPE, an aggregate
   or a byte carrier, into SLOTS; false when it is handled at
   ESC_OFF_ANY.  */

static bool
value_slots (tree type, auto_vec<HOST_WIDE_INT> &slots)
{
  if (!byte_carrier_p (type))
    return collect_slots (type, 0, slots);
  HOST_WIDE_INT size = int_size_in_bytes (type);
  HOST_WIDE_INT step = POINTER_SIZE / BITS_PER_UNIT;
  if (size <= 0 || size / step > SLOT_LIMIT)
    return false;
  for (HOST_WIDE_INT k = 0; k + step <= size; k += step)
    slots.safe_push (k);
  return true;
}

/* Whether values of TYPE are moved slot by slot.  */

static bool
slotted_type_p (tree type)
{
  return AGGREGATE_TYPE_P (type) || byte_carrier_p (type);
}

/* The window of the location at A moved by K, or NULL.  */

static window_rec *
window_at (lower_ctx &c, const address &a, esc_off k)
{
  if (c.windows.is_empty () || a.off == ESC_OFF_ANY || k == ESC_OFF_ANY)
    return NULL;
  esc_off off = a.off + k;
  for (window_rec &w : c.windows)
    if (w.window != ESC_NONE && w.obj == a.obj && w.ptr == a.ptr
	&& w.off == off)
      return &w;
  return NULL;
}

/* A node pointing to window W.  */

static esc_node
window_address (lower_ctx &c, window_rec &w)
{
  if (w.addr == ESC_NONE)
    {
      w.addr = esc_var_new (c.fn, NULL);
      esc_addr (c.fn, w.addr, w.window, 0, c.pos);
    }
  return w.addr;
}

/* Whether the statement being lowered may run after a transient store
   into window W.  */

static bool
after_transient_p (lower_ctx &c, window_rec &w)
{
  if (!c.cur_bb)
    return false;
  unsigned *first = w.first->get (c.cur_bb->index);
  return bitmap_bit_p (w.after, c.cur_bb->index)
	 || (first && *first < c.cur_idx);
}

/* The windows call STMT touches (effects.c): the roles the cleared
   stores gave it, and a read of each window whose location an argument
   names, when the call may run after a transient store into it.  */

static void
call_windows (lower_ctx &c, gcall *stmt, vec<esc_call_window> &out)
{
  for (unsigned i = 0; i < c.call_roles.length (); i++)
    if (c.call_role_stmts[i] == stmt)
      out.safe_push (c.call_roles[i]);
  for (window_rec &w : c.windows)
    {
      if (w.window == ESC_NONE || !after_transient_p (c, w))
	continue;
      for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
	{
	  tree arg = gimple_call_arg (stmt, i);
	  if (w.ptr != ESC_NONE && TREE_CODE (arg) == SSA_NAME
	      && ssa_node (c, arg) == w.ptr)
	    out.safe_push ({ (int) i, w.off, w.window, ESC_CW_READ });
	  else if (w.obj != ESC_NONE && TREE_CODE (arg) == ADDR_EXPR)
	    {
	      address a = compute_address (c, TREE_OPERAND (arg, 0));
	      if (a.obj == w.obj && a.off != ESC_OFF_ANY)
		out.safe_push ({ (int) i, w.off - a.off, w.window,
				 ESC_CW_READ });
	    }
	}
    }
}

/* Where a load of the location at A moved by K, in the statement being
   lowered, may run after a transient store into it: T also receives the
   window's contents.  */

static void
window_load (lower_ctx &c, const address &a, esc_off k, esc_node t)
{
  window_rec *w = window_at (c, a, k);
  if (!w || !c.cur_bb)
    return;
  unsigned *first = w->first->get (c.cur_bb->index);
  if (!bitmap_bit_p (w->after, c.cur_bb->index)
      && !(first && *first < c.cur_idx))
    return;
  esc_load (c.fn, t, window_address (c, *w), 0, c.pos);
}

/* Copy the aggregate of TYPE at address SRC into address DST.  */

static void
copy_aggregate (lower_ctx &c, const address &dst, const address &src,
		tree type)
{
  esc_off doff, soff;
  esc_node d = address_base (c, dst, &doff);
  esc_node s = address_base (c, src, &soff);
  auto_vec<HOST_WIDE_INT> slots;
  if (d == ESC_NONE || s == ESC_NONE)
    return;
  if (!value_slots (type, slots))
    {
      esc_node t = temp_node (c);
      esc_load (c.fn, t, s, ESC_OFF_ANY, c.pos);
      esc_store (c.fn, d, ESC_OFF_ANY, t, c.pos);
      return;
    }
  for (HOST_WIDE_INT k : slots)
    {
      esc_node t = temp_node (c);
      esc_load (c.fn, t, s, offset_add (soff, k), c.pos);
      window_load (c, src, k, t);
      /* A whole-struct restore overwrites each cleared field it copies.  */
      if (window_rec *w = window_at (c, dst, k))
	esc_window_kill (c.fn, w->window, t, c.pos);
      esc_store (c.fn, d, offset_add (doff, k), t, c.pos);
    }
}

/* A node holding every address the aggregate of TYPE at A contains (for
   aggregates passed or returned by value): T, or a new temporary when T
   is ESC_NONE.  */

static esc_node
aggregate_contents (lower_ctx &c, const address &a, tree type, esc_node t)
{
  esc_off off;
  esc_node base = address_base (c, a, &off);
  if (base == ESC_NONE)
    return ESC_NONE;
  auto_vec<HOST_WIDE_INT> slots;
  if (t == ESC_NONE)
    t = temp_node (c);
  if (!value_slots (type, slots))
    esc_load (c.fn, t, base, ESC_OFF_ANY, c.pos);
  else
    for (HOST_WIDE_INT k : slots)
      {
	esc_load (c.fn, t, base, offset_add (off, k), c.pos);
	window_load (c, a, k, t);
      }
  return t;
}

/* Store the value node V into every slot of the aggregate of TYPE at A.  */

static void
store_into_aggregate (lower_ctx &c, const address &a, tree type, esc_node v)
{
  esc_off off;
  esc_node base = address_base (c, a, &off);
  if (base == ESC_NONE || v == ESC_NONE)
    return;
  auto_vec<HOST_WIDE_INT> slots;
  if (!value_slots (type, slots))
    esc_store (c.fn, base, ESC_OFF_ANY, v, c.pos);
  else
    for (HOST_WIDE_INT k : slots)
      esc_store (c.fn, base, offset_add (off, k), v, c.pos);
}

/* Whether OP designates storage (is read or written through memory).  */

static bool
memory_ref_p (const_tree op)
{
  switch (TREE_CODE (op))
    {
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
    case MEM_REF:
    case TARGET_MEM_REF:
    case COMPONENT_REF:
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
    case STRING_CST:
    case WITH_SIZE_EXPR:
      return true;
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
      /* Of a register (`VIEW_CONVERT_EXPR<long>(_1)'), these are values.  */
      return TREE_CODE (TREE_OPERAND (op, 0)) != SSA_NAME
	     && !CONSTANT_CLASS_P (TREE_OPERAND (op, 0));
    default:
      return false;
    }
}

/* Lower the load of OP (at A, BASE + OFF) in the statement being lowered
   into T as the value of the store that reaches it, guarded by the
   statements between that may write it after all (memflow.cc; core.h,
   esc_load_guarded); false when no store is known to reach it.  */

static bool
reread (lower_ctx &c, tree op, const address &a, esc_node base, esc_off off,
	esc_node t)
{
  gimple *stmt = c.cur_stmt;
  if (!stmt || off == ESC_OFF_ANY)
    return false;
  auto_vec<tree, 4> stores;
  auto_vec<gcall *, 4> calls;
  location_t sloc = UNKNOWN_LOCATION;
  tree val = escape_reaching_store (stmt, op, &stores, &calls, &sloc);
  if (!val)
    return false;
  /* The guards' values are not loads of this statement.  */
  c.cur_stmt = NULL;
  int g = esc_load_guarded (c.fn, t, base, off, value_node (c, val),
			    escape_pos (sloc), c.pos);
  if (g >= 0 && window_at (c, a, 0))
    {
      /* The plain load of a cleared location reads its window too.  */
      esc_node w = temp_node (c);
      window_load (c, a, 0, w);
      esc_load_guarded_also (c.fn, g, w);
    }
  for (unsigned i = 0; g >= 0 && i < stores.length (); i++)
    {
      esc_off soff;
      esc_guard_store (c.fn, g, address_base (c, compute_address
						   (c, stores[i]), &soff));
    }
  for (unsigned i = 0; g >= 0 && i < calls.length (); i++)
    {
      esc_guard_call (c.fn, g, ESC_NONE);
      if (gimple_call_chain (calls[i]))
	esc_guard_store (c.fn, g, ESC_NONE);
      for (unsigned k = 0; k < gimple_call_num_args (calls[i]); k++)
	{
	  esc_node n = value_node (c, gimple_call_arg (calls[i], k));
	  if (n != ESC_NONE)
	    esc_guard_call (c.fn, g, n);
	}
    }
  c.cur_stmt = stmt;
  return g >= 0;
}

/* Lower the read of memory reference OP into node T (a new temporary when
   T is ESC_NONE); returns the node, or ESC_NONE when OP holds no
   address.  */

static esc_node
load_value (lower_ctx &c, tree op, esc_node t)
{
  tree type = TREE_TYPE (op);
  address a = compute_address (c, op);
  if (slotted_type_p (type))
    return aggregate_contents (c, a, type, t);
  if (!tracked_type_p (type))
    return ESC_NONE;
  esc_off off;
  esc_node base = address_base (c, a, &off);
  if (base == ESC_NONE)
    return ESC_NONE;
  if (t == ESC_NONE)
    t = temp_node (c);
  if (reread (c, op, a, base, off, t))
    return t;
  esc_load (c.fn, t, base, off, c.pos);
  window_load (c, a, 0, t);
  return t;
}

/* The node holding the value of operand OP (an SSA name, an address, a
   constant or a memory reference that is loaded), or ESC_NONE when OP
   holds no address.  */

static esc_node
value_node (lower_ctx &c, tree op)
{
  if (!op)
    return ESC_NONE;
  switch (TREE_CODE (op))
    {
    case SSA_NAME:
      return ssa_node (c, op);
    case ADDR_EXPR:
      return address_value (c, compute_address (c, TREE_OPERAND (op, 0)));
    case INTEGER_CST:
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case CONSTRUCTOR:
      return ESC_NONE;
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
      if (!memory_ref_p (op))
	{
	  /* Part of a register: anywhere inside what it points to.  */
	  esc_node v = value_node (c, TREE_OPERAND (op, 0));
	  if (v == ESC_NONE || !tracked_type_p (TREE_TYPE (op)))
	    return ESC_NONE;
	  esc_node t = temp_node (c);
	  esc_copy (c.fn, t, v, TREE_CODE (op) == VIEW_CONVERT_EXPR
				? 0 : ESC_OFF_ANY, c.pos);
	  return t;
	}
      break;
    default:
      break;
    }
  if (memory_ref_p (op))
    return load_value (c, op, ESC_NONE);
  /* Something this lowering does not know: it may point anywhere
     non-local.  */
  esc_node t = temp_node (c);
  esc_clobber (c.fn, t, c.pos);
  return t;
}

/* DST ⊇ SRC + OFF, when both exist.  */

static void
copy_into (lower_ctx &c, esc_node dst, esc_node src, esc_off off)
{
  if (dst != ESC_NONE && src != ESC_NONE)
    esc_copy (c.fn, dst, src, off, c.pos);
}

/* The constant value of integer operand OP, in *VAL.  */

static bool
constant_operand_p (tree op, HOST_WIDE_INT *val)
{
  if (TREE_CODE (op) != INTEGER_CST || !tree_fits_shwi_p (op))
    {
      if (TREE_CODE (op) == INTEGER_CST && tree_fits_uhwi_p (op))
	{
	  *val = (HOST_WIDE_INT) tree_to_uhwi (op);
	  return true;
	}
      return false;
    }
  *val = tree_to_shwi (op);
  return true;
}

/* The value the statement right before STMT stored into REF, when STMT
   reads REF back (`l = V; t = l;'), or NULL_TREE.  Without
   optimisation, the gimplifier reads an assignment's value back from
   memory (`g = (l = V)' becomes `l = V; t = l; g = t;'), where the
   optimising one uses V: following the store keeps the findings the same
   at every level, and is exact (nothing runs in between).  Only a read
   back at the store's own location is followed: a load the user wrote
   (`s.p = &x; q = s.p;') keeps its own step in the explanation.  */

static tree
just_stored (gimple *stmt, tree ref)
{
  if (!memory_ref_p (ref) || TREE_THIS_VOLATILE (ref))
    return NULL_TREE;
  gimple_stmt_iterator gi = gsi_for_stmt (stmt);
  gsi_prev_nondebug (&gi);
  if (gsi_end_p (gi))
    return NULL_TREE;
  gassign *prev = dyn_cast<gassign *> (gsi_stmt (gi));
  if (!prev || !gimple_assign_single_p (prev) || gimple_clobber_p (prev)
      || gimple_has_volatile_ops (prev)
      || gimple_location (prev) != gimple_location (stmt))
    return NULL_TREE;
  tree lhs = gimple_assign_lhs (prev);
  tree val = gimple_assign_rhs1 (prev);
  if (TREE_CODE (lhs) == SSA_NAME || !operand_equal_p (lhs, ref, 0)
      || !types_compatible_p (TREE_TYPE (lhs), TREE_TYPE (ref))
      || TREE_CODE (val) == CONSTRUCTOR)
    return NULL_TREE;
  return val;
}

/* Lower load STMT of REF, through a parameter at a constant offset, into
   DST if nothing of the function may have written the place before it
   (effects.cc): it reads what the caller stored there (effects.c).  */

static bool
entry_load (lower_ctx &c, gassign *stmt, tree ref, esc_node dst)
{
  if (TREE_THIS_VOLATILE (ref) || !tracked_type_p (TREE_TYPE (ref))
      || slotted_type_p (TREE_TYPE (ref)))
    return false;
  tree base = get_base_address (ref);
  if (!base || TREE_CODE (base) != MEM_REF
      || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME)
    return false;
  tree ptr = TREE_OPERAND (base, 0);
  unsigned *caller = c.param_callers.get (ptr);
  if (!caller)
    return false;
  address a = compute_address (c, ref);
  return a.obj == ESC_NONE && a.off != ESC_OFF_ANY && a.ptr == ssa_node (c, ptr)
	 && escape_entry_load_p (stmt, ptr, a.off, POINTER_SIZE / BITS_PER_UNIT)
	 && esc_load_initial (c.fn, dst, *caller, a.off, c.pos);
}

/* Lower the right-hand side of assignment STMT into node DST.  */

static void
lower_rhs (lower_ctx &c, gassign *stmt, esc_node dst)
{
  enum tree_code code = gimple_assign_rhs_code (stmt);
  tree rhs1 = gimple_assign_rhs1 (stmt);
  HOST_WIDE_INT k;
  switch (code)
    {
    case POINTER_PLUS_EXPR:
      copy_into (c, dst, value_node (c, rhs1),
		 constant_operand_p (gimple_assign_rhs2 (stmt), &k)
		 ? k : ESC_OFF_ANY);
      return;
    case PLUS_EXPR:
    case MINUS_EXPR:
      {
	tree rhs2 = gimple_assign_rhs2 (stmt);
	if (constant_operand_p (rhs2, &k))
	  copy_into (c, dst, value_node (c, rhs1),
		     code == PLUS_EXPR ? k : -k);
	else
	  {
	    copy_into (c, dst, value_node (c, rhs1), ESC_OFF_ANY);
	    if (code == PLUS_EXPR)
	      copy_into (c, dst, value_node (c, rhs2), ESC_OFF_ANY);
	  }
	return;
      }
    case BIT_AND_EXPR:
      {
	/* p & ~7 still points into the object; x & 15 is a small number.  */
	tree rhs2 = gimple_assign_rhs2 (stmt);
	if (constant_operand_p (rhs2, &k)
	    && (unsigned HOST_WIDE_INT) k < 4096)
	  return;
	copy_into (c, dst, value_node (c, rhs1), ESC_OFF_ANY);
	if (!constant_operand_p (rhs2, &k))
	  copy_into (c, dst, value_node (c, rhs2), ESC_OFF_ANY);
	return;
      }
    case BIT_XOR_EXPR:
      /* p ^ q is a number (hashing), not an address: XOR-linked lists
	 are not followed.  */
      return;
    case BIT_IOR_EXPR:
    case MIN_EXPR:
    case MAX_EXPR:
      copy_into (c, dst, value_node (c, rhs1), ESC_OFF_ANY);
      copy_into (c, dst, value_node (c, gimple_assign_rhs2 (stmt)),
		 ESC_OFF_ANY);
      return;
    case COND_EXPR:
    case VEC_COND_EXPR:
      copy_into (c, dst, value_node (c, gimple_assign_rhs2 (stmt)), 0);
      copy_into (c, dst, value_node (c, gimple_assign_rhs3 (stmt)), 0);
      return;
    default:
      break;
    }
  if (CONVERT_EXPR_CODE_P (code) || code == VIEW_CONVERT_EXPR
      || get_gimple_rhs_class (code) == GIMPLE_SINGLE_RHS)
    {
      if (code == VIEW_CONVERT_EXPR && TREE_CODE (rhs1) == VIEW_CONVERT_EXPR)
	rhs1 = TREE_OPERAND (rhs1, 0);
      /* A load goes straight into DST, so the flow reads "loaded into
	 'q'" and not through a temporary.  */
      if (tree stored = just_stored (stmt, rhs1))
	copy_into (c, dst, value_node (c, stored), 0);
      else if (memory_ref_p (rhs1) && entry_load (c, stmt, rhs1, dst))
	;
      else if (memory_ref_p (rhs1))
	load_value (c, rhs1, dst);
      else
	copy_into (c, dst, value_node (c, rhs1), 0);
      return;
    }
  /* Everything else (comparisons, multiplication, division, shifts,
     pointer differences, floating point) computes a number, not an
     address.  */
}

/* Lower assignment STMT.  */

static void
lower_assign (lower_ctx &c, gassign *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  if (gimple_clobber_p (stmt))
    return;
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      esc_node dst = ssa_node (c, lhs);
      if (dst != ESC_NONE)
	lower_rhs (c, stmt, dst);
      return;
    }
  tree type = TREE_TYPE (lhs);
  address a = compute_address (c, lhs);
  tree rhs1 = gimple_assign_rhs1 (stmt);
  if (slotted_type_p (type) && gimple_assign_single_p (stmt))
    {
      if (TREE_CODE (rhs1) == CONSTRUCTOR)
	return; /* zeroing or an empty initializer */
      if (memory_ref_p (rhs1))
	{
	  copy_aggregate (c, a, compute_address (c, rhs1), type);
	  return;
	}
      store_into_aggregate (c, a, type, value_node (c, rhs1));
      return;
    }
  if (!tracked_type_p (type) && !gimple_assign_single_p (stmt))
    return;
  esc_node v = temp_node (c);
  if (gimple_assign_single_p (stmt))
    copy_into (c, v, value_node (c, rhs1), 0);
  else
    lower_rhs (c, stmt, v);
  esc_off off;
  esc_node base = address_base (c, a, &off);
  if (int *role = c.store_role.get (stmt))
    {
      window_rec &w = c.windows[*role >> 1];
      if (*role & 1)
	{
	  /* Overwritten before every return: the window holds it.  */
	  base = window_address (c, w);
	  off = 0;
	}
      else
	esc_window_kill (c.fn, w.window, v, c.pos);
    }
  if (base != ESC_NONE)
    esc_store (c.fn, base, off, v, c.pos);
}

/* The name of the callee of STMT for the library model, or NULL.  */

static const char *
callee_name (tree fndecl)
{
  if (!fndecl)
    return NULL;
  return decl_name (fndecl);
}

/* ---------------------------------------------------------------------- */
/* Heap allocations, for heap-to-stack hints.

   For a call to malloc, calloc or aligned_alloc whose result is an SSA
   name P, the glue tells the core the size when it is constant and
   whether P is freed on every path to the exit and never reallocated.
   P's VALUES are P and the names copied or converted from it (and phis
   of those and null pointers); a free of a value is a FREE POINT.  Freed
   on every path means: no path from the call to the exit avoids every
   free point, not counting the edges on which a value was just tested
   equal to null (`if (!p) return -1;').  A value passed to any other
   function, stored, or returned is the core's business: it escapes, or
   not, by points-to.  */

static void paths_avoiding (sbitmap stop, sbitmap open,
			    bool (*skip_p) (edge, void *), void *data,
			    sbitmap avoid_out);

/* Whether FNDECL is the C library function NAME, or GCC's built-in of
   it, CODE.  */

static bool
library_call_p (tree fndecl, built_in_function code, const char *name)
{
  if (!fndecl)
    return false;
  if (fndecl_built_in_p (fndecl, code))
    return true;
  return DECL_NAME (fndecl) && !strcmp (IDENTIFIER_POINTER (DECL_NAME (fndecl)),
					name);
}

/* The constant value of integer operand OP, in *VAL, also when OP is an
   SSA name set from a constant (`size_t n = 16; malloc (n)': the pass runs
   before constant propagation).  */

static bool
constant_size_p (tree op, HOST_WIDE_INT *val)
{
  for (int depth = 0; depth < 4 && op && TREE_CODE (op) == SSA_NAME; depth++)
    {
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (op));
      if (!def || !(gimple_assign_single_p (def)
		    || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	return false;
      op = gimple_assign_rhs1 (def);
    }
  return op && constant_operand_p (op, val);
}

/* ---------------------------------------------------------------------- */
/* Allocators and deallocators.

   An ALLOCATOR returns a fresh heap object: malloc, calloc and
   aligned_alloc; a function declared __attribute__ ((malloc)) (GCC
   itself takes its result to alias nothing), sized by its alloc_size
   attribute; or a function of the unit that returns what an allocator
   gave it and does nothing else with it than test it, write into it and
   return it (`void *xmalloc (size_t n) { void *p = malloc (n); if (!p)
   abort (); return p; }'), sized by the argument it passes on.  A
   DEALLOCATOR of argument K frees it: free; the deallocator an
   allocator's `malloc (D, K)' attribute names; or a function of the unit
   that frees its parameter K on every path.  Wrappers of wrappers count,
   up to four deep.  */

/* The size of what an allocator returns: FACTOR times the arguments at
   positions ARG[0] and ARG[1] (those >= 0); FACTOR is 0 when the size is
   unknown.  */

struct alloc_sig
{
  bool fresh;
  int arg[2];
  HOST_WIDE_INT factor;
};

static const int alloc_depth_max = 4;

static bool allocator_p (tree fndecl, int depth, alloc_sig *sig);

/* Whether AS copies or converts one value (`p = q', `p = (T *) q').  */

static bool
copy_or_conversion_p (gassign *as)
{
  return gimple_assign_ssa_name_copy_p (as)
	 || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (as));
}

/* NAME followed back through at most four copies and conversions.  */

static tree
copied_from (tree name)
{
  for (int depth = 0; depth < 4 && name && TREE_CODE (name) == SSA_NAME;
       depth++)
    {
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (name));
      if (!def || !copy_or_conversion_p (def))
	break;
      name = gimple_assign_rhs1 (def);
    }
  return name;
}

/* The index of parameter default definition NAME (through conversions
   and copies) among the parameters of the function, or -1.  */

static int
param_index (tree name)
{
  name = copied_from (name);
  if (!name || TREE_CODE (name) != SSA_NAME
      || !SSA_NAME_IS_DEFAULT_DEF (name))
    return -1;
  tree var = SSA_NAME_VAR (name);
  if (!var || TREE_CODE (var) != PARM_DECL)
    return -1;
  int i = 0;
  for (tree p = DECL_ARGUMENTS (DECL_CONTEXT (var)); p;
       p = DECL_CHAIN (p), i++)
    if (p == var)
      return i;
  return -1;
}

/* The values of pointer NAME in its function: NAME and the names copied
   or converted from it, and phis of those and null pointers; into
   VALUES.  */

static void
pointer_values (tree name, hash_set<tree> &values)
{
  auto_vec<tree> work;
  values.add (name);
  work.safe_push (name);
  while (!work.is_empty ())
    {
      tree n = work.pop ();
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, n)
	{
	  tree r = NULL_TREE;
	  if (gassign *as = dyn_cast<gassign *> (use))
	    {
	      if (TREE_CODE (gimple_assign_lhs (as)) == SSA_NAME
		  && copy_or_conversion_p (as))
		r = gimple_assign_lhs (as);
	    }
	  else if (gphi *phi = dyn_cast<gphi *> (use))
	    {
	      r = gimple_phi_result (phi);
	      for (unsigned i = 0; i < gimple_phi_num_args (phi) && r; i++)
		{
		  tree arg = gimple_phi_arg_def (phi, i);
		  if (!integer_zerop (arg) && !values.contains (arg)
		      && arg != n)
		    r = NULL_TREE;
		}
	    }
	  if (r && !values.add (r))
	    work.safe_push (r);
	}
    }
}

/* The body of FNDECL in SSA form, or NULL.  */

static function *
ssa_body (tree fndecl)
{
  function *fun = fndecl ? DECL_STRUCT_FUNCTION (fndecl) : NULL;
  return fun && fun->cfg && fun->gimple_df && gimple_in_ssa_p (fun)
	 ? fun : NULL;
}

/* Whether CALL is a call to an allocator (*SIG says how it sizes its
   result, in CALL's arguments).  */

static bool
allocation_call_p (gcall *call, int depth, alloc_sig *sig)
{
  return !gimple_call_internal_p (call)
	 && allocator_p (gimple_call_fndecl (call), depth, sig);
}

/* Whether the function FNDECL (with body FUN) only wraps an allocator:
   its returns return values of one allocation call, or null, and those
   values are otherwise only tested, written through and copied.  */

static bool
wrapper_p (tree fndecl, function *fun, int depth, alloc_sig *sig)
{
  if (!POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl))))
    return false;
  /* The allocation: what the first non-null return value comes from.  */
  gcall *alloc = NULL;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (fun)->preds)
    {
      greturn *ret = safe_dyn_cast<greturn *> (last_stmt (e->src));
      tree v = ret ? gimple_return_retval (ret) : NULL_TREE;
      for (int k = 0; k < 8 && v && TREE_CODE (v) == SSA_NAME && !alloc;
	   k++)
	{
	  gimple *def = SSA_NAME_DEF_STMT (v);
	  if (gcall *call = dyn_cast<gcall *> (def))
	    alloc = call;
	  else if (gphi *phi = dyn_cast<gphi *> (def))
	    {
	      v = NULL_TREE;
	      for (unsigned i = 0; i < gimple_phi_num_args (phi) && !v; i++)
		if (!integer_zerop (gimple_phi_arg_def (phi, i)))
		  v = gimple_phi_arg_def (phi, i);
	    }
	  else if (gassign *as = dyn_cast<gassign *> (def))
	    v = copy_or_conversion_p (as) ? gimple_assign_rhs1 (as) : NULL_TREE;
	  else
	    v = NULL_TREE;
	}
      if (alloc)
	break;
    }
  alloc_sig inner;
  if (!alloc || !gimple_call_lhs (alloc)
      || TREE_CODE (gimple_call_lhs (alloc)) != SSA_NAME
      || !allocation_call_p (alloc, depth + 1, &inner))
    return false;

  /* Every return returns one of its values or null; no other use lets
     them out.  */
  hash_set<tree> values;
  pointer_values (gimple_call_lhs (alloc), values);
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (fun)->preds)
    {
      greturn *ret = safe_dyn_cast<greturn *> (last_stmt (e->src));
      tree v = ret ? gimple_return_retval (ret) : NULL_TREE;
      if (!v || !(integer_zerop (v) || values.contains (v)))
	return false;
    }
  for (tree v : values)
    {
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, v)
	{
	  if (is_gimple_debug (use) || is_a<gcond *> (use)
	      || is_a<greturn *> (use))
	    continue;
	  /* A phi of values and null pointers is a value; one that mixes
	     in anything else lets the value out.  */
	  if (gphi *phi = dyn_cast<gphi *> (use))
	    {
	      if (values.contains (gimple_phi_result (phi)))
		continue;
	      return false;	/* the iterator ends itself */
	    }
	  if (gassign *as = dyn_cast<gassign *> (use))
	    {
	      tree lhs = gimple_assign_lhs (as);
	      /* A copy, or a store into the object (`p->next = NULL'),
		 whose right-hand side is not a value.  */
	      if (TREE_CODE (lhs) == SSA_NAME && values.contains (lhs))
		continue;
	      tree base = get_base_address (lhs);
	      if (base && TREE_CODE (base) == MEM_REF
		  && TREE_OPERAND (base, 0) == v
		  && gimple_assign_single_p (as)
		  && !values.contains (gimple_assign_rhs1 (as)))
		continue;
	      if (TREE_CODE (lhs) == SSA_NAME
		  && TREE_CODE_CLASS (gimple_assign_rhs_code (as))
		     == tcc_comparison)
		continue;
	      return false;	/* the iterator ends itself */
	    }
	  gcall *call = dyn_cast<gcall *> (use);
	  if (call
	      && (gimple_call_builtin_p (call, BUILT_IN_MEMSET)
		  || gimple_call_builtin_p (call, BUILT_IN_BZERO))
	      && gimple_call_arg (call, 0) == v)
	    {
	      bool other = false;
	      for (unsigned i = 1; i < gimple_call_num_args (call); i++)
		other |= values.contains (gimple_call_arg (call, i));
	      if (!other)
		continue;
	    }
	  return false;	/* the iterator ends itself */
	}
    }

  /* The size, in the wrapper's parameters.  */
  sig->fresh = true;
  sig->factor = inner.factor;
  int n = 0;
  sig->arg[0] = sig->arg[1] = -1;
  for (int k = 0; k < 2 && sig->factor; k++)
    {
      if (inner.arg[k] < 0)
	continue;
      if ((unsigned) inner.arg[k] >= gimple_call_num_args (alloc))
	{
	  sig->factor = 0;
	  break;
	}
      tree a = gimple_call_arg (alloc, inner.arg[k]);
      HOST_WIDE_INT val;
      int pi;
      if (constant_size_p (a, &val) && val >= 0
	  && (val == 0 || sig->factor <= HOST_WIDE_INT_MAX / val))
	sig->factor *= val;
      else if ((pi = param_index (a)) >= 0)
	sig->arg[n++] = pi;
      else
	sig->factor = 0;
    }
  return true;
}

/* Whether FNDECL is an allocator; *SIG says how it sizes its result.  */

static bool
allocator_p (tree fndecl, int depth, alloc_sig *sig)
{
  *sig = { false, { -1, -1 }, 0 };
  if (!fndecl || depth > alloc_depth_max)
    return false;
  if (library_call_p (fndecl, BUILT_IN_MALLOC, "malloc"))
    *sig = { true, { 0, -1 }, 1 };
  else if (library_call_p (fndecl, BUILT_IN_CALLOC, "calloc"))
    *sig = { true, { 0, 1 }, 1 };
  else if (library_call_p (fndecl, BUILT_IN_ALIGNED_ALLOC, "aligned_alloc"))
    *sig = { true, { 1, -1 }, 1 };
  if (sig->fresh)
    return true;

  static hash_map<tree, alloc_sig> *cache;
  if (!cache)
    cache = new hash_map<tree, alloc_sig>;
  if (alloc_sig *known = cache->get (fndecl))
    {
      *sig = *known;
      return sig->fresh;
    }
  /* Not an allocator while it is being looked at (recursion).  */
  cache->put (fndecl, *sig);
  if (DECL_IS_MALLOC (fndecl))
    {
      sig->fresh = true;
      tree at = lookup_attribute ("alloc_size",
				  TYPE_ATTRIBUTES (TREE_TYPE (fndecl)));
      if (at && TREE_VALUE (at))
	{
	  sig->factor = 1;
	  int k = 0;
	  for (tree a = TREE_VALUE (at); a && k < 2; a = TREE_CHAIN (a), k++)
	    if (TREE_CODE (TREE_VALUE (a)) == INTEGER_CST
		&& tree_fits_uhwi_p (TREE_VALUE (a))
		&& tree_to_uhwi (TREE_VALUE (a)) >= 1
		&& tree_to_uhwi (TREE_VALUE (a)) <= 64)
	      sig->arg[k] = (int) tree_to_uhwi (TREE_VALUE (a)) - 1;
	    else
	      sig->factor = 0;
	}
    }
  else if (function *fun = ssa_body (fndecl))
    {
      alloc_sig w;
      if (wrapper_p (fndecl, fun, depth, &w))
	*sig = w;
    }
  /* What depends on a function being looked at is not remembered.  */
  if (depth == 0 || sig->fresh)
    cache->put (fndecl, *sig);
  else
    cache->remove (fndecl);
  return sig->fresh;
}

/* The constant size of allocation call STMT (allocator *SIG), or 0.  */

static int64_t
alloc_size (gcall *stmt, const alloc_sig *sig)
{
  HOST_WIDE_INT size = sig->factor;
  for (int k = 0; k < 2 && size > 0; k++)
    {
      HOST_WIDE_INT v;
      if (sig->arg[k] < 0)
	continue;
      if ((unsigned) sig->arg[k] >= gimple_call_num_args (stmt)
	  || !constant_size_p (gimple_call_arg (stmt, sig->arg[k]), &v)
	  || v < 0 || (v > 0 && size > INT64_MAX / v))
	return 0;
      size *= v;
    }
  return size > 0 ? size : 0;
}

/* Whether allocator ALLOC names DEALLOC its deallocator of argument K
   (`__attribute__ ((malloc (DEALLOC, K + 1)))').  */

static bool
named_deallocator_p (tree alloc, tree dealloc, unsigned k)
{
  if (!alloc || !dealloc)
    return false;
  for (tree at = lookup_attribute ("malloc", DECL_ATTRIBUTES (alloc)); at;
       at = lookup_attribute ("malloc", TREE_CHAIN (at)))
    {
      tree args = TREE_VALUE (at);
      tree d = args ? TREE_VALUE (args) : NULL_TREE;
      if (d && TREE_CODE (d) == ADDR_EXPR)
	d = TREE_OPERAND (d, 0);
      if (!d || TREE_CODE (d) != FUNCTION_DECL
	  || DECL_NAME (d) != DECL_NAME (dealloc))
	continue;
      unsigned pos = 1;
      tree p = TREE_CHAIN (args);
      if (p && TREE_VALUE (p) && tree_fits_uhwi_p (TREE_VALUE (p)))
	pos = (unsigned) tree_to_uhwi (TREE_VALUE (p));
      if (pos == k + 1)
	return true;
    }
  return false;
}

/* Whether argument K of CALL is a pointer returned by an allocator that
   names CALL's callee its deallocator: the callee frees it and does not
   keep it.  */

static bool
deallocated_arg_p (gcall *call, unsigned k)
{
  tree v = copied_from (gimple_call_arg (call, k));
  gcall *src = TREE_CODE (v) == SSA_NAME
	       ? dyn_cast<gcall *> (SSA_NAME_DEF_STMT (v)) : NULL;
  return src && !gimple_call_internal_p (src)
	 && named_deallocator_p (gimple_call_fndecl (src),
				 gimple_call_fndecl (call), k);
}

/* Whether CALL frees its argument K, ALLOC being the call that allocated
   it (or NULL).  */

static bool dealloc_wrapper_p (tree fndecl, unsigned k, int depth);

static bool
frees_arg_p (gcall *call, unsigned k, gcall *alloc, int depth)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || gimple_call_internal_p (call))
    return false;
  if (library_call_p (fndecl, BUILT_IN_FREE, "free"))
    return k == 0;
  if (alloc && named_deallocator_p (gimple_call_fndecl (alloc), fndecl, k))
    return true;
  return dealloc_wrapper_p (fndecl, k, depth + 1);
}

/* The free points of VALUES (calls that free one of them; ALLOC as in
   frees_arg_p), into FREES; sets *REALLOCATED when one is passed to
   realloc.  */

static void
free_points (const hash_set<tree> &values, gcall *alloc, int depth,
	     auto_vec<gimple *> &frees, bool *reallocated)
{
  for (tree v : values)
    {
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, v)
	{
	  gcall *call = dyn_cast<gcall *> (use);
	  if (!call)
	    continue;
	  for (unsigned k = 0; k < gimple_call_num_args (call); k++)
	    if (gimple_call_arg (call, k) == v)
	      {
		if (k == 0 && library_call_p (gimple_call_fndecl (call),
					      BUILT_IN_REALLOC, "realloc"))
		  *reallocated = true;
		else if (frees_arg_p (call, k, alloc, depth))
		  frees.safe_push (call);
	      }
	}
    }
}

static void paths_avoiding (sbitmap stop, sbitmap open,
			    bool (*skip_p) (edge, void *), void *data,
			    sbitmap avoid_out);
static bool null_edge_p (edge e, void *data);

/* Whether, in the current function, every path from FROM (a statement,
   or NULL for the entry) to the exit passes one of FREES, not counting
   the edges on which one of VALUES was just found null.  */

static bool
freed_on_every_path (gimple *from, const auto_vec<gimple *> &frees,
		     hash_set<tree> &values)
{
  if (frees.is_empty ())
    return false;
  auto_sbitmap has_free (last_basic_block_for_fn (cfun));
  auto_sbitmap avoid_out (last_basic_block_for_fn (cfun));
  bitmap_clear (has_free);
  for (gimple *f : frees)
    bitmap_set_bit (has_free, gimple_bb (f)->index);
  paths_avoiding (has_free, NULL, null_edge_p, &values, avoid_out);
  basic_block bb = from ? gimple_bb (from)
		   : single_succ (ENTRY_BLOCK_PTR_FOR_FN (cfun));
  /* A free after FROM in its own block, or no free-avoiding path from
     the block's end.  */
  bool seen = from == NULL;
  for (gimple_stmt_iterator gi = gsi_start_bb (bb); !gsi_end_p (gi);
       gsi_next (&gi))
    {
      if (gsi_stmt (gi) == from)
	seen = true;
      else if (seen)
	for (gimple *f : frees)
	  if (f == gsi_stmt (gi))
	    return true;
    }
  return !bitmap_bit_p (avoid_out, bb->index);
}

/* Whether FNDECL, a function of the unit, frees its parameter K on every
   path.  */

static bool
dealloc_wrapper_p (tree fndecl, unsigned k, int depth)
{
  function *fun = ssa_body (fndecl);
  if (!fun || depth > alloc_depth_max || k >= 32)
    return false;
  static hash_map<tree, unsigned> *cache;   /* bit 31: computed */
  if (!cache)
    cache = new hash_map<tree, unsigned>;
  if (unsigned *known = cache->get (fndecl))
    return *known & (1u << k);
  cache->put (fndecl, 0);
  unsigned mask = 0;
  push_cfun (fun);
  unsigned i = 0;
  for (tree parm = DECL_ARGUMENTS (fndecl); parm && i < 31;
       parm = DECL_CHAIN (parm), i++)
    {
      tree ddef = POINTER_TYPE_P (TREE_TYPE (parm)) && is_gimple_reg (parm)
		  ? ssa_default_def (fun, parm) : NULL_TREE;
      if (!ddef)
	continue;
      hash_set<tree> values;
      pointer_values (ddef, values);
      auto_vec<gimple *> frees;
      bool reallocated = false;
      free_points (values, NULL, depth, frees, &reallocated);
      if (!reallocated && freed_on_every_path (NULL, frees, values))
	mask |= 1u << i;
    }
  pop_cfun ();
  if (depth <= 1 || mask)
    cache->put (fndecl, mask);
  else
    cache->remove (fndecl);
  return mask & (1u << k);
}

/* Whether the edge E leaves a test of VALUES against null on the side
   where the value is null.  */

static bool
null_edge_p (edge e, void *data)
{
  hash_set<tree> &values = *(hash_set<tree> *) data;
  gcond *cond = safe_dyn_cast<gcond *> (last_stmt (e->src));
  if (!cond || !values.contains (gimple_cond_lhs (cond))
      || !integer_zerop (gimple_cond_rhs (cond)))
    return false;
  if (gimple_cond_code (cond) == EQ_EXPR)
    return e->flags & EDGE_TRUE_VALUE;
  if (gimple_cond_code (cond) == NE_EXPR)
    return e->flags & EDGE_FALSE_VALUE;
  return false;
}

/* If STMT calls an allocator, fill *SIZE and *FLAGS (core.h,
   ESC_ALLOC_*) and return true.  */

static bool
alloc_facts (gcall *stmt, int64_t *size, unsigned *flags)
{
  alloc_sig sig;
  if (!allocation_call_p (stmt, 0, &sig))
    return false;
  *size = alloc_size (stmt, &sig);
  tree lhs = gimple_call_lhs (stmt);
  if (!lhs || TREE_CODE (lhs) != SSA_NAME)
    return true;
  hash_set<tree> values;
  pointer_values (lhs, values);
  auto_vec<gimple *> frees;
  bool reallocated = false;
  free_points (values, stmt, 0, frees, &reallocated);
  if (reallocated)
    *flags |= ESC_ALLOC_REALLOCATED;
  if (freed_on_every_path (stmt, frees, values))
    *flags |= ESC_ALLOC_FREED;
  return true;
}

/* Lower call STMT.  */

static void
lower_call (lower_ctx &c, gcall *stmt)
{
  tree fndecl = gimple_call_fndecl (stmt);
  tree lhs = gimple_call_lhs (stmt);
  unsigned nargs = gimple_call_num_args (stmt);

  if (gimple_call_internal_p (stmt))
    {
      /* Internal functions (checks, va_arg, overflow arithmetic) may
	 return anything their arguments point to, or non-local memory.  */
      esc_node dst = lhs && TREE_CODE (lhs) == SSA_NAME
		     ? ssa_node (c, lhs) : ESC_NONE;
      if (dst == ESC_NONE)
	return;
      esc_clobber (c.fn, dst, c.pos);
      /* va_arg gives a variadic argument, which the analysis does not
	 follow from the caller (summaries cover the named parameters): not
	 a pointer into the va_list.  */
      if (gimple_call_internal_fn (stmt) == IFN_VA_ARG)
	return;
      for (unsigned i = 0; i < nargs; i++)
	copy_into (c, dst, value_node (c, gimple_call_arg (stmt, i)),
		   ESC_OFF_ANY);
      return;
    }

  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    switch (DECL_FUNCTION_CODE (fndecl))
      {
      case BUILT_IN_EXPECT:
      case BUILT_IN_EXPECT_WITH_PROBABILITY:
      case BUILT_IN_ASSUME_ALIGNED:
	if (lhs && TREE_CODE (lhs) == SSA_NAME && nargs > 0)
	  copy_into (c, ssa_node (c, lhs),
		     value_node (c, gimple_call_arg (stmt, 0)), 0);
	return;
      case BUILT_IN_VA_START:
      case BUILT_IN_VA_END:
      case BUILT_IN_VA_COPY:
      case BUILT_IN_STACK_SAVE:
      case BUILT_IN_STACK_RESTORE:
      case BUILT_IN_PREFETCH:
	return;
      default:
	break;
      }

  const char *name = callee_name (fndecl);
  if (name && strcmp (name, "__escape_dump") == 0)
    {
      if (nargs < 1)
	return;
      tree arg = gimple_call_arg (stmt, 0);
      char label[256];
      tree base = TREE_CODE (arg) == ADDR_EXPR ? TREE_OPERAND (arg, 0) : arg;
      const char *n = TREE_CODE (base) == SSA_NAME ? ssa_user_name (base)
		      : decl_name (base);
      /* A variable that lives in memory is read into a temporary first:
	 name the variable.  */
      if (!n && TREE_CODE (base) == SSA_NAME
	  && gimple_assign_single_p (SSA_NAME_DEF_STMT (base)))
	n = decl_name (gimple_assign_rhs1 (SSA_NAME_DEF_STMT (base)));
      snprintf (label, sizeof label, "%s%s",
		TREE_CODE (arg) == ADDR_EXPR ? "&" : "", n ? n : "?");
      esc_node v = value_node (c, arg);
      if (v == ESC_NONE)
	v = temp_node (c);
      esc_dump_request (c.fn, v, label, c.pos);
      return;
    }

  auto_vec<esc_arg, 8> args;
  for (unsigned i = 0; i < nargs; i++)
    {
      tree arg = gimple_call_arg (stmt, i);
      esc_arg a = { value_node (c, arg), 0, 0 };
      HOST_WIDE_INT k;
      if (constant_operand_p (arg, &k))
	{
	  a.const_p = 1;
	  a.value = k;
	}
      args.safe_push (a);
    }

  esc_call_info call;
  memset (&call, 0, sizeof call);
  call.callee = name;
  call.callee_uid = fndecl ? escape_function_uid (fndecl) : -1;
  call.indirect_p = fndecl == NULL;
  tree fntype = gimple_call_fntype (stmt);
  call.noescape_mask = escape_param_mask (fndecl, fntype, "noescape");
  for (unsigned i = 0; i < nargs && i < 32 && fndecl; i++)
    if (deallocated_arg_p (stmt, i))
      call.noescape_mask |= 1u << i;
  call.retain_mask = escape_param_mask (fndecl, fntype, "escape_sink");
  call.args = args.address ();
  call.nargs = (int) nargs;
  call.pos = c.pos;
  call.ret = ESC_NONE;

  bool lhs_in_memory = false;
  if (lhs && TREE_CODE (lhs) == SSA_NAME)
    {
      call.ret = ssa_node (c, lhs);
      tree var = SSA_NAME_VAR (lhs);
      if (tree *vla = var ? c.vla.get (var) : NULL)
	{
	  call.alloc_name = decl_name (*vla);
	  call.alloc_pos = escape_pos (DECL_SOURCE_LOCATION (*vla));
	  if (call.ret != ESC_NONE)
	    c.vla_node.put (*vla, call.ret);
	}
    }
  else if (lhs)
    {
      call.ret = temp_node (c);
      lhs_in_memory = true;
    }
  /* Which calls allocate changes the analysis (a fresh heap object);
     their size and frees only the facts and hints.  */
  if (call.ret != ESC_NONE && !lhs_in_memory)
    {
      if (escape_config.core.verbose > 0 || escape_config.xml)
	call.fresh_p = alloc_facts (stmt, &call.alloc_size,
				    &call.alloc_flags);
      else
	{
	  alloc_sig sig;
	  call.fresh_p = allocation_call_p (stmt, 0, &sig);
	}
    }
  auto_vec<esc_call_window, 4> windows;
  call_windows (c, stmt, windows);
  call.windows = windows.address ();
  call.nwindows = (int) windows.length ();
  esc_call (c.fn, &call);

  if (lhs_in_memory)
    {
      tree type = TREE_TYPE (lhs);
      address a = compute_address (c, lhs);
      if (slotted_type_p (type))
	store_into_aggregate (c, a, type, call.ret);
      else
	{
	  esc_off off;
	  esc_node base = address_base (c, a, &off);
	  if (base != ESC_NONE)
	    esc_store (c.fn, base, off, call.ret, c.pos);
	}
    }
}

/* Lower return statement STMT.  */

static void
lower_return (lower_ctx &c, greturn *stmt)
{
  tree val = gimple_return_retval (stmt);
  if (!val)
    return;
  if (TREE_CODE (val) == RESULT_DECL && !DECL_BY_REFERENCE (val))
    {
      /* The return slot is a root already: what is stored there is
	 returned.  */
      decl_object (c, val);
      return;
    }
  /* The front end merges the returns of a function into one return
     statement without a location, fed by a phi whose arguments carry the
     locations of the original `return' statements: give each of those its
     own return, so that a finding names the statement that returns.  */
  if (c.pos.line == 0 && TREE_CODE (val) == SSA_NAME
      && gimple_code (SSA_NAME_DEF_STMT (val)) == GIMPLE_PHI)
    {
      gphi *phi = as_a<gphi *> (SSA_NAME_DEF_STMT (val));
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	{
	  location_t loc = gimple_phi_arg_location (phi, i);
	  c.pos = escape_pos (loc != UNKNOWN_LOCATION
			      ? loc : gimple_location (stmt));
	  esc_node v = value_node (c, gimple_phi_arg_def (phi, i));
	  if (v != ESC_NONE)
	    esc_return (c.fn, v, c.pos);
	}
      return;
    }
  esc_node v = value_node (c, val);
  if (v != ESC_NONE)
    esc_return (c.fn, v, c.pos);
}

/* Lower asm statement STMT conservatively: every output may hold any
   input's value, and what inputs point to may be written with them.  */

static void
lower_asm (lower_ctx &c, gasm *stmt)
{
  esc_node all = temp_node (c);
  for (unsigned i = 0; i < gimple_asm_ninputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_input_op (stmt, i));
      copy_into (c, all, value_node (c, op), 0);
      if (memory_ref_p (op))
	copy_into (c, all, address_value (c, compute_address (c, op)), 0);
    }
  for (unsigned i = 0; i < gimple_asm_noutputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_output_op (stmt, i));
      if (TREE_CODE (op) == SSA_NAME)
	{
	  esc_node out = ssa_node (c, op);
	  copy_into (c, out, all, 0);
	  if (out != ESC_NONE)
	    esc_clobber (c.fn, out, c.pos);
	}
      else if (memory_ref_p (op))
	{
	  esc_node p = address_value (c, compute_address (c, op));
	  esc_store (c.fn, p, ESC_OFF_ANY, all, c.pos);
	  esc_clobber (c.fn, p, c.pos);
	}
    }
  esc_clobber (c.fn, all, c.pos);
}

/* Lower a statement of a kind the analysis has no model for: every value
   it mentions is clobbered.  */

static void
lower_unknown (lower_ctx &c, gimple *stmt)
{
  for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
    {
      tree op = gimple_op (stmt, i);
      if (!op || TYPE_P (op))
	continue;
      if (TREE_CODE (op) == SSA_NAME || TREE_CODE (op) == ADDR_EXPR)
	{
	  esc_node v = value_node (c, op);
	  if (v != ESC_NONE)
	    esc_clobber (c.fn, v, c.pos);
	}
    }
}

/* Lower statement STMT.  */

static void
lower_stmt (lower_ctx &c, gimple *stmt)
{
  c.pos = escape_pos (gimple_location (stmt));
  c.cur_stmt = stmt;
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      lower_assign (c, as_a<gassign *> (stmt));
      break;
    case GIMPLE_CALL:
      lower_call (c, as_a<gcall *> (stmt));
      break;
    case GIMPLE_RETURN:
      lower_return (c, as_a<greturn *> (stmt));
      break;
    case GIMPLE_ASM:
      lower_asm (c, as_a<gasm *> (stmt));
      break;
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
    case GIMPLE_LABEL:
    case GIMPLE_GOTO:
    case GIMPLE_NOP:
    case GIMPLE_DEBUG:
    case GIMPLE_PREDICT:
    case GIMPLE_RESX:
    case GIMPLE_EH_DISPATCH:
    case GIMPLE_EH_MUST_NOT_THROW:
      break;
    default:
      lower_unknown (c, stmt);
      break;
    }
}

/* Lower phi node PHI.  */

static void
lower_phi (lower_ctx &c, gphi *phi)
{
  tree res = gimple_phi_result (phi);
  if (virtual_operand_p (res))
    return;
  esc_node dst = ssa_node (c, res);
  if (dst == ESC_NONE)
    return;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      c.pos = escape_pos (gimple_phi_arg_location (phi, i));
      copy_into (c, dst, value_node (c, gimple_phi_arg_def (phi, i)), 0);
    }
}

/* Record in C.vla the pointer variables that implement the VLAs declared
   in BLOCK and its subblocks.  */

static void
find_vlas (lower_ctx &c, tree block)
{
  for (; block; block = BLOCK_CHAIN (block))
    {
      for (tree v = BLOCK_VARS (block); v; v = DECL_CHAIN (v))
	if (VAR_P (v) && DECL_HAS_VALUE_EXPR_P (v))
	  {
	    tree x = DECL_VALUE_EXPR (v);
	    if ((TREE_CODE (x) == INDIRECT_REF || TREE_CODE (x) == MEM_REF)
		&& VAR_P (TREE_OPERAND (x, 0)))
	      c.vla.put (TREE_OPERAND (x, 0), v);
	  }
      find_vlas (c, BLOCK_SUBBLOCKS (block));
    }
}

/* Bind the parameters of C.fndecl: each incoming value, and for a
   parameter that lives in memory, its store into its own object.  */

static void
bind_params (lower_ctx &c)
{
  int index = 0;
  c.pos = escape_pos (DECL_SOURCE_LOCATION (c.fndecl));
  for (tree parm = DECL_ARGUMENTS (c.fndecl); parm;
       parm = DECL_CHAIN (parm), index++)
    {
      tree type = TREE_TYPE (parm);
      bool pointer_p = POINTER_TYPE_P (type);
      const char *name = decl_name (parm);
      tree ddef = is_gimple_reg (parm) ? ssa_default_def (cfun, parm)
				       : NULL_TREE;
      esc_node in = ddef ? ssa_node (c, ddef) : ESC_NONE;
      if (in == ESC_NONE)
	in = esc_var_new (c.fn, name);
      unsigned flags = pointer_p ? ESC_PARAM_POINTER : 0;
      if (pointer_p
	  && (escape_param_attribute_p (parm, "noescape")
	      || (index < 32
		  && (escape_param_mask (NULL_TREE, TREE_TYPE (c.fndecl),
					 "noescape") & (1u << index)))))
	flags |= ESC_PARAM_NOESCAPE;
      HOST_WIDE_INT size = -1;
      if (pointer_p && COMPLETE_TYPE_P (TREE_TYPE (type)))
	size = int_size_in_bytes (TREE_TYPE (type));
      esc_obj caller = esc_param_bind (c.fn, index, in, name, flags,
				       escape_pos (DECL_SOURCE_LOCATION (parm)),
				       size);
      /* escape_accept on a noescape parameter accepts the findings about
	 what it points to, which belong to its caller object.  */
      if (caller != ESC_NONE)
	if (const char *reason = escape_accept_reason (parm))
	  esc_obj_accept (c.fn, caller, reason);
      if (caller != ESC_NONE && ddef)
	{
	  c.param_callers.put (ddef, caller);
	  c.param_nodes.put (in, caller);
	}
      if (is_gimple_reg (parm))
	continue;
      address a = compute_address (c, parm);
      if (slotted_type_p (type))
	store_into_aggregate (c, a, type, in);
      else if (tracked_type_p (type))
	{
	  esc_off off;
	  esc_node base = address_base (c, a, &off);
	  esc_store (c.fn, base, off, in, c.pos);
	}
    }
}

/* Add the returns of local addresses that the front end hid (see
   frontend.cc).  */

static void
lower_hidden_returns (lower_ctx &c)
{
  const vec<escape_hidden_return> *hidden = escape_hidden_returns (c.fndecl);
  if (!hidden)
    return;
  for (const escape_hidden_return &r : *hidden)
    {
      c.pos = escape_pos (r.loc);
      esc_node v;
      if (unsigned *n = c.vla_node.get (r.decl))
	v = *n;
      else
	{
	  esc_obj o = decl_object (c, r.decl);
	  if (o == ESC_NONE)
	    continue;
	  v = temp_node (c);
	  esc_addr (c.fn, v, o, 0, c.pos);
	}
      esc_return (c.fn, v, c.pos);
    }
}

/* ---------------------------------------------------------------------- */
/* Cleared stores.

   A store into a global, or through a pointer held in an SSA name (a
   parameter's memory, `db->pnBytesFreed' with db loaded once), at a
   constant offset, is TRANSIENT when every path from it to the function's
   exit passes another store into the same location (`g = &x; work ();
   g = NULL;'); a path that runs the pointer's definition again names
   another location, and counts as reaching the exit.  Transient stores write the location's window (core.h,
   esc_window_new), not the location; the stores that are not transient
   declare their values as the window's killers; reads of the location
   read the window too.  A path that never reaches the exit (abort (), an
   endless loop) needs no clearing.  Only stores of a pointer-wide scalar
   count, both as transient stores and as killers; an aggregate copy or a
   memset that clears the location is not recognised (the store is then
   reported).  */

/* At most this many locations per function are examined.  */
#define MAX_WINDOW_KEYS 64

/* A store into a candidate location: statement, block, index in it;
   for a call (effects.cc), the argument it writes through, and whether
   it writes on every path (an assignment always does).  */
struct store_rec
{
  gimple *stmt;
  basic_block bb;
  unsigned idx;
  unsigned key;
  int arg;        /* -1 for an assignment */
  esc_off off;    /* the call's offset from the argument */
  bool must;
  bool whole;	/* a slot of an aggregate store: only ever a killer */
};

/* The window key of the location REF writes, in *W; false when REF is
   not a global or parameter location at a constant offset.  */

static bool
window_key (lower_ctx &c, tree ref, window_rec *w)
{
  address a = compute_address (c, ref);
  if (a.off == ESC_OFF_ANY)
    return false;
  if (a.obj != ESC_NONE)
    {
      if (a.obj >= c.global_obj.length () || !c.global_obj[a.obj])
	return false;
    }
  else if (a.ptr == ESC_NONE)
    return false;
  tree base = get_base_address (ref);
  w->base = NULL_TREE;
  if (a.ptr != ESC_NONE)
    {
      if (!base || TREE_CODE (base) != MEM_REF
	  || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME)
	return false;
      w->base = TREE_OPERAND (base, 0);
    }
  w->obj = a.obj;
  w->ptr = a.ptr;
  w->off = a.off;
  w->window = ESC_NONE;
  w->addr = ESC_NONE;
  w->after = NULL;
  w->first = NULL;
  return true;
}

/* The window key of *(ARG + K), ARG a call's argument, in *W; false when
   it is not a global or a pointer in an SSA name.  */

static bool
call_window_key (lower_ctx &c, tree arg, esc_off k, window_rec *w)
{
  w->obj = ESC_NONE;
  w->ptr = ESC_NONE;
  w->base = NULL_TREE;
  w->off = k;
  if (TREE_CODE (arg) == SSA_NAME && POINTER_TYPE_P (TREE_TYPE (arg)))
    {
      w->ptr = ssa_node (c, arg);
      w->base = arg;
      if (w->ptr == ESC_NONE)
	return false;
    }
  else if (TREE_CODE (arg) == ADDR_EXPR)
    {
      address a = compute_address (c, TREE_OPERAND (arg, 0));
      if (a.obj == ESC_NONE || a.off == ESC_OFF_ANY
	  || a.obj >= c.global_obj.length () || !c.global_obj[a.obj])
	return false;
      w->obj = a.obj;
      w->off = a.off + k;
    }
  else
    return false;
  w->window = ESC_NONE;
  w->addr = ESC_NONE;
  w->after = NULL;
  w->first = NULL;
  return true;
}

/* The index in KEYS of W's location, added if new (-1 past the limit).  */

static int
key_index (auto_vec<window_rec> &keys, const window_rec &w)
{
  unsigned k = 0;
  while (k < keys.length ()
	 && (keys[k].obj != w.obj || keys[k].ptr != w.ptr
	     || keys[k].off != w.off))
    k++;
  if (k == keys.length ())
    {
      if (k >= MAX_WINDOW_KEYS)
	return -1;
      keys.safe_push (w);
    }
  return (int) k;
}

/* Mark in W->after every block reachable from a successor of BB.  */

static void
mark_reachable (window_rec &w, basic_block bb)
{
  auto_vec<basic_block> work;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, bb->succs)
    work.safe_push (e->dest);
  while (!work.is_empty ())
    {
      basic_block b = work.pop ();
      if (b->index < NUM_FIXED_BLOCKS || bitmap_bit_p (w.after, b->index))
	continue;
      bitmap_set_bit (w.after, b->index);
      FOR_EACH_EDGE (e, ei, b->succs)
	work.safe_push (e->dest);
    }
}

/* Mark in AVOID_OUT the blocks from whose end some path reaches the exit
   without passing a block of STOP: entering a block of OPEN (if not
   NULL) counts as reaching the exit, and an edge for which SKIP_P (E,
   DATA) holds (if not NULL) is not taken.  A least fixed point, so an
   endless loop without exit avoids nothing.  */

static void
paths_avoiding (sbitmap stop, sbitmap open,
		bool (*skip_p) (edge, void *), void *data, sbitmap avoid_out)
{
  auto_sbitmap avoid_in (last_basic_block_for_fn (cfun));
  bitmap_clear (avoid_in);
  bitmap_clear (avoid_out);
  for (bool changed = true; changed;)
    {
      changed = false;
      basic_block bb;
      FOR_EACH_BB_REVERSE_FN (bb, cfun)
	{
	  bool out = false;
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, bb->succs)
	    if (!(skip_p && skip_p (e, data))
		&& (e->dest == EXIT_BLOCK_PTR_FOR_FN (cfun)
		    || (e->dest->index >= NUM_FIXED_BLOCKS
			&& (bitmap_bit_p (avoid_in, e->dest->index)
			    || (open && bitmap_bit_p (open,
						      e->dest->index))))))
	      out = true;
	  if (out && !bitmap_bit_p (avoid_out, bb->index))
	    {
	      bitmap_set_bit (avoid_out, bb->index);
	      changed = true;
	    }
	  if (out && !bitmap_bit_p (stop, bb->index)
	      && !bitmap_bit_p (avoid_in, bb->index))
	    {
	      bitmap_set_bit (avoid_in, bb->index);
	      changed = true;
	    }
	}
    }
}

/* Find the transient stores of the current function: fill C.windows and
   C.store_role.  */

static void
find_cleared_stores (lower_ctx &c)
{
  auto_vec<store_rec> stores;
  auto_vec<window_rec> keys;
  basic_block bb;
  /* Scalar stores make the keys; then the slots of aggregate stores
     (`*ctx = saved;', `*ctx = (struct ctx) { 0 };') into them.  */
  for (int whole = 0; whole < 2; whole++)
  FOR_EACH_BB_FN (bb, cfun)
    {
      unsigned idx = 0;
      for (gimple_stmt_iterator gi = gsi_start_bb (bb); !gsi_end_p (gi);
	   gsi_next (&gi), idx++)
	{
	  if (gcall *call = dyn_cast<gcall *> (gsi_stmt (gi)))
	    {
	      if (whole)
		continue;
	      /* A call that writes through an argument (effects.cc).  */
	      auto_vec<escape_place, 4> places;
	      escape_call_places (c.fn, call, places);
	      for (const escape_place &p : places)
		{
		  window_rec w;
		  int k;
		  if (call_window_key (c, gimple_call_arg (call, p.arg), p.off,
				       &w)
		      && (k = key_index (keys, w)) >= 0)
		    stores.safe_push ({ call, bb, idx, (unsigned) k, p.arg,
					p.off, p.must, false });
		}
	      continue;
	    }
	  gassign *as = dyn_cast<gassign *> (gsi_stmt (gi));
	  if (!as || gimple_clobber_p (as))
	    continue;
	  tree lhs = gimple_assign_lhs (as);
	  auto_vec<HOST_WIDE_INT> slots;
	  if (TREE_CODE (lhs) == SSA_NAME)
	    continue;
	  if (!whole)
	    {
	      if (!tracked_type_p (TREE_TYPE (lhs))
		  || slotted_type_p (TREE_TYPE (lhs)))
		continue;
	      slots.safe_push (0);
	    }
	  else if (!AGGREGATE_TYPE_P (TREE_TYPE (lhs))
		   || !gimple_assign_single_p (as)
		   || gimple_has_volatile_ops (as)
		   || (!memory_ref_p (gimple_assign_rhs1 (as))
		       && TREE_CODE (gimple_assign_rhs1 (as)) != CONSTRUCTOR)
		   || !value_slots (TREE_TYPE (lhs), slots))
	    continue;
	  window_rec w;
	  if (!window_key (c, lhs, &w))
	    continue;
	  esc_off base_off = w.off;
	  for (HOST_WIDE_INT slot : slots)
	    {
	      w.off = offset_add (base_off, slot);
	      int k;
	      if (whole)
		{
		  /* Only into the keys the scalar stores made.  */
		  unsigned e = 0;
		  while (e < keys.length ()
			 && (keys[e].obj != w.obj || keys[e].ptr != w.ptr
			     || keys[e].off != w.off))
		    e++;
		  k = e < keys.length () ? (int) e : -1;
		}
	      else
		k = key_index (keys, w);
	      if (k < 0)
		continue;
	      stores.safe_push ({ as, bb, idx, (unsigned) k, -1, 0, true,
				  whole != 0 });
	    }
	}
    }
  if (stores.length () < 2)
    return;

  auto_sbitmap has_store (last_basic_block_for_fn (cfun));
  auto_sbitmap free_out (last_basic_block_for_fn (cfun));
  auto_sbitmap redef (last_basic_block_for_fn (cfun));
  for (unsigned k = 0; k < keys.length (); k++)
    {
      bitmap_clear (has_store);
      unsigned n = 0;
      for (const store_rec &r : stores)
	if (r.key == k)
	  {
	    /* Only a store on every path overwrites.  */
	    if (r.must)
	      bitmap_set_bit (has_store, r.bb->index);
	    n++;
	  }
      if (n < 2)
	continue;
      /* A pointer base defined in the function names another place
	 each time its definition runs again: reaching it is as bad as
	 reaching the exit.  */
      bitmap_clear (redef);
      bool any_redef = false;
      if (keys[k].base && !SSA_NAME_IS_DEFAULT_DEF (keys[k].base)
	  && gimple_bb (SSA_NAME_DEF_STMT (keys[k].base)))
	{
	  bitmap_set_bit (redef, gimple_bb (SSA_NAME_DEF_STMT (keys[k].base))
				   ->index);
	  any_redef = true;
	}
      paths_avoiding (has_store, any_redef ? (sbitmap) redef : NULL, NULL,
		      NULL, free_out);
      int windex = -1;
      for (const store_rec &r : stores)
	{
	  if (r.key != k || r.whole)
	    continue;
	  bool later = false;
	  for (const store_rec &o : stores)
	    if (o.key == k && o.must && o.bb == r.bb && o.idx > r.idx)
	      later = true;
	  if (!later && bitmap_bit_p (free_out, r.bb->index))
	    continue;
	  if (windex < 0)
	    {
	      window_rec w = keys[k];
	      esc_obj real = w.obj;
	      if (real == ESC_NONE && c.param_nodes.get (w.ptr))
		real = *c.param_nodes.get (w.ptr);
	      if (real == ESC_NONE)
		real = esc_obj_nonlocal (c.fn);
	      w.window = esc_window_new (c.fn, real, w.off);
	      if (w.window == ESC_NONE)
		break;
	      w.after = sbitmap_alloc (last_basic_block_for_fn (cfun));
	      bitmap_clear (w.after);
	      w.first = new hash_map<int_hash<int, -1, -2>, unsigned>;
	      windex = (int) c.windows.length ();
	      c.windows.safe_push (w);
	    }
	  window_rec &w = c.windows[windex];
	  bool existed;
	  unsigned &first = w.first->get_or_insert (r.bb->index, &existed);
	  if (!existed || r.idx < first)
	    first = r.idx;
	  mark_reachable (w, r.bb);
	  if (r.arg >= 0)
	    {
	      c.call_roles.safe_push ({ r.arg, r.off, w.window, ESC_CW_WRITE });
	      c.call_role_stmts.safe_push (r.stmt);
	    }
	  else
	    c.store_role.put (r.stmt, windex * 2 + 1);
	}
      if (windex >= 0)
	for (const store_rec &r : stores)
	  {
	    if (r.key != k || r.whole)
	      continue;
	    if (r.arg < 0 && !c.store_role.get (r.stmt))
	      c.store_role.put (r.stmt, windex * 2);
	    else if (r.arg >= 0 && r.must)
	      {
		bool transient = false;
		for (unsigned i = 0; i < c.call_roles.length (); i++)
		  if (c.call_role_stmts[i] == r.stmt
		      && c.call_roles[i].window == c.windows[windex].window
		      && c.call_roles[i].arg == r.arg
		      && c.call_roles[i].off == r.off)
		    transient = true;
		if (!transient)
		  {
		    c.call_roles.safe_push ({ r.arg, r.off,
					      c.windows[windex].window,
					      ESC_CW_KILL });
		    c.call_role_stmts.safe_push (r.stmt);
		  }
	      }
	  }
    }
}

int
escape_function_uid (tree fndecl)
{
  cgraph_node *n = cgraph_node::get (fndecl);
  if (!n)
    return -1;
  n = n->ultimate_alias_target ();
  if (!n || !escape_analysed_p (n->decl))
    return -1;
  return (int) DECL_UID (n->decl);
}

void
escape_lower_function (esc_fn *fn, tree fndecl)
{
  lower_ctx c;
  c.fn = fn;
  c.fndecl = fndecl;
  c.cur_stmt = NULL;
  c.cur_bb = NULL;
  c.cur_idx = 0;
  c.pos = escape_pos (DECL_SOURCE_LOCATION (fndecl));
  find_vlas (c, DECL_INITIAL (fndecl));
  bind_params (c);
  tree result = DECL_RESULT (fndecl);
  if (result && DECL_BY_REFERENCE (result))
    {
      /* The result is a pointer to the caller's slot: treat its default
	 definition as the slot's address.  */
      tree ddef = ssa_default_def (cfun, result);
      if (ddef && ssa_node (c, ddef) != ESC_NONE)
	esc_addr (fn, ssa_node (c, ddef), decl_object (c, result), 0, c.pos);
    }

  find_cleared_stores (c);
  escape_find_must_writes (fn);
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      for (gphi_iterator gi = gsi_start_phis (bb); !gsi_end_p (gi);
	   gsi_next (&gi))
	lower_phi (c, gi.phi ());
      c.cur_bb = bb;
      c.cur_idx = 0;
      for (gimple_stmt_iterator gi = gsi_start_bb (bb); !gsi_end_p (gi);
	   gsi_next (&gi), c.cur_idx++)
	lower_stmt (c, gsi_stmt (gi));
    }
  c.cur_stmt = NULL;
  c.cur_bb = NULL;
  lower_hidden_returns (c);
}
