/* gcc-escape: a function's must-writes to its caller's memory.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A MUST-WRITE is a place *(P + K), P a pointer parameter's incoming
   value (its SSA default definition, which nothing reassigns) and K a
   constant byte offset, that the function stores into on every path from
   its entry to its return (core.h, esc_write).  A caller treats a call to
   the function as its own store there (lower.cc, cleared stores), so
   `enter (fs, &bl); ...; leave (fs);' with a `leave' that pops `fs->bl'
   on every path is not an escape of `bl'.

   Found syntactically, before solving, from the function's own stores
   of a pointer-wide scalar (a call that writes the place does not count,
   nor does a store through another pointer, an aggregate copy or a
   memset).  Every store into the place gives a value, and the place is
   declared only when each is understood: a constant or the address of a
   global (ESC_WRITE_CONST), a parameter's pointer plus a constant, the
   pointer loaded from a parameter's memory (ESC_WRITE_PATH), or the
   pointer loaded from what such a pointer points to, a restore like
   `fs->bl = fs->bl->prev' (ESC_WRITE_LOAD), and phis of those.  All the
   stores' values, not only the last ones, are declared: a superset, so
   the caller's clearing test only gets stricter.  Paths that never
   return (abort (), an endless loop) need no store.  */

#include "gcc-common.h"
#include "glue.h"

/* At most this many places per function are examined, and values are
   followed this deep through copies and phis.  */
#define MAX_PLACES 32
#define MAX_DEPTH 8
#define MAX_TERMS 8

/* Whether TYPE is one pointer-wide scalar.  */

static bool
word_type_p (const_tree type)
{
  if (!type)
    return false;
  if (POINTER_TYPE_P (type))
    return true;
  return INTEGRAL_TYPE_P (type) && TYPE_PRECISION (type) == POINTER_SIZE;
}

/* The index of parameter default definition NAME, or -1.  */

static int
param_of (tree name)
{
  if (!name || TREE_CODE (name) != SSA_NAME || !SSA_NAME_IS_DEFAULT_DEF (name))
    return -1;
  tree var = SSA_NAME_VAR (name);
  if (!var || TREE_CODE (var) != PARM_DECL || !POINTER_TYPE_P (TREE_TYPE (var)))
    return -1;
  int i = 0;
  for (tree p = DECL_ARGUMENTS (current_function_decl); p;
       p = DECL_CHAIN (p), i++)
    if (p == var)
      return i;
  return -1;
}

/* Split memory reference REF into an SSA pointer *BASE and a constant
   byte offset *OFF; false when REF is not such a place.  */

static bool
pointer_place (tree ref, tree *base, HOST_WIDE_INT *off)
{
  if (TREE_THIS_VOLATILE (ref))
    return false;
  poly_int64 poff = 0;
  tree mem = ref;
  if (TREE_CODE (ref) != MEM_REF)
    {
      mem = get_addr_base_and_unit_offset (ref, &poff);
      if (!mem || TREE_CODE (mem) != MEM_REF)
	return false;
    }
  HOST_WIDE_INT k, m;
  poly_int64 moff;
  if (!poff.is_constant (&k) || !mem_ref_offset (mem).to_shwi (&moff)
      || !moff.is_constant (&m))
    return false;
  tree p = TREE_OPERAND (mem, 0);
  if (TREE_CODE (p) != SSA_NAME)
    return false;
  *base = p;
  *off = k + m;
  return true;
}

/* The access path (level 0 or 1) pointer NAME names, in *P; false when it
   is not one.  */

static bool
pointer_path (tree name, esc_path *p, int depth)
{
  if (depth > MAX_DEPTH || TREE_CODE (name) != SSA_NAME)
    return false;
  int i = param_of (name);
  if (i >= 0)
    {
      *p = { i, 0, 0, 0 };
      return true;
    }
  gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (name));
  if (!def)
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  tree rhs1 = gimple_assign_rhs1 (def);
  HOST_WIDE_INT k;
  if (code == POINTER_PLUS_EXPR)
    {
      tree rhs2 = gimple_assign_rhs2 (def);
      if (!tree_fits_shwi_p (rhs2) || !pointer_path (rhs1, p, depth + 1))
	return false;
      k = tree_to_shwi (rhs2);
      p->off += k;
      return true;
    }
  if (CONVERT_EXPR_CODE_P (code) || code == SSA_NAME)
    return word_type_p (TREE_TYPE (rhs1)) && pointer_path (rhs1, p, depth + 1);
  if (gimple_assign_single_p (def) && !gimple_has_volatile_ops (def)
      && word_type_p (TREE_TYPE (rhs1)))
    {
      tree base;
      esc_path b;
      if (!pointer_place (rhs1, &base, &k)
	  || !pointer_path (base, &b, depth + 1) || b.level != 0)
	return false;
      *p = { b.param, 1, b.off + k, 0 };
      return true;
    }
  return false;
}

/* A value term of a must-write.  */
struct write_term
{
  esc_write_kind kind;
  esc_path src;
};

/* Add to TERMS the values VAL may be; false when one is not understood.  */

static bool
value_terms (tree val, auto_vec<write_term, MAX_TERMS> &terms, int depth)
{
  if (depth > MAX_DEPTH || terms.length () >= MAX_TERMS)
    return false;
  if (TREE_CODE (val) == INTEGER_CST)
    {
      terms.safe_push ({ ESC_WRITE_CONST, { 0, 0, 0, 0 } });
      return true;
    }
  if (TREE_CODE (val) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (val, 0));
      if (base
	  && (TREE_CODE (base) == FUNCTION_DECL || TREE_CODE (base) == STRING_CST
	      || (VAR_P (base) && is_global_var (base))))
	{
	  terms.safe_push ({ ESC_WRITE_CONST, { 0, 0, 0, 0 } });
	  return true;
	}
      return false;
    }
  if (TREE_CODE (val) != SSA_NAME)
    return false;
  esc_path p;
  if (pointer_path (val, &p, depth))
    {
      terms.safe_push ({ ESC_WRITE_PATH, p });
      return true;
    }
  gimple *def = SSA_NAME_DEF_STMT (val);
  if (gphi *phi = dyn_cast<gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!value_terms (gimple_phi_arg_def (phi, i), terms, depth + 1))
	  return false;
      return true;
    }
  gassign *as = dyn_cast<gassign *> (def);
  if (!as)
    return false;
  tree rhs1 = gimple_assign_rhs1 (as);
  enum tree_code code = gimple_assign_rhs_code (as);
  if (CONVERT_EXPR_CODE_P (code) || code == SSA_NAME)
    return word_type_p (TREE_TYPE (rhs1))
	   && value_terms (rhs1, terms, depth + 1);
  if (gimple_assign_single_p (as) && !gimple_has_volatile_ops (as)
      && word_type_p (TREE_TYPE (rhs1)))
    {
      /* A restore: the pointer loaded from *(PATH + K), PATH level 1.  */
      tree base;
      HOST_WIDE_INT k;
      if (!pointer_place (rhs1, &base, &k) || !pointer_path (base, &p, depth)
	  || p.level != 1)
	return false;
      p.off += k;
      terms.safe_push ({ ESC_WRITE_LOAD, p });
      return true;
    }
  return false;
}

/* A place written through a parameter, and whether its values are all
   understood.  */
struct place
{
  int param;
  HOST_WIDE_INT off;
  bool ok;
  auto_vec<basic_block> blocks;
  auto_vec<write_term, MAX_TERMS> terms;
};

/* Whether every path from the entry to the exit passes a block of
   BLOCKS (a least fixed point: an endless loop passes nothing and needs
   no store).  */

static bool
on_every_path (const auto_vec<basic_block> &blocks)
{
  auto_sbitmap stop (last_basic_block_for_fn (cfun));
  auto_sbitmap avoid (last_basic_block_for_fn (cfun));
  bitmap_clear (stop);
  bitmap_clear (avoid);
  for (basic_block b : blocks)
    bitmap_set_bit (stop, b->index);
  /* AVOID: from the start of the block, some path reaches the exit
     without a store.  */
  for (bool changed = true; changed;)
    {
      changed = false;
      basic_block bb;
      FOR_EACH_BB_REVERSE_FN (bb, cfun)
	{
	  if (bitmap_bit_p (stop, bb->index) || bitmap_bit_p (avoid, bb->index))
	    continue;
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, bb->succs)
	    if (e->dest == EXIT_BLOCK_PTR_FOR_FN (cfun)
		|| (e->dest->index >= NUM_FIXED_BLOCKS
		    && bitmap_bit_p (avoid, e->dest->index)))
	      {
		bitmap_set_bit (avoid, bb->index);
		changed = true;
		break;
	      }
	}
    }
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, ENTRY_BLOCK_PTR_FOR_FN (cfun)->succs)
    if (e->dest == EXIT_BLOCK_PTR_FOR_FN (cfun)
	|| (e->dest->index >= NUM_FIXED_BLOCKS
	    && bitmap_bit_p (avoid, e->dest->index)))
      return false;
  return true;
}

void
escape_find_must_writes (esc_fn *fn)
{
  auto_delete_vec<place> places;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gi = gsi_start_bb (bb); !gsi_end_p (gi);
	 gsi_next (&gi))
      {
	gassign *as = dyn_cast<gassign *> (gsi_stmt (gi));
	if (!as || gimple_clobber_p (as) || !gimple_vdef (as))
	  continue;
	tree lhs = gimple_assign_lhs (as);
	tree base;
	HOST_WIDE_INT off;
	if (TREE_CODE (lhs) == SSA_NAME || !pointer_place (lhs, &base, &off))
	  continue;
	int param = param_of (base);
	if (param < 0)
	  continue;
	place *pl = NULL;
	for (place *q : places)
	  if (q->param == param && q->off == off)
	    pl = q;
	if (!pl)
	  {
	    if (places.length () >= MAX_PLACES)
	      continue;
	    pl = new place;
	    pl->param = param;
	    pl->off = off;
	    pl->ok = true;
	    places.safe_push (pl);
	  }
	pl->blocks.safe_push (bb);
	/* A store of anything but one word (a struct, a bit-field, a
	   narrower integer) is not understood.  */
	if (!word_type_p (TREE_TYPE (lhs)) || !gimple_assign_single_p (as)
	    || TREE_CODE (lhs) == BIT_FIELD_REF
	    || (TREE_CODE (lhs) == COMPONENT_REF
		&& DECL_BIT_FIELD (TREE_OPERAND (lhs, 1)))
	    || !value_terms (gimple_assign_rhs1 (as), pl->terms, 0))
	  pl->ok = false;
      }
  for (place *pl : places)
    {
      if (!pl->ok || !on_every_path (pl->blocks))
	continue;
      for (const write_term &t : pl->terms)
	esc_fn_must_write (fn, pl->param, pl->off, t.kind, t.src);
    }
}

/* The places of its arguments' memory that CALL writes by its callee's
   summary, into OUT: the destinations of its STORE flows at a constant
   offset (MUST false) and its must-writes (MUST true).  */

void
escape_call_places (const esc_fn *fn, gcall *call, vec<escape_place> &out)
{
  tree fndecl = gimple_call_fndecl (call);
  int uid = fndecl ? escape_function_uid (fndecl) : -1;
  const esc_summary *sum = uid >= 0 ? esc_fn_callee_summary (fn, uid) : NULL;
  if (!sum)
    return;
  int nargs = (int) gimple_call_num_args (call);
  for (int k = 0; k < sum->nflows + sum->nwrites; k++)
    {
      const esc_path *dst;
      bool must = k >= sum->nflows;
      if (must)
	dst = &sum->writes[k - sum->nflows].dst;
      else if (sum->flows[k].kind == ESC_FLOW_STORE)
	dst = &sum->flows[k].dst;
      else
	continue;
      if (dst->level != 0 || dst->param < 0 || dst->param >= nargs
	  || dst->off == ESC_OFF_ANY)
	continue;
      bool seen = false;
      for (escape_place &p : out)
	if (p.arg == dst->param && p.off == dst->off)
	  {
	    p.must |= must;
	    seen = true;
	  }
      if (!seen)
	out.safe_push ({ dst->param, dst->off, must });
    }
}

/* Whether store STMT may write the bytes [OFF, OFF + SIZE) of what
   parameter default definition PTR points to, in the model (where the
   memory of two parameters, a declaration's storage and a parameter's
   memory are distinct objects).  */

static bool
may_write_place_p (gimple *stmt, tree ptr, HOST_WIDE_INT off,
		   HOST_WIDE_INT size)
{
  gassign *as = dyn_cast<gassign *> (stmt);
  if (!as)
    return true; /* calls, asm */
  tree lhs = gimple_assign_lhs (as);
  if (TREE_CODE (lhs) == SSA_NAME)
    return false;
  tree base = get_base_address (lhs);
  if (base && DECL_P (base))
    return false;
  tree p;
  HOST_WIDE_INT k;
  if (!pointer_place (lhs, &p, &k) || param_of (p) < 0)
    return true;
  if (p != ptr)
    return false;
  tree type = TREE_TYPE (lhs);
  if (!COMPLETE_TYPE_P (type) || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (type))
      || TREE_CODE (lhs) == BIT_FIELD_REF)
    return true;
  HOST_WIDE_INT n = (HOST_WIDE_INT) tree_to_uhwi (TYPE_SIZE_UNIT (type));
  return !(k + n <= off || off + size <= k);
}

bool
escape_entry_load_p (gimple *load, tree ptr, HOST_WIDE_INT off,
		     HOST_WIDE_INT size)
{
  tree vuse = gimple_vuse (load);
  for (int steps = 0; vuse && TREE_CODE (vuse) == SSA_NAME; steps++)
    {
      if (SSA_NAME_IS_DEFAULT_DEF (vuse))
	return true;
      gimple *def = SSA_NAME_DEF_STMT (vuse);
      if (steps >= 64 || gimple_code (def) == GIMPLE_PHI
	  || may_write_place_p (def, ptr, off, size))
	return false;
      vuse = gimple_vuse (def);
    }
  return false;
}
