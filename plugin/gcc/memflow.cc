/* gcc-escape: the store a load sees, from GCC's virtual SSA chain.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The analysis is flow-insensitive: a load of `s.data' sees every value
   stored into `s.data' anywhere in the function.  After

     struct str s = { sizeof addr, addr };
     s.data = pool_alloc (s.len);
     v->data = s.data;

   the load could only see the pool memory, and `addr' was reported as
   stored into `*v' (issue 9, cause 5).  GCC's virtual SSA operands, built
   with the SSA form at every optimisation level, give the chain of
   statements that may write memory before a load: each such statement has
   a virtual definition, and a load's virtual use names the last one that
   reaches it (a PHI where paths with different ones meet).

   escape_reaching_store walks that chain back from a load of a location
   at a constant place (a field of an automatic variable, or of what one
   SSA pointer points to) and returns the value of the store into exactly
   that location it reaches first, when it reaches one through statements
   that are not PHIs.  That store dominates the load and no store into the
   location runs between them: what the load sees is the stored value,
   unless a statement on the way writes the location without the glue
   knowing it.  Those statements are returned too, for the core to check
   after solving (core.h, esc_load_guarded):
   - a store the glue cannot prove to write elsewhere (a store through
     another pointer, into a variable the load's pointer may point to);
   - a call, which may write what its arguments reach.
   What stops the walk (nothing is refined, the load stays a plain load):
   a PHI, the function's entry, a store that overlaps the location without
   being exactly it (an aggregate copy, a wider or narrower store), a
   clobber of the variable, asm, a call whose result is stored into
   memory that may overlap, any statement kind not listed, more than
   MAX_WALK statements.  A variable whose address is never taken cannot be
   written through a pointer or by a call: then stores through pointers
   and calls are passed over without a guard.  */

#include "gcc-common.h"
#include "glue.h"

/* At most this many statements are walked back from one load.  */
#define MAX_WALK 32

/* A place in memory: a declaration or an SSA pointer's target, at a bit
   offset and size when KNOWN.  */
struct mem_place
{
  tree decl;
  tree ptr;
  HOST_WIDE_INT off, size;
  bool known;
};

/* The place REF designates; DECL and PTR are both NULL when even the
   base is not understood.  */

static mem_place
place_of (tree ref)
{
  mem_place p = { NULL_TREE, NULL_TREE, 0, 0, false };
  bool reverse;
  tree base = get_ref_base_and_extent_hwi (ref, &p.off, &p.size, &reverse);
  p.known = base != NULL_TREE && p.size > 0;
  if (!base)
    base = get_base_address (ref);
  if (!base)
    return p;
  if (DECL_P (base))
    p.decl = base;
  else if (TREE_CODE (base) == MEM_REF
	   && TREE_CODE (TREE_OPERAND (base, 0)) == SSA_NAME)
    {
      p.ptr = TREE_OPERAND (base, 0);
      poly_int64 k;
      HOST_WIDE_INT c;
      if (p.known && mem_ref_offset (base).to_shwi (&k) && k.is_constant (&c)
	  && c > -((HOST_WIDE_INT) 1 << 40) && c < ((HOST_WIDE_INT) 1 << 40))
	p.off += c * BITS_PER_UNIT;
      else
	p.known = false;
    }
  else if (TREE_CODE (base) == MEM_REF
	   && TREE_CODE (TREE_OPERAND (base, 0)) == ADDR_EXPR
	   && DECL_P (TREE_OPERAND (TREE_OPERAND (base, 0), 0)))
    {
      /* Not folded into the declaration: its offset is not known.  */
      p.decl = TREE_OPERAND (TREE_OPERAND (base, 0), 0);
      p.known = false;
    }
  else
    p.known = false;
  return p;
}

/* Whether automatic variable DECL of the current function is a place the
   walk follows.  */

static bool
local_place_p (tree decl)
{
  return (TREE_CODE (decl) == VAR_DECL || TREE_CODE (decl) == PARM_DECL)
	 && !is_global_var (decl) && !TREE_THIS_VOLATILE (decl)
	 && decl_function_context (decl) == current_function_decl
	 && !DECL_NONLOCAL (decl) && !DECL_HAS_VALUE_EXPR_P (decl);
}

/* How the store into place B relates to the load from place A.  */
enum relation { DISJOINT, EXACT, OVERLAP, MAY_ALIAS };

static relation
relate (const mem_place &a, const mem_place &b)
{
  if (!b.decl && !b.ptr)
    return a.decl && !may_be_aliased (a.decl) ? DISJOINT : MAY_ALIAS;
  bool same = (a.decl && a.decl == b.decl) || (a.ptr && a.ptr == b.ptr);
  if (same)
    {
      if (!b.known)
	return OVERLAP;
      if (b.off == a.off && b.size == a.size)
	return EXACT;
      if (b.off + b.size <= a.off || a.off + a.size <= b.off)
	return DISJOINT;
      return OVERLAP;
    }
  if (a.decl)
    {
      /* Another variable, or through a pointer that cannot point to A's
	 variable when its address is never taken.  */
      if (b.decl || !may_be_aliased (a.decl))
	return DISJOINT;
      return MAY_ALIAS;
    }
  /* A through a pointer: B may be what it points to.  */
  if (b.decl && !may_be_aliased (b.decl))
    return DISJOINT;
  return MAY_ALIAS;
}

tree
escape_reaching_store (gimple *load, tree ref, vec<tree> *stores,
		       vec<gcall *> *calls, location_t *store_loc)
{
  if (!load || gimple_has_volatile_ops (load) || TREE_THIS_VOLATILE (ref))
    return NULL_TREE;
  tree vuse = gimple_vuse (load);
  if (!vuse || TREE_CODE (vuse) != SSA_NAME)
    return NULL_TREE;
  mem_place a = place_of (ref);
  if (!a.known || a.off < 0 || a.off % BITS_PER_UNIT
      || a.size % BITS_PER_UNIT)
    return NULL_TREE;
  if (a.decl ? !local_place_p (a.decl) : !a.ptr)
    return NULL_TREE;
  bool aliased = !a.decl || may_be_aliased (a.decl);
  for (int steps = 0; steps < MAX_WALK; steps++)
    {
      gimple *def = SSA_NAME_DEF_STMT (vuse);
      if (!def || gimple_nop_p (def) || gimple_code (def) == GIMPLE_PHI)
	return NULL_TREE;
      if (gassign *as = dyn_cast<gassign *> (def))
	{
	  tree lhs = gimple_assign_lhs (as);
	  mem_place b = place_of (lhs);
	  relation r = relate (a, b);
	  if (gimple_clobber_p (as))
	    {
	      if (r != DISJOINT && !(r == MAY_ALIAS && b.decl))
		return NULL_TREE;
	    }
	  else if (r == EXACT)
	    {
	      tree rhs = gimple_assign_rhs1 (as);
	      if (gimple_has_volatile_ops (as) || !gimple_assign_single_p (as)
		  || AGGREGATE_TYPE_P (TREE_TYPE (lhs))
		  || TREE_CODE (rhs) == CONSTRUCTOR
		  || !is_gimple_val (rhs))
		return NULL_TREE;
	      *store_loc = gimple_location (as);
	      return rhs;
	    }
	  else if (r == OVERLAP)
	    return NULL_TREE;
	  else if (r == MAY_ALIAS)
	    stores->safe_push (lhs);
	}
      else if (gcall *call = dyn_cast<gcall *> (def))
	{
	  tree lhs = gimple_call_lhs (call);
	  if (lhs && TREE_CODE (lhs) != SSA_NAME)
	    {
	      relation r = relate (a, place_of (lhs));
	      if (r == EXACT || r == OVERLAP)
		return NULL_TREE;
	      if (r == MAY_ALIAS)
		stores->safe_push (lhs);
	    }
	  if (aliased)
	    calls->safe_push (call);
	}
      else
	return NULL_TREE;
      vuse = gimple_vuse (def);
      if (!vuse || TREE_CODE (vuse) != SSA_NAME)
	return NULL_TREE;
    }
  return NULL_TREE;
}
