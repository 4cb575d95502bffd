/* gcc-escape: the attributes the plugin understands.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

     noescape               on a pointer parameter: the pointer does not
			    escape the call (Clang's spelling).  Checked in
			    the body of a function that has one, trusted by
			    callers, also through function-pointer types.
     escape_sink            on a pointer parameter: the callee keeps the
			    pointer after it returns (rule `queue').
     escape_accept ("why")  on an automatic variable, a parameter or a
			    function: its findings are accepted, kept in the
			    report as suppressed "accepted" with the reason,
			    and not reported as diagnostics.

   include/escape/escape.h wraps them in macros that expand to nothing
   when the plugin is not loaded (__has_attribute sees attributes a plugin
   registers).

   A parameter attribute written in a prototype or in a function-pointer
   type reaches the handler on a PARM_DECL that the function type does
   not keep; the handler therefore also puts the attribute on the
   parameter's type (a variant that does not affect type identity), which
   the function type's TYPE_ARG_TYPES keeps.  */

#include "gcc-common.h"
#include "glue.h"

/* The name of attribute NAME (an identifier) for messages.  */

static const char *
attr_name (tree name)
{
  return IDENTIFIER_POINTER (name);
}

/* Handler of noescape and escape_sink: check that *NODE is a pointer
   parameter and copy the attribute onto its type.  */

static tree
handle_param_attribute (tree *node, tree name, tree, int, bool *no_add_attrs)
{
  tree decl = *node;
  if (TREE_CODE (decl) != PARM_DECL)
    {
      warning (OPT_Wattributes, "%qs attribute applies only to function "
	       "parameters", attr_name (name));
      *no_add_attrs = true;
      return NULL_TREE;
    }
  tree type = TREE_TYPE (decl);
  if (!type || !POINTER_TYPE_P (type))
    {
      warning (OPT_Wattributes, "%qs attribute ignored on parameter %qD of "
	       "non-pointer type", attr_name (name), decl);
      *no_add_attrs = true;
      return NULL_TREE;
    }
  if (!lookup_attribute (attr_name (name), TYPE_ATTRIBUTES (type)))
    TREE_TYPE (decl)
      = build_type_attribute_variant (type,
				      tree_cons (name, NULL_TREE,
						 TYPE_ATTRIBUTES (type)));
  return NULL_TREE;
}

/* Handler of escape_accept: a declaration of an automatic variable, a
   parameter or a function, with at most one string argument.  */

static tree
handle_accept_attribute (tree *node, tree name, tree args, int,
			 bool *no_add_attrs)
{
  tree decl = *node;
  if (TREE_CODE (decl) != VAR_DECL && TREE_CODE (decl) != PARM_DECL
      && TREE_CODE (decl) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qs attribute applies only to variables, "
	       "parameters and functions", attr_name (name));
      *no_add_attrs = true;
      return NULL_TREE;
    }
  if (VAR_P (decl) && (TREE_STATIC (decl) || DECL_EXTERNAL (decl)))
    {
      warning (OPT_Wattributes, "%qs attribute ignored on %qD: only "
	       "automatic variables have findings", attr_name (name), decl);
      *no_add_attrs = true;
      return NULL_TREE;
    }
  if (args && TREE_CODE (TREE_VALUE (args)) != STRING_CST)
    {
      error ("%qs attribute argument must be a string: the reason the "
	     "finding is accepted", attr_name (name));
      *no_add_attrs = true;
    }
  return NULL_TREE;
}

static struct attribute_spec noescape_attr = {
  "noescape", 0, 0, true, false, false, false, handle_param_attribute, NULL
};
static struct attribute_spec sink_attr = {
  "escape_sink", 0, 0, true, false, false, false, handle_param_attribute,
  NULL
};
static struct attribute_spec accept_attr = {
  "escape_accept", 0, 1, true, false, false, false, handle_accept_attribute,
  NULL
};

/* PLUGIN_ATTRIBUTES.  */

static void
register_attributes (void *, void *)
{
  register_attribute (&noescape_attr);
  register_attribute (&sink_attr);
  register_attribute (&accept_attr);
}

void
escape_register_attributes (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_ATTRIBUTES, register_attributes,
		     NULL);
}

/* Whether parameter PARM, or its type, carries attribute NAME.  */

bool
escape_param_attribute_p (tree parm, const char *name)
{
  return parm
	 && (lookup_attribute (name, DECL_ATTRIBUTES (parm))
	     || (TREE_TYPE (parm)
		 && lookup_attribute (name, TYPE_ATTRIBUTES (TREE_TYPE (parm)))));
}

uint32_t
escape_param_mask (tree fndecl, tree fntype, const char *name)
{
  uint32_t mask = 0;
  unsigned i = 0;
  if (fntype && FUNC_OR_METHOD_TYPE_P (fntype))
    for (tree a = TYPE_ARG_TYPES (fntype); a && i < 32;
	 a = TREE_CHAIN (a), i++)
      if (TREE_VALUE (a)
	  && lookup_attribute (name, TYPE_ATTRIBUTES (TREE_VALUE (a))))
	mask |= 1u << i;
  i = 0;
  if (fndecl && TREE_CODE (fndecl) == FUNCTION_DECL)
    for (tree p = DECL_ARGUMENTS (fndecl); p && i < 32;
	 p = DECL_CHAIN (p), i++)
      if (escape_param_attribute_p (p, name))
	mask |= 1u << i;
  return mask;
}

const char *
escape_accept_reason (tree decl)
{
  if (!decl || !DECL_P (decl))
    return NULL;
  tree a = lookup_attribute ("escape_accept", DECL_ATTRIBUTES (decl));
  if (!a)
    return NULL;
  tree args = TREE_VALUE (a);
  if (args && TREE_CODE (TREE_VALUE (args)) == STRING_CST)
    return TREE_STRING_POINTER (TREE_VALUE (args));
  return "";
}
