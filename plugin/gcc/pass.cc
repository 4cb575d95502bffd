/* gcc-escape: the IPA pass.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A SIMPLE_IPA_PASS placed right after build_ssa_passes: it sees every
   function of the translation unit in SSA form before any inlining or
   optimisation, so its findings are the same at every -O level.

   Functions are analysed bottom-up over the strongly connected components
   of the call graph, so a caller applies the summaries of its callees.  In a
   recursive component a member is analysed again when a callee's summary
   changes after it was analysed, until none changes (at most
   MAX_SCC_ROUNDS times each); its findings come from its last analysis.
   Findings are reported after the whole unit is analysed, function by
   function in source order, so the output reads like GCC's own.  */

#ifdef __linux__
/* For malloc_trim (glibc's, used under __GLIBC__, which is only known
   once a libc header is in), before system.h poisons malloc.  */
#include <malloc.h>
#endif
#include "gcc-common.h"
#include "glue.h"

#include <stdlib.h>

/* Enough for summaries of mutually recursive functions to settle; the
   summaries only grow, so this is reached only by pathological input.  */
#define MAX_SCC_ROUNDS 8

/* One function of the unit, with its place in the SCC walk.  */
struct fn_entry
{
  cgraph_node *node;
  int index;    /* Tarjan's discovery index, -1 before */
  int lowlink;
  bool on_stack;
  esc_fn *result; /* kept until reporting when it has something to say */
  bool queued;    /* waits in its component's worklist */
  int rounds;     /* times analysed */
};

/* The call graph of the functions with a body, and Tarjan's state.  */
struct call_graph
{
  auto_vec<fn_entry> fns;
  hash_map<cgraph_node *, int> slot;
  auto_vec<int> stack;
  auto_vec<int> order; /* SCC members, callees' SCCs first */
  auto_vec<int> scc_end; /* end index in ORDER of each SCC */
  int next_index = 0;
};

bool
escape_analysed_p (tree decl)
{
  /* A body from a system header (glibc's extern inline bsearch) or an
     extern inline body exists only when optimising: such functions are
     library functions at every level, so the findings do not depend on
     it.  */
  return decl && gimple_has_body_p (decl) && DECL_STRUCT_FUNCTION (decl)
	 && DECL_NAME (decl) && !DECL_EXTERNAL (decl)
	 && !in_system_header_at (DECL_SOURCE_LOCATION (decl));
}

/* The analysed callee of edge E, or NULL.  */

static cgraph_node *
edge_callee (cgraph_edge *e)
{
  if (!e->callee)
    return NULL;
  cgraph_node *n = e->callee->ultimate_alias_target ();
  return n && escape_analysed_p (n->decl) ? n : NULL;
}

/* Tarjan's algorithm from function V of G, iteratively (call chains in real
   code are deep enough to matter for the C stack).  */

static void
tarjan (call_graph &g, int v0)
{
  struct frame { int v; cgraph_edge *e; };
  auto_vec<frame> work;
  work.safe_push ({ v0, g.fns[v0].node->callees });
  g.fns[v0].index = g.fns[v0].lowlink = g.next_index++;
  g.fns[v0].on_stack = true;
  g.stack.safe_push (v0);
  while (!work.is_empty ())
    {
      frame &f = work.last ();
      if (f.e)
	{
	  cgraph_edge *e = f.e;
	  f.e = e->next_callee;
	  cgraph_node *callee = edge_callee (e);
	  int *w = callee ? g.slot.get (callee) : NULL;
	  if (!w)
	    continue;
	  fn_entry &we = g.fns[*w];
	  if (we.index < 0)
	    {
	      we.index = we.lowlink = g.next_index++;
	      we.on_stack = true;
	      g.stack.safe_push (*w);
	      work.safe_push ({ *w, we.node->callees });
	    }
	  else if (we.on_stack)
	    g.fns[f.v].lowlink = MIN (g.fns[f.v].lowlink, we.index);
	  continue;
	}
      int v = f.v;
      work.pop ();
      if (!work.is_empty ())
	{
	  int u = work.last ().v;
	  g.fns[u].lowlink = MIN (g.fns[u].lowlink, g.fns[v].lowlink);
	}
      if (g.fns[v].lowlink == g.fns[v].index)
	{
	  int w;
	  do
	    {
	      w = g.stack.pop ();
	      g.fns[w].on_stack = false;
	      g.order.safe_push (w);
	    }
	  while (w != v);
	  g.scc_end.safe_push (g.order.length ());
	}
    }
}

/* Whether CALLER calls CALLEE directly.  */

static bool
calls_p (cgraph_node *caller, cgraph_node *callee)
{
  for (cgraph_edge *e = caller->callees; e; e = e->next_callee)
    if (edge_callee (e) == callee)
      return true;
  return false;
}

static esc_unit *escape_unit;

/* Build and solve the problem of the function of ENTRY; returns whether its
   summary changed.  */

static bool
analyse_function (fn_entry &entry)
{
  tree decl = entry.node->decl;
  function *fun = DECL_STRUCT_FUNCTION (decl);
  push_cfun (fun);
  esc_fn *fn = esc_fn_new (escape_unit,
			   IDENTIFIER_POINTER (DECL_NAME (decl)),
			   DECL_UID (decl),
			   escape_pos (DECL_SOURCE_LOCATION (decl)),
			   list_length (DECL_ARGUMENTS (decl)));
  if (const char *reason = escape_accept_reason (decl))
    esc_fn_accept (fn, reason);
  escape_lower_function (fn, decl);
  pop_cfun ();
  bool changed = esc_fn_solve (fn) != 0;
  /* A component may hold many functions until its summaries settle:
     keep only their results.  */
  esc_fn_release_solver (fn);
  if (entry.result)
    esc_fn_free (entry.result);
  entry.result = fn;
  return changed;
}

/* Analyse the recursive component ORDER[BEGIN, END) of G to its least
   fixed point: every member starts with the empty summary (calls between
   members do nothing), then a worklist analyses every member once,
   callees first as Tarjan's order has them, then again only a member
   that calls one whose summary changed after the member's last analysis
   began.  Summaries only grow.  A member is analysed at most
   MAX_SCC_ROUNDS times.  */

static void
analyse_component (call_graph &g, unsigned begin, unsigned end)
{
  auto_vec<int> queue;
  for (unsigned i = begin; i < end; i++)
    {
      tree decl = g.fns[g.order[i]].node->decl;
      esc_unit_seed (escape_unit, DECL_UID (decl),
		     list_length (DECL_ARGUMENTS (decl)));
      queue.safe_push (g.order[i]);
      g.fns[g.order[i]].queued = true;
    }
  for (unsigned next = 0; next < queue.length (); next++)
    {
      fn_entry &f = g.fns[queue[next]];
      f.queued = false;
      f.rounds++;
      if (!analyse_function (f))
	continue;
      for (unsigned i = begin; i < end; i++)
	{
	  fn_entry &caller = g.fns[g.order[i]];
	  if (!caller.queued && caller.rounds < MAX_SCC_ROUNDS
	      && calls_p (caller.node, f.node))
	    {
	      caller.queued = true;
	      queue.safe_push (g.order[i]);
	    }
	}
    }
}

/* Free ENTRY's result unless it has findings or notes to report.  */

static void
keep_if_reportable (fn_entry &entry)
{
  const esc_finding *f;
  const esc_note *n;
  if (entry.result && !esc_fn_findings (entry.result, &f)
      && !esc_fn_notes (entry.result, &n))
    {
      esc_fn_free (entry.result);
      entry.result = NULL;
    }
}

/* Order two functions by their position in the source, for reporting.  */

static int
compare_fn_position (const void *a, const void *b)
{
  const fn_entry *x = *(const fn_entry *const *) a;
  const fn_entry *y = *(const fn_entry *const *) b;
  expanded_location ex = expand_location (DECL_SOURCE_LOCATION (x->node->decl));
  expanded_location ey = expand_location (DECL_SOURCE_LOCATION (y->node->decl));
  int c = strcmp (ex.file ? ex.file : "", ey.file ? ey.file : "");
  if (c)
    return c;
  if (ex.line != ey.line)
    return ex.line < ey.line ? -1 : 1;
  if (ex.column != ey.column)
    return ex.column < ey.column ? -1 : 1;
  return DECL_UID (x->node->decl) < DECL_UID (y->node->decl) ? -1 : 1;
}

/* Fill LIVE with the functions that stay when GCC optimises: those
   reachable through calls from the ones visible outside the unit, whose
   address is taken or referred to, or kept by attribute `used' (not
   force_output: at -O0 GCC sets it on every function).  When
   optimising, GCC drops the others (an unused static function) before
   this pass runs; at -O0 they are skipped here too, so that the findings
   are the same at every level.  */

static void
live_functions (hash_set<cgraph_node *> &live)
{
  auto_vec<cgraph_node *> work;
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    {
      tree decl = node->decl;
      if ((TREE_PUBLIC (decl) && !DECL_EXTERNAL (decl))
	  || node->address_taken || DECL_PRESERVE_P (decl)
	  || node->referred_to_p ()
	  || MAIN_NAME_P (DECL_NAME (decl)))
	if (!live.add (node))
	  work.safe_push (node);
    }
  while (!work.is_empty ())
    {
      node = work.pop ();
      for (cgraph_edge *e = node->callees; e; e = e->next_callee)
	if (e->callee)
	  {
	    cgraph_node *callee = e->callee->ultimate_alias_target ();
	    if (callee && !live.add (callee))
	      work.safe_push (callee);
	  }
    }
}

/* Analyse every function of the unit and report.  */

static void
analyse_unit (void)
{
  call_graph g;
  cgraph_node *node;
  hash_set<cgraph_node *> live;
  if (!optimize)
    live_functions (live);
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    {
      if (!escape_analysed_p (node->decl)
	  || (!optimize && !live.contains (node)))
	continue;
      g.slot.put (node, g.fns.length ());
      g.fns.safe_push ({ node, -1, -1, false, NULL, false, 0 });
    }
  for (unsigned i = 0; i < g.fns.length (); i++)
    if (g.fns[i].index < 0)
      tarjan (g, i);

  escape_unit = esc_unit_new (&escape_config.core);
  esc_unit_set_region (escape_unit, escape_region_of, NULL);
  for (const escape_sink &s : escape_config.sinks)
    esc_unit_add_sink (escape_unit, s.name, s.arg);
  if (!escape_report_begin (escape_unit))
    {
      esc_unit_free (escape_unit);
      escape_unit = NULL;
      return;
    }
  unsigned begin = 0;
  for (unsigned end : g.scc_end)
    {
      bool recursive = end - begin > 1
		       || calls_p (g.fns[g.order[begin]].node,
				   g.fns[g.order[begin]].node);
      if (recursive)
	analyse_component (g, begin, end);
      else
	analyse_function (g.fns[g.order[begin]]);
      for (unsigned i = begin; i < end; i++)
	{
	  escape_report_add (g.fns[g.order[i]].result);
	  keep_if_reportable (g.fns[g.order[i]]);
	}
      begin = end;
    }

  auto_vec<fn_entry *> report;
  for (fn_entry &e : g.fns)
    if (e.result)
      report.safe_push (&e);
  if (report.length () > 1)
    qsort (report.address (), report.length (), sizeof (fn_entry *),
	   compare_fn_position);
  for (fn_entry *e : report)
    {
      escape_report_function (e->result, DECL_SOURCE_LOCATION (e->node->decl));
      esc_fn_free (e->result);
      e->result = NULL;
    }
  escape_report_end ();
  esc_unit_free (escape_unit);
  escape_unit = NULL;
#ifdef __GLIBC__
  /* Give the analysis' freed memory back: the rest of the compilation
     allocates through GCC's garbage collector, which cannot reuse it, so
     it would otherwise add to the compiler's peak memory.  */
  malloc_trim (0);
#endif
}

namespace {

const pass_data pass_data_escape = {
  SIMPLE_IPA_PASS, /* type */
  "escape",	   /* name */
  OPTGROUP_NONE,   /* optinfo_flags */
  TV_NONE,	   /* tv_id */
  PROP_ssa,	   /* properties_required */
  0,		   /* properties_provided */
  0,		   /* properties_destroyed */
  0,		   /* todo_flags_start */
  0,		   /* todo_flags_finish */
};

class pass_escape : public simple_ipa_opt_pass
{
public:
  pass_escape (gcc::context *ctxt)
    : simple_ipa_opt_pass (pass_data_escape, ctxt)
  {}

  /* Code with errors is not analysed: its GIMPLE may be incomplete.  */
  bool gate (function *) final override { return !seen_error (); }

  unsigned int execute (function *) final override
  {
    analyse_unit ();
    return 0;
  }
};

} // namespace

void
escape_register_pass (const char *plugin_name)
{
  static struct register_pass_info info;
  info.pass = new pass_escape (g);
  info.reference_pass_name = "build_ssa_passes";
  info.ref_pass_instance_number = 1;
  info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}
