/* gcc-escape: returns of local addresses that the C front end hides.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   When a function returning a pointer returns the address of one of its
   automatic variables directly (`return &x;', `return buf;' for an array
   or VLA, `return &s.f + 1;', `return (int *) (uintptr_t) &a;'), the C
   front end (c_finish_return) rewrites the value to `(EXPR, 0)': the
   function returns a null pointer, and the address never reaches GIMPLE.
   So that the analysis still sees these returns, a PLUGIN_PRE_GENERICIZE
   callback finds them in the function's GENERIC, with the front end's own
   test, and records (declaration, location) per function.  The lowering
   adds `the function returns the address of DECL' at that location.  The
   code GCC generates is not changed: it still returns a null pointer.  */

#include "gcc-common.h"
#include "glue.h"

/* The hidden returns, per function declaration.  Trees here stay alive:
   the declarations are in their function's BLOCK tree for the whole
   compilation.  */
static hash_map<tree, vec<escape_hidden_return> > *hidden_returns;

/* The automatic declaration whose address EXPR computes the way
   c_finish_return looks for it, in function FNDECL, or NULL_TREE.  */

static tree
local_address_base (tree expr, tree fndecl)
{
  for (;;)
    switch (TREE_CODE (expr))
      {
      CASE_CONVERT:
      case NON_LVALUE_EXPR:
      case PLUS_EXPR:
      case POINTER_PLUS_EXPR:
      case MINUS_EXPR:
	expr = TREE_OPERAND (expr, 0);
	continue;
      case ADDR_EXPR:
	{
	  tree inner = TREE_OPERAND (expr, 0);
	  while (REFERENCE_CLASS_P (inner) && !INDIRECT_REF_P (inner))
	    inner = TREE_OPERAND (inner, 0);
	  if (DECL_P (inner) && !DECL_EXTERNAL (inner) && !TREE_STATIC (inner)
	      && DECL_CONTEXT (inner) == fndecl
	      && (VAR_P (inner) || TREE_CODE (inner) == PARM_DECL))
	    return inner;
	  return NULL_TREE;
	}
      default:
	return NULL_TREE;
      }
}

/* walk_tree callback: record the hidden return at *TP, if it is one.
   DATA is the function declaration.  */

static tree
find_hidden_return (tree *tp, int *walk_subtrees, void *data)
{
  tree fndecl = (tree) data;
  tree t = *tp;
  if (TYPE_P (t) || DECL_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (t) != RETURN_EXPR)
    return NULL_TREE;
  tree set = TREE_OPERAND (t, 0);
  if (!set || (TREE_CODE (set) != MODIFY_EXPR && TREE_CODE (set) != INIT_EXPR)
      || TREE_CODE (TREE_OPERAND (set, 0)) != RESULT_DECL)
    return NULL_TREE;
  tree value = TREE_OPERAND (set, 1);
  if (TREE_CODE (value) != COMPOUND_EXPR
      || !integer_zerop (TREE_OPERAND (value, 1)))
    return NULL_TREE;
  tree decl = local_address_base (TREE_OPERAND (value, 0), fndecl);
  if (!decl)
    return NULL_TREE;
  location_t loc = EXPR_LOCATION (value);
  if (loc == UNKNOWN_LOCATION)
    loc = EXPR_LOCATION (t);
  if (!hidden_returns)
    hidden_returns = new hash_map<tree, vec<escape_hidden_return> >;
  bool existed;
  vec<escape_hidden_return> &v = hidden_returns->get_or_insert (fndecl,
								 &existed);
  if (!existed)
    v = vNULL;
  v.safe_push ({ decl, loc });
  return NULL_TREE;
}

/* PLUGIN_PRE_GENERICIZE: scan the body of the function GCC_DATA.  */

static void
scan_function (void *gcc_data, void *)
{
  tree fndecl = (tree) gcc_data;
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || !DECL_SAVED_TREE (fndecl))
    return;
  tree rtype = TREE_TYPE (TREE_TYPE (fndecl));
  if (!rtype || !POINTER_TYPE_P (rtype))
    return;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				find_hidden_return, fndecl);
}

const vec<escape_hidden_return> *
escape_hidden_returns (tree fndecl)
{
  if (!hidden_returns)
    return NULL;
  return hidden_returns->get (fndecl);
}

void
escape_register_frontend (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PRE_GENERICIZE, scan_function, NULL);
}
