/* gcc-escape: escape roots, reachability, findings, summaries and dumps.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   After the points-to sets are solved, escape is reachability over
   objects: a reached location reaches its object, and a reached object
   reaches every location its field nodes point to.  One pass per rule, in
   the order RETURN, STORE, QUEUE, FNPTR, from that rule's roots:
     RETURN  the targets of RET and the contents of RETSLOT objects;
     STORE   the contents of NONLOCAL, GLOBAL and open WINDOW objects
	     (phase 1), then of CALLER objects (phase 2), then of the
	     caller objects of noescape parameters (phase 3, so that one
	     reached earlier has a chain that explains it);
     QUEUE   the targets of arguments kept by a callee;
     FNPTR   the targets of arguments of calls through a pointer.
   Each pass records for every reached object how it was reached (the
   field or root node that points to it, and the object owning that
   field), which is the chain explain.c turns into a flow path.

   SUBJECTS are the objects findings are about: the automatic objects, and
   the caller object of each noescape parameter (what such a parameter
   points to must not escape either).  A subject reached by a pass is a
   finding of that pass's rule, PRESENTED as another rule in two cases:
     - a RETURN chain that goes through heap memory is a STORE into that
       heap memory (`n = malloc (); n->data = &x; return n;');
     - a STORE whose sink is a store a callee's summary made is a QUEUE
       finding about that call (`push (&global_q, &item)').
   One finding per subject and presented rule; the first rule is the
   subject's escape state, whatever rules are enabled.

   The summary of the function is a list of flows between access paths of
   its arguments (core.h): where the return value's targets, the contents
   of caller objects, and the escaping caller objects come from.  */

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* State of one reachability pass.  */
typedef struct reach_pass
{
  esc_fn *fn;
  esc_reach *r;
  esc_u32v queue;
  uint32_t head;
  uint32_t *stamp; /* per node: pass generation that scanned it */
  uint32_t gen;
} reach_pass;

/* Mark OBJ reached through VIA of PARENT under root ROOT.  */
static void
mark (reach_pass *p, uint32_t obj, uint32_t via, uint32_t parent, int root)
{
  esc_reach *r = &p->r[obj];
  if (r->reached)
    return;
  r->reached = 1;
  r->via = via;
  r->parent = parent;
  r->root = root;
  esc_u32v_push (&p->queue, obj);
}

/* Reach the targets of NODE, a root node.  */
static void
seed_node (reach_pass *p, uint32_t node, int root)
{
  esc_fn *fn = p->fn;
  const esc_noderec *n = &fn->nodes[esc_find (fn, node)];
  for (uint32_t i = 0; i < n->pts.n; i++)
    mark (p, fn->nodes[n->pts.v[i]].obj, node, ESC_NONE, root);
}

/* Make OBJ a seed: its contents are roots.  */
static void
seed_obj (reach_pass *p, uint32_t obj)
{
  esc_reach *r = &p->r[obj];
  if (r->reached)
    return;
  r->reached = 1;
  r->seed = 1;
  r->via = ESC_NONE;
  r->parent = ESC_NONE;
  r->root = -1;
  esc_u32v_push (&p->queue, obj);
}

/* Drain the queue of pass P.  */
static void
drain (reach_pass *p)
{
  esc_fn *fn = p->fn;
  while (p->head < p->queue.n)
    {
      uint32_t x = p->queue.v[p->head++];
      int root = p->r[x].root;
      for (uint32_t j = 0; j < fn->objs[x].nfields; j++)
	{
	  uint32_t f = fn->objs[x].fields[j].node;
	  uint32_t rep = esc_find (fn, f);
	  if (p->stamp[rep] == p->gen)
	    continue;
	  p->stamp[rep] = p->gen;
	  const esc_noderec *n = &fn->nodes[rep];
	  for (uint32_t i = 0; i < n->pts.n; i++)
	    mark (p, fn->nodes[n->pts.v[i]].obj, f, x, root);
	}
    }
}

/* Nonzero if OBJ is the caller object of a noescape parameter.  */
static int
noescape_caller_p (const esc_fn *fn, uint32_t obj)
{
  const esc_objrec *o = &fn->objs[obj];
  return o->kind == ESC_OBJ_CALLER && o->level == 1 && o->param >= 0
	 && o->param < fn->nparams
	 && (fn->param_flags[o->param] & ESC_PARAM_NOESCAPE);
}

/* Nonzero if the objects NODE points to include an automatic one.  */
static int
points_into_frame_p (const esc_fn *fn, uint32_t node)
{
  const esc_noderec *n = &fn->nodes[esc_find_const (fn, node)];
  for (uint32_t i = 0; i < n->pts.n; i++)
    if (esc_obj_kind_automatic_p (fn->objs[fn->nodes[n->pts.v[i]].obj].kind))
      return 1;
  return 0;
}

/* Decide which windows stay open: those overwritten by a value that may
   point into the frame.  */
static void
open_windows (esc_fn *fn)
{
  for (uint32_t k = 0; k < fn->nkills; k++)
    if (points_into_frame_p (fn, fn->kills[k].node))
      fn->objs[fn->kills[k].window].open = 1;
}

/* Run the reachability pass of RULE; ESC_G[o] receives, for the STORE
   rule, whether object O was reached from outside memory (phase 1).  */
static void
run_pass (esc_fn *fn, esc_rule rule, uint32_t *stamp, uint32_t gen,
	  unsigned char *esc_g)
{
  reach_pass p = { fn, NULL, { 0 }, 0, stamp, gen };
  p.r = esc_xcalloc (fn->nobjs, sizeof (esc_reach));
  fn->reach[rule] = p.r;
  switch (rule)
    {
    case ESC_RULE_RETURN:
      seed_node (&p, fn->ret_node, -1);
      for (uint32_t o = 0; o < fn->nobjs; o++)
	if (fn->objs[o].kind == ESC_OBJ_RETSLOT)
	  seed_obj (&p, o);
      drain (&p);
      break;
    case ESC_RULE_STORE:
      for (uint32_t o = 0; o < fn->nobjs; o++)
	{
	  const esc_objrec *x = &fn->objs[o];
	  if (x->kind == ESC_OBJ_NONLOCAL || x->kind == ESC_OBJ_GLOBAL
	      || (x->kind == ESC_OBJ_WINDOW && x->open))
	    seed_obj (&p, o);
	}
      drain (&p);
      for (uint32_t o = 0; o < fn->nobjs; o++)
	esc_g[o] = p.r[o].reached && !p.r[o].seed;
      for (uint32_t o = 0; o < fn->nobjs; o++)
	if (fn->objs[o].kind == ESC_OBJ_CALLER && !noescape_caller_p (fn, o))
	  seed_obj (&p, o);
      drain (&p);
      for (uint32_t o = 0; o < fn->nobjs; o++)
	if (noescape_caller_p (fn, o))
	  seed_obj (&p, o);
      drain (&p);
      break;
    default:
      for (uint32_t i = 0; i < fn->nroots; i++)
	if (fn->roots[i].rule == rule && !fn->roots[i].content)
	  seed_node (&p, fn->roots[i].node, (int) i);
      drain (&p);
      for (uint32_t i = 0; i < fn->nroots; i++)
	if (fn->roots[i].rule == rule && fn->roots[i].content)
	  esc_content_seed (fn, p.r, &p.queue, stamp, gen,
			    fn->roots[i].node, (int) i);
      drain (&p);
      break;
    }
  esc_u32v_free (&p.queue);
}

/* Nonzero if OBJ, reached in the RETURN pass, was reached through heap
   memory, not straight from the return value, the return slot, or memory
   the caller owns anyway; *VIA_OBJ receives the heap object.  */
static int
returned_through_memory_p (const esc_fn *fn, uint32_t obj, uint32_t *via_obj)
{
  const esc_reach *r = fn->reach[ESC_RULE_RETURN];
  uint32_t x = obj;
  for (uint32_t guard = 0; guard <= fn->nobjs && r[x].reached && !r[x].seed;
       guard++)
    {
      uint32_t p = r[x].parent;
      if (p == ESC_NONE)
	return 0;
      if (fn->objs[p].kind == ESC_OBJ_HEAP)
	{
	  *via_obj = p;
	  return 1;
	}
      x = p;
    }
  return 0;
}

/* The words for a store into OBJ, e.g. "global 'g'".  */
static const char *
store_target (esc_fn *fn, uint32_t obj)
{
  const esc_objrec *o = obj == ESC_NONE ? NULL : &fn->objs[obj];
  if (o && o->kind == ESC_OBJ_WINDOW && o->real != ESC_NONE)
    o = &fn->objs[o->real];
  if (o && o->kind == ESC_OBJ_GLOBAL)
    return o->name ? esc_arena_printf (&fn->arena, "global '%s'", o->name)
		   : "a global";
  if (o && o->kind == ESC_OBJ_CALLER)
    {
      const char *how = o->level == 2 ? "reachable from"
				       : "pointed to by";
      return o->name ? esc_arena_printf (&fn->arena,
					 "memory %s parameter '%s'", how,
					 o->name)
		     : esc_arena_printf (&fn->arena, "memory %s a parameter",
					 how);
    }
  if (o && o->kind == ESC_OBJ_HEAP)
    return "heap memory";
  return esc_arena_printf (&fn->arena, "memory outside '%s'", fn->name);
}

/* "address of local variable 'x'", "address held by noescape parameter
   'p'": how a finding about OBJ starts.  */
static const char *
subject_words (esc_fn *fn, uint32_t obj)
{
  const esc_objrec *o = &fn->objs[obj];
  if (o->kind == ESC_OBJ_CALLER)
    return esc_arena_printf (&fn->arena,
			     "address held by noescape parameter '%s'",
			     o->name ? o->name : "?");
  const char *noun = esc_obj_kind_noun (o->kind);
  if (o->name)
    return esc_arena_printf (&fn->arena, "address of %s '%s'", noun,
			     o->name);
  return esc_arena_printf (&fn->arena, "address of %s", noun);
}

/* Fill the message of finding F about OBJ; TARGET as in esc_sink_info.  */
static void
make_message (esc_fn *fn, esc_finding *f, uint32_t obj, uint32_t target)
{
  const char *subject = subject_words (fn, obj);
  switch (f->rule)
    {
    case ESC_RULE_RETURN:
      f->message = esc_arena_printf (&fn->arena, "%s is returned from '%s'",
				     subject, fn->name);
      break;
    case ESC_RULE_STORE:
      f->target = store_target (fn, target);
      f->message = esc_arena_printf (&fn->arena,
				     "%s is stored into %s, which outlives "
				     "'%s'", subject, f->target, fn->name);
      break;
    case ESC_RULE_QUEUE:
      f->message = esc_arena_printf (&fn->arena,
				     "%s is passed to '%s', which keeps it "
				     "after returning", subject,
				     f->callee ? f->callee : "<unknown>");
      break;
    default:
      if (f->callee)
	f->message = esc_arena_printf (&fn->arena,
				       "%s is passed to '%s', which passes "
				       "it to a call through a function "
				       "pointer", subject, f->callee);
      else
	f->message = esc_arena_printf (&fn->arena,
				       "%s is passed to a call through a "
				       "function pointer", subject);
      break;
    }
}

/* ---------------------------------------------------------------------- */
/* Findings.  */

typedef struct finding_key
{
  esc_finding f;
  uint32_t obj;
} finding_key;

/* qsort comparison of findings: file, line, column, rule, object.  */
static int
cmp_finding (const void *pa, const void *pb)
{
  const finding_key *a = pa, *b = pb;
  int c = esc_pos_cmp (&a->f.pos, &b->f.pos);
  if (c)
    return c;
  if (a->f.rule != b->f.rule)
    return a->f.rule < b->f.rule ? -1 : 1;
  return (a->obj > b->obj) - (a->obj < b->obj);
}

/* Explain why OBJ was reached in PASS and decide the rule it is presented
   as; fill F (rule, steps, sink, callee) and *TARGET.  */
void
esc_classify (esc_fn *fn, uint32_t obj, esc_rule pass, esc_finding *f,
	      uint32_t *target)
{
  uint32_t heap = ESC_NONE;
  f->rule = pass;
  if (pass == ESC_RULE_RETURN && returned_through_memory_p (fn, obj, &heap))
    f->rule = ESC_RULE_STORE;
  esc_sink_info sink;
  esc_explain (fn, obj, pass, f, &sink);
  *target = sink.target;
  if (f->rule == ESC_RULE_STORE && sink.via >= 0 && sink.call >= 0
      && (uint32_t) sink.call < fn->ncalls)
    {
      f->rule = ESC_RULE_QUEUE;
      f->callee = fn->calls[sink.call].callee;
    }
  if (f->rule == ESC_RULE_STORE && *target == ESC_NONE)
    *target = heap;
}

/* Fill the fields of finding F (about object OBJ) that do not depend on
   its flow: function, object, severity, acceptance.  */
static void
finish_finding (esc_fn *fn, esc_finding *f, uint32_t obj)
{
  const esc_objrec *o = &fn->objs[obj];
  f->function = fn->name;
  f->obj_kind = o->kind;
  f->obj_name = o->name;
  f->obj_display = o->display;
  f->obj_pos = o->pos;
  esc_severity sev = fn->unit ? fn->unit->opts.severity[f->rule]
			      : ESC_SEV_DEFAULT;
  /* The region of the sink (#pragma escape) comes before the options,
     and an annotation before the region.  */
  const char *region_accept = NULL;
  if (fn->unit && fn->unit->region)
    {
      esc_severity r = fn->unit->region (fn->unit->region_data, f->rule,
					 &f->pos, &region_accept);
      if (r != ESC_SEV_DEFAULT)
	sev = r;
    }
  f->severity = sev == ESC_SEV_DEFAULT ? ESC_SEV_WARNING : sev;
  if (noescape_caller_p (fn, obj))
    f->severity = ESC_SEV_ERROR;
  const char *accept = o->accept ? o->accept : fn->accept;
  if (!accept)
    accept = region_accept;
  if (accept)
    {
      f->suppressed = "accepted";
      f->reason = accept;
    }
}

/* The last component of PATH.  */
static const char *
base_name (const char *path)
{
  if (!path)
    return "";
  const char *b = path;
  for (const char *p = path; *p; p++)
    if (*p == '/' || *p == '\\')
      b = p + 1;
  return b;
}

/* The hash of the parts of F that identify it, without its rank.  */
static uint64_t
finding_identity (const esc_fn *fn, const esc_finding *f)
{
  const char *parts[6];
  parts[0] = esc_rule_name (f->rule);
  parts[1] = base_name (f->pos.file ? f->pos.file : fn->pos.file);
  parts[2] = fn->name;
  /* Unnamed objects are named by their line: use the kind instead.  */
  parts[3] = f->obj_name ? f->obj_name : esc_obj_kind_noun (f->obj_kind);
  parts[4] = f->callee ? f->callee : "";
  parts[5] = f->target ? f->target : "";
  uint64_t h = ESC_FNV_INIT;
  for (int i = 0; i < 6; i++)
    h = esc_fnv1a (h, parts[i], strlen (parts[i]) + 1);
  return h;
}

/* Give every finding of FN its fingerprint (identity and rank among the
   findings of the same identity, in their sorted order) and mark those in
   the unit's baseline.  */
static void
fingerprint_findings (esc_fn *fn)
{
  uint64_t *ids = esc_xcalloc (fn->nfindings + 1, sizeof (uint64_t));
  for (size_t i = 0; i < fn->nfindings; i++)
    {
      esc_finding *f = &fn->findings[i];
      ids[i] = finding_identity (fn, f);
      uint32_t rank = 0;
      for (size_t j = 0; j < i; j++)
	rank += ids[j] == ids[i];
      char rk[16];
      int n = snprintf (rk, sizeof rk, "%u", (unsigned) rank);
      uint64_t h = esc_fnv1a (ids[i], rk, (size_t) n);
      char *text = esc_arena_printf (&fn->arena, "%016llx",
				     (unsigned long long) h);
      f->fingerprint = text;
      if (!f->suppressed && fn->unit
	  && esc_unit_baseline_has_p (fn->unit, text))
	f->suppressed = "baseline";
    }
  free (ids);
}

/* The sorted unique objects NODE points to, into OUT.  */
static void
points_to_objs (const esc_fn *fn, uint32_t node, esc_u32v *out)
{
  out->n = 0;
  const esc_noderec *n = &fn->nodes[esc_find_const (fn, node)];
  for (uint32_t i = 0; i < n->pts.n; i++)
    esc_u32v_push (out, fn->nodes[n->pts.v[i]].obj);
  esc_u32v_sort_unique (out);
}

/* Append a note at POS to FN.  */
void
esc_note_add (esc_fn *fn, esc_pos pos, const char *text)
{
  ESC_GROW (fn->notes, fn->nnotes, fn->cnotes);
  fn->notes[fn->nnotes].pos = pos;
  fn->notes[fn->nnotes].text = text;
  fn->nnotes++;
}

/* Produce the notes of the dump requests.  */
static void
make_notes (esc_fn *fn)
{
  esc_u32v objs = { 0 };
  for (uint32_t d = 0; d < fn->ndumps; d++)
    {
      const esc_dumpreq *q = &fn->dumps[d];
      points_to_objs (fn, q->node, &objs);
      size_t len = 64 + strlen (q->label);
      for (uint32_t i = 0; i < objs.n; i++)
	len += strlen (fn->objs[objs.v[i]].display) + 2;
      char *text = esc_arena_alloc (&fn->arena, len);
      char *p = text;
      p += sprintf (p, "points-to set of '%s': {", q->label);
      for (uint32_t i = 0; i < objs.n; i++)
	p += sprintf (p, "%s %s", i ? "," : "", fn->objs[objs.v[i]].display);
      strcpy (p, " }");
      esc_note_add (fn, q->pos, text);
      for (uint32_t i = 0; i < objs.n; i++)
	{
	  const esc_objrec *o = &fn->objs[objs.v[i]];
	  if (!esc_obj_kind_automatic_p (o->kind))
	    continue;
	  if (o->first_rule >= 0)
	    esc_note_add (fn, q->pos,
		      esc_arena_printf (&fn->arena,
					"escape state of '%s': escapes (%s)",
					o->display,
					esc_rule_name ((esc_rule)
						       o->first_rule)));
	  else
	    esc_note_add (fn, q->pos,
		      esc_arena_printf (&fn->arena,
					"escape state of '%s': does not "
					"escape", o->display));
	}
    }
  esc_u32v_free (&objs);
}

/* Compute the findings of solved FN.  */
static void
make_findings (esc_fn *fn)
{
  unsigned rules = fn->unit ? fn->unit->opts.rules : ~0u;
  finding_key *keys = NULL;
  size_t nkeys = 0, ckeys = 0;
  for (uint32_t o = 0; o < fn->nobjs; o++)
    {
      if (!esc_obj_kind_automatic_p (fn->objs[o].kind)
	  && !noescape_caller_p (fn, o))
	continue;
      unsigned done = 0;
      for (int r = 0; r < ESC_RULE_COUNT; r++)
	{
	  const esc_reach *rr = &fn->reach[r][o];
	  if (!rr->reached || rr->seed)
	    continue;
	  esc_finding f;
	  uint32_t target;
	  memset (&f, 0, sizeof f);
	  esc_classify (fn, o, (esc_rule) r, &f, &target);
	  if (fn->objs[o].first_rule < 0)
	    fn->objs[o].first_rule = f.rule;
	  if ((done & (1u << f.rule)) || !(rules & (1u << f.rule)))
	    continue;
	  done |= 1u << f.rule;
	  make_message (fn, &f, o, target);
	  ESC_GROW (keys, nkeys, ckeys);
	  keys[nkeys].f = f;
	  keys[nkeys].obj = o;
	  nkeys++;
	}
    }
  if (nkeys > 1)
    qsort (keys, nkeys, sizeof (finding_key), cmp_finding);
  fn->findings = esc_xcalloc (nkeys + 1, sizeof (esc_finding));
  for (size_t i = 0; i < nkeys; i++)
    {
      fn->findings[i] = keys[i].f;
      finish_finding (fn, &fn->findings[i], keys[i].obj);
    }
  fn->nfindings = nkeys;
  free (keys);
  fingerprint_findings (fn);
}

/* ---------------------------------------------------------------------- */
/* The summary.  */

/* The flows of a summary being made: at most ESC_MAX_FLOWS distinct ones
   (DEDUP holds their hashes); beyond, OVERFLOW is set and the summary
   gives up (every pointer parameter escapes).  */
typedef struct flowv
{
  esc_flow *v;
  size_t n, cap;
  esc_hset dedup;
  int overflow;
  /* Flows whose position is the store of a location of OBJ into FIELD:
     found once the flows are known not to overflow (the search is not
     free, and an overflowing summary drops them all).  */
  struct flow_store { size_t flow; uint32_t field, obj; } *stores;
  size_t nstores, cstores;
} flowv;

/* Let flow NF of V take its position from the store of a location of
   OBJ into FIELD (esc_explain_store_pos), once V is complete.  */
static void
flow_store_later (flowv *v, const esc_flow *nf, uint32_t field, uint32_t obj)
{
  ESC_GROW (v->stores, v->nstores, v->cstores);
  v->stores[v->nstores].flow = (size_t) (nf - v->v);
  v->stores[v->nstores].field = field;
  v->stores[v->nstores].obj = obj;
  v->nstores++;
}

/* The hash of what F says (the fields esc_flow_cmp compares), never 0.  */
static uint64_t
flow_hash (const esc_flow *f)
{
  int64_t parts[11] = { f->kind, f->src.param, f->src.level,
			f->src.load_off, f->src.off, 0, 0, 0, 0, 0, 0 };
  if (f->kind == ESC_FLOW_STORE)
    {
      parts[5] = f->dst.param;
      parts[6] = f->dst.level;
      parts[7] = f->dst.load_off;
      parts[8] = f->dst.off;
    }
  if (f->kind == ESC_FLOW_ESCAPE)
    parts[9] = f->rule;
  uint64_t h = ESC_FNV_INIT;
  for (int i = 0; i < 11; i++)
    {
      unsigned char b[8];
      for (int k = 0; k < 8; k++)
	b[k] = (unsigned char) ((uint64_t) parts[i] >> (8 * k));
      h = esc_fnv1a (h, b, 8);
    }
  return h ? h : 1;
}

/* Append F to V unless V has it already or is full; returns the new
   flow (so that its position, which costs a search, is found only for
   new flows), or NULL.  */
static esc_flow *
flow_push (flowv *v, const esc_flow *f)
{
  if (v->overflow || !esc_hset_insert_p (&v->dedup, flow_hash (f)))
    return NULL;
  if (v->n >= ESC_MAX_FLOWS)
    {
      v->overflow = 1;
      return NULL;
    }
  ESC_GROW (v->v, v->n, v->cap);
  v->v[v->n] = *f;
  return &v->v[v->n++];
}

/* qsort comparison of flows.  */
static int
cmp_flow (const void *a, const void *b)
{
  return esc_flow_cmp (a, b);
}

/* The access path of location (OBJ, OFF), OBJ a caller object.  */
static esc_path
caller_path (const esc_fn *fn, uint32_t obj, int64_t off)
{
  const esc_objrec *o = &fn->objs[obj];
  esc_path p;
  p.param = o->param;
  p.level = o->level == 2 ? 1 : 0;
  p.load_off = 0;
  if (o->level == 2)
    {
      uint32_t c = fn->param_caller[o->param];
      p.load_off = c == ESC_NONE || fn->objs[c].collapsed ? ESC_OFF_ANY
							  : o->parent_off;
    }
  p.off = o->collapsed ? ESC_OFF_ANY : off;
  return p;
}

/* Nonzero if OBJ is a caller object of one of FN's parameters.  */
static int
param_object_p (const esc_fn *fn, uint32_t obj)
{
  const esc_objrec *o = &fn->objs[obj];
  return o->kind == ESC_OBJ_CALLER && o->param >= 0 && o->param < fn->nparams
	 && (o->level == 1 || o->level == 2);
}

/* The position of the first return with a line, or FN's.  */
static esc_pos
return_pos (const esc_fn *fn)
{
  for (uint32_t c = 0; c < fn->ncons; c++)
    if (fn->cons[c].step == ESC_STEP_RETURN && fn->cons[c].pos.line)
      return fn->cons[c].pos;
  return fn->pos;
}

/* Add the flows into the fields of heap object H, which the return
   value points to: the caller gets it as the call's heap object.  */
static void
returned_heap_flows (esc_fn *fn, uint32_t h, flowv *v)
{
  const esc_objrec *oh = &fn->objs[h];
  for (uint32_t j = 0; j < oh->nfields; j++)
    {
      uint32_t field = oh->fields[j].node;
      const esc_noderec *n = &fn->nodes[esc_find (fn, field)];
      for (uint32_t i = 0; i < n->pts.n; i++)
	{
	  const esc_noderec *l = &fn->nodes[n->pts.v[i]];
	  if (!param_object_p (fn, l->obj))
	    continue;
	  esc_flow f;
	  memset (&f, 0, sizeof f);
	  f.kind = ESC_FLOW_STORE;
	  f.src = caller_path (fn, l->obj, l->off);
	  f.dst = (esc_path) { ESC_PATH_HEAP, 0, 0,
			       oh->collapsed ? ESC_OFF_ANY
					     : oh->fields[j].off };
	  f.text = "stores it into the heap memory it returns";
	  esc_flow *nf = flow_push (v, &f);
	  if (nf)
	    flow_store_later (v, nf, field, l->obj);
	  oh = &fn->objs[h];
	}
    }
}

/* Add the flows from the return value: NODE's targets (a root node or
   a return slot's field).  */
static void
result_flows (esc_fn *fn, uint32_t node, flowv *v, esc_summary *sum)
{
  const esc_noderec *n = &fn->nodes[esc_find (fn, node)];
  for (uint32_t i = 0; i < n->pts.n; i++)
    {
      const esc_noderec *l = &fn->nodes[n->pts.v[i]];
      const esc_objrec *o = &fn->objs[l->obj];
      if (param_object_p (fn, l->obj))
	{
	  esc_flow f;
	  memset (&f, 0, sizeof f);
	  f.kind = ESC_FLOW_RESULT;
	  f.src = caller_path (fn, l->obj, l->off);
	  f.pos = return_pos (fn);
	  f.text = "returns it";
	  flow_push (v, &f);
	}
      else if (o->kind == ESC_OBJ_HEAP)
	{
	  returned_heap_flows (fn, l->obj, v);
	  sum->returns_heap = 1;
	}
      else if (l->obj == fn->nonlocal)
	sum->returns_unknown = 1;
      else
	sum->returns_nonlocal = 1;
    }
}

/* Nonzero if location X in field FIELD of caller object Y is what the
   caller stored there before the call, not a store of FN.  */
static int
initial_content_p (const esc_fn *fn, uint32_t y, int64_t field_off,
		   uint32_t x)
{
  const esc_objrec *oy = &fn->objs[y], *ox = &fn->objs[x];
  return ox->kind == ESC_OBJ_CALLER && ox->level == 2 && oy->level == 1
	 && ox->param == oy->param
	 && (oy->collapsed || ox->parent_off == field_off);
}

/* Add the flows into the memory of caller object Y.  SEEN marks the
   field representatives already scanned (a collapsed object has one).  */
static void
store_flows (esc_fn *fn, uint32_t y, flowv *v, esc_hset *seen)
{
  const esc_objrec *oy = &fn->objs[y];
  for (uint32_t j = 0; j < oy->nfields && !v->overflow; j++)
    {
      uint32_t field = oy->fields[j].node;
      int64_t foff = oy->fields[j].off;
      uint32_t rep = esc_find (fn, field);
      if (oy->collapsed
	  && !esc_hset_insert_p (seen, ((uint64_t) y << 32 | rep) + 1))
	continue;
      const esc_noderec *n = &fn->nodes[rep];
      for (uint32_t i = 0; i < n->pts.n && !v->overflow; i++)
	{
	  const esc_noderec *l = &fn->nodes[n->pts.v[i]];
	  uint32_t x = l->obj;
	  esc_flow f;
	  memset (&f, 0, sizeof f);
	  f.kind = ESC_FLOW_STORE;
	  if (param_object_p (fn, x) && !initial_content_p (fn, y, foff, x))
	    f.src = caller_path (fn, x, l->off);
	  else if (fn->objs[x].kind == ESC_OBJ_HEAP)
	    f.src = (esc_path) { ESC_PATH_HEAP, 0, 0, 0 };
	  else
	    continue;
	  f.dst = caller_path (fn, y, foff);
	  esc_flow *nf = flow_push (v, &f);
	  if (nf)
	    {
	      flow_store_later (v, nf, field, x);
	      nf->text = esc_arena_printf (&fn->arena, "stores it into %s",
					   store_target (fn, y));
	    }
	  oy = &fn->objs[y];
	}
    }
}

/* Nonzero if OBJ is reached in the RETURN pass as the content of a heap
   object the return value points to: returned_heap_flows says it.  */
static int
in_returned_heap_p (const esc_fn *fn, uint32_t obj)
{
  const esc_reach *r = fn->reach[ESC_RULE_RETURN];
  uint32_t p = r[obj].parent;
  return p != ESC_NONE && fn->objs[p].kind == ESC_OBJ_HEAP
	 && r[p].reached && !r[p].seed && r[p].parent == ESC_NONE
	 && r[p].via == fn->ret_node;
}

/* Decide how caller object X, reached in PASS, escapes, for its summary
   flow: F's rule, pos and callee, and *TARGET for a store.  Like
   esc_classify, but without searching for the flow's steps: the sink
   comes from the reachability chain (the root's call, or the store into
   the seed that holds X's chain), which summaries of every function can
   afford.  */
static void
quick_classify (esc_fn *fn, uint32_t x, esc_rule pass, esc_finding *f,
		uint32_t *target)
{
  const esc_reach *r = fn->reach[pass];
  f->rule = pass;
  f->pos = fn->pos;
  f->callee = NULL;
  *target = ESC_NONE;
  if (pass == ESC_RULE_QUEUE || pass == ESC_RULE_FNPTR)
    {
      int root = r[x].root;
      if (root >= 0 && (uint32_t) root < fn->nroots)
	{
	  const esc_callrec *call = &fn->calls[fn->roots[root].call];
	  f->pos = call->pos;
	  f->callee = call->callee;
	}
      return;
    }
  if (pass == ESC_RULE_RETURN)
    {
      f->pos = return_pos (fn);
      return;
    }
  /* STORE: up the chain to the object a seed holds.  */
  uint32_t y = x;
  for (uint32_t guard = 0; guard <= fn->nobjs && r[y].parent != ESC_NONE
       && !r[r[y].parent].seed; guard++)
    y = r[y].parent;
  uint32_t seed = r[y].parent;
  if (seed == ESC_NONE || r[y].via == ESC_NONE)
    return;
  *target = seed;
  uint32_t c;
  f->pos = esc_explain_store_pos (fn, r[y].via, y, &c);
  if (c != ESC_NONE && fn->cons[c].via >= 0 && fn->cons[c].call >= 0
      && (uint32_t) fn->cons[c].call < fn->ncalls)
    {
      /* Stored by a callee's summary: passed to it.  */
      f->rule = ESC_RULE_QUEUE;
      f->callee = fn->calls[fn->cons[c].call].callee;
    }
}

/* Add the flow that says caller object X (level 1) is given to a
   function without a body, if it is and does not escape otherwise.  */
static void
opaque_flow (esc_fn *fn, uint32_t x, flowv *v)
{
  const esc_reach *r = fn->reach[ESC_PASS_OPAQUE];
  if (!r || !(r[x].reached || r[x].content) || r[x].seed
      || fn->objs[x].level != 1)
    return;
  esc_flow f;
  memset (&f, 0, sizeof f);
  f.kind = ESC_FLOW_OPAQUE;
  f.src = caller_path (fn, x, 0);
  f.src.off = 0;
  if (!r[x].reached)
    esc_content_path (fn, x, &f.src);
  f.pos = fn->pos;
  f.text = "passes it to a function without a body";
  flow_push (v, &f);
}

/* Add the flow that says how caller object X escapes, if it does.  */
static void
escape_flow (esc_fn *fn, uint32_t x, const unsigned char *esc_g, flowv *v)
{
  esc_rule pass;
  uint32_t heap = ESC_NONE;
  int content = 0; /* only what X holds escapes (content.c) */
  if (esc_g[x])
    pass = ESC_RULE_STORE;
  else if (fn->reach[ESC_RULE_QUEUE][x].reached)
    pass = ESC_RULE_QUEUE;
  else if (fn->reach[ESC_RULE_FNPTR][x].reached)
    pass = ESC_RULE_FNPTR;
  else if (fn->reach[ESC_RULE_RETURN][x].reached
	   && !fn->reach[ESC_RULE_RETURN][x].seed
	   && returned_through_memory_p (fn, x, &heap)
	   && !in_returned_heap_p (fn, x))
    pass = ESC_RULE_RETURN;
  else if (fn->reach[ESC_RULE_QUEUE][x].content)
    pass = ESC_RULE_QUEUE, content = 1;
  else if (fn->reach[ESC_RULE_FNPTR][x].content)
    pass = ESC_RULE_FNPTR, content = 1;
  else
    return;
  /* What *p holds, reached through *p: the flows of *p say it.  */
  uint32_t parent = fn->reach[pass][x].parent;
  if (fn->objs[x].level == 2 && parent != ESC_NONE
      && fn->objs[parent].kind == ESC_OBJ_CALLER
      && fn->objs[parent].level == 1
      && fn->objs[parent].param == fn->objs[x].param)
    return;
  esc_finding g;
  uint32_t target;
  memset (&g, 0, sizeof g);
  quick_classify (fn, x, pass, &g, &target);
  esc_flow f;
  memset (&f, 0, sizeof f);
  f.kind = ESC_FLOW_ESCAPE;
  f.src = caller_path (fn, x, 0);
  f.src.off = 0;
  if (content)
    esc_content_path (fn, x, &f.src);
  f.rule = g.rule;
  f.pos = g.pos;
  switch (g.rule)
    {
    case ESC_RULE_STORE:
      f.text = esc_arena_printf (&fn->arena, "stores it into %s",
				 store_target (fn, target));
      break;
    case ESC_RULE_QUEUE:
      f.text = esc_arena_printf (&fn->arena,
				 "passes it to '%s', which keeps it",
				 g.callee ? g.callee : "<unknown>");
      break;
    case ESC_RULE_FNPTR:
      f.text = g.callee
	       ? esc_arena_printf (&fn->arena, "passes it to '%s', which "
				   "passes it to a call through a function "
				   "pointer", g.callee)
	       : "passes it to a call through a function pointer";
      break;
    default:
      f.text = "returns it";
      break;
    }
  /* Callers report what they pass under rule `queue', or `fnptr' when
     the callee hands it to a call through a function pointer (a
     callback: teams may weigh the two differently).  */
  f.rule = g.rule == ESC_RULE_FNPTR ? ESC_RULE_FNPTR : ESC_RULE_QUEUE;
  flow_push (v, &f);
}

/* Describe FN's summary flows as leaks per parameter (for reports).  */
static void
make_leaks (esc_fn *fn, const esc_flow *flows, int nflows)
{
  size_t np = (size_t) fn->nparams + 1;
  fn->leaks = esc_arena_alloc (&fn->arena, np * sizeof (esc_leak *));
  fn->nleaks = esc_arena_alloc (&fn->arena, np * sizeof (size_t));
  for (int i = 0; i < fn->nparams; i++)
    {
      size_t n = 0;
      for (int k = 0; k < nflows; k++)
	n += flows[k].src.param == i && flows[k].kind != ESC_FLOW_OPAQUE;
      esc_leak *l = esc_arena_alloc (&fn->arena, (n + 1) * sizeof (esc_leak));
      n = 0;
      for (int k = 0; k < nflows; k++)
	{
	  const esc_flow *f = &flows[k];
	  if (f->src.param != i || f->kind == ESC_FLOW_OPAQUE)
	    continue;
	  memset (&l[n], 0, sizeof *l);
	  l[n].level = f->src.level;
	  l[n].to_param = -1;
	  l[n].pos = f->pos;
	  l[n].text = f->text ? f->text : "";
	  switch (f->kind)
	    {
	    case ESC_FLOW_RESULT:
	      l[n].kind = ESC_LEAK_RESULT;
	      break;
	    case ESC_FLOW_STORE:
	      l[n].kind = ESC_LEAK_PARAM;
	      l[n].to_param = f->dst.param;
	      break;
	    default:
	      l[n].kind = ESC_LEAK_ESCAPE;
	      l[n].rule = f->rule;
	      break;
	    }
	  n++;
	}
      fn->leaks[i] = l;
      fn->nleaks[i] = n;
    }
  fn->have_summary = 1;
}

/* Compute FN's summary and record it in the unit.  */
static void
make_summary (esc_fn *fn, const unsigned char *esc_g)
{
  esc_summary sum;
  flowv v;
  esc_hset seen = { NULL, 0, 0 };
  memset (&v, 0, sizeof v);
  memset (&sum, 0, sizeof sum);
  sum.nparams = fn->nparams;
  sum.param_flags = fn->param_flags;

  result_flows (fn, fn->ret_node, &v, &sum);
  uint32_t nobjs = fn->nobjs;
  for (uint32_t o = 0; o < nobjs; o++)
    if (fn->objs[o].kind == ESC_OBJ_RETSLOT)
      for (uint32_t j = 0; j < fn->objs[o].nfields; j++)
	result_flows (fn, fn->objs[o].fields[j].node, &v, &sum);
  for (uint32_t o = 0; o < nobjs && !v.overflow; o++)
    if (param_object_p (fn, o))
      {
	store_flows (fn, o, &v, &seen);
	escape_flow (fn, o, esc_g, &v);
	opaque_flow (fn, o, &v);
      }
  esc_hset_free (&seen);

  if (v.overflow)
    {
      /* Too much to say: every pointer parameter escapes.  */
      v.n = 0;
      v.overflow = 0;
      for (int i = 0; i < fn->nparams; i++)
	if (fn->param_caller[i] != ESC_NONE)
	  {
	    esc_flow f;
	    memset (&f, 0, sizeof f);
	    f.kind = ESC_FLOW_ESCAPE;
	    f.src.param = i;
	    f.rule = ESC_RULE_QUEUE;
	    f.pos = fn->pos;
	    f.text = "keeps it (too many flows to follow)";
	    ESC_GROW (v.v, v.n, v.cap);
	    v.v[v.n++] = f;
	  }
      sum.returns_nonlocal = 1;
    }
  else
    for (size_t i = 0; i < v.nstores; i++)
      v.v[v.stores[i].flow].pos
	= esc_explain_store_pos (fn, v.stores[i].field, v.stores[i].obj, NULL);
  free (v.stores);
  if (v.n > 1)
    qsort (v.v, v.n, sizeof (esc_flow), cmp_flow);
  sum.flows = v.v;
  sum.nflows = (int) v.n;
  esc_effects_summary (fn, &sum);
  fn->changed = fn->unit ? esc_unit_record (fn->unit, fn->uid, &sum) : 1;
  make_leaks (fn, v.v, (int) v.n);
  free (v.v);
  esc_hset_free (&v.dedup);
}

/* Nonzero if heap object OBJ is reached by any pass, the opaque one
   included: stored, returned, kept, or given to an unknown function;
   *PASS receives the first such pass.  */
int
esc_heap_escapes_p (const esc_fn *fn, uint32_t obj, int *pass)
{
  for (int r = 0; r <= ESC_PASS_OPAQUE; r++)
    if (fn->reach[r] && fn->reach[r][obj].reached && !fn->reach[r][obj].seed)
      {
	if (pass)
	  *pass = r;
	return 1;
      }
  return 0;
}

/* qsort comparison of hints by position.  */
static int
cmp_hint (const void *pa, const void *pb)
{
  const esc_hint *a = pa, *b = pb;
  return esc_pos_cmp (&a->pos, &b->pos);
}

/* The heap-to-stack hints of FN: allocations of a constant size within
   the limit, freed on every path, never reallocated, that do not
   escape.  */
static void
make_hints (esc_fn *fn)
{
  int64_t limit = fn->unit && fn->unit->opts.stack_limit > 0
		  ? fn->unit->opts.stack_limit : 4096;
  size_t cap = 0;
  for (uint32_t o = 0; o < fn->nobjs; o++)
    {
      const esc_objrec *h = &fn->objs[o];
      if (h->kind != ESC_OBJ_HEAP || !(h->alloc_flags & ESC_ALLOC_FREED)
	  || (h->alloc_flags & ESC_ALLOC_REALLOCATED) || h->alloc_size <= 0
	  || h->alloc_size > limit || esc_heap_escapes_p (fn, o, NULL))
	continue;
      ESC_GROW (fn->hints, fn->nhints, cap);
      esc_hint *t = &fn->hints[fn->nhints++];
      t->pos = h->pos;
      t->size = h->alloc_size;
      t->callee = h->alloc_callee ? h->alloc_callee : "malloc";
      t->text = esc_arena_printf (&fn->arena, "heap allocation of %lld bytes "
				  "by '%s' could be an automatic object: it "
				  "does not escape and is freed on every path",
				  (long long) t->size, t->callee);
    }
  if (fn->nhints > 1)
    qsort (fn->hints, fn->nhints, sizeof (esc_hint), cmp_hint);
}

/* The hints of FN.  */
size_t
esc_fn_hints (const esc_fn *fn, const esc_hint **out)
{
  if (out)
    *out = fn ? fn->hints : NULL;
  return fn ? fn->nhints : 0;
}

/* Roots, reachability, findings, summary and notes of solved FN.  */
void
esc_escape_compute (esc_fn *fn)
{
  open_windows (fn);
  uint32_t *stamp = esc_xcalloc (fn->nnodes, sizeof (uint32_t));
  unsigned char *esc_g = esc_xcalloc (fn->nobjs, 1);
  for (int r = 0; r <= ESC_PASS_OPAQUE; r++)
    run_pass (fn, (esc_rule) r, stamp, (uint32_t) r + 1, esc_g);
  free (stamp);
  make_findings (fn);
  make_summary (fn, esc_g);
  make_notes (fn);
  make_hints (fn);
  if (fn->unit && fn->unit->opts.verbose > 0)
    esc_verbose_notes (fn);
  free (esc_g);
}

/* ---------------------------------------------------------------------- */
/* The results API.  */

/* Solve FN once; nonzero if its summary changed.  */
int
esc_fn_solve (esc_fn *fn)
{
  if (!fn)
    return 0;
  if (fn->solved)
    return fn->changed;
  fn->solved = 1;
  clock_t t0 = clock ();
  esc_solve_points_to (fn);
  esc_escape_compute (fn);
  fn->stats.solve_ms = (double) (clock () - t0) * 1000.0 / CLOCKS_PER_SEC;
  return fn->changed;
}

/* FN's findings.  */
size_t
esc_fn_findings (const esc_fn *fn, const esc_finding **out)
{
  if (out)
    *out = fn ? fn->findings : NULL;
  return fn ? fn->nfindings : 0;
}

/* FN's notes.  */
size_t
esc_fn_notes (const esc_fn *fn, const esc_note **out)
{
  if (out)
    *out = fn ? fn->notes : NULL;
  return fn ? fn->nnotes : 0;
}

/* FN's statistics.  */
void
esc_fn_get_stats (const esc_fn *fn, esc_fn_stats *out)
{
  if (!out)
    return;
  if (!fn)
    {
      memset (out, 0, sizeof *out);
      return;
    }
  *out = fn->stats;
}

/* The objects NODE points to.  */
size_t
esc_fn_points_to (const esc_fn *fn, esc_node node, esc_obj *out, size_t max)
{
  if (!fn || !esc_node_valid_p (fn, node))
    return 0;
  esc_u32v objs = { 0 };
  points_to_objs (fn, node, &objs);
  size_t n = objs.n;
  for (size_t i = 0; i < n && i < max && out; i++)
    out[i] = objs.v[i];
  esc_u32v_free (&objs);
  return n;
}

/* Nonzero if OBJ escapes.  */
int
esc_fn_obj_escapes_p (const esc_fn *fn, esc_obj obj, esc_rule *rule)
{
  if (!fn || !fn->solved || !esc_obj_valid_p (fn, obj))
    return 0;
  const esc_objrec *o = &fn->objs[obj];
  int r = o->first_rule;
  if (r < 0 && !esc_obj_kind_automatic_p (o->kind))
    for (int k = 0; k < ESC_RULE_COUNT && r < 0; k++)
      if (fn->reach[k] && fn->reach[k][obj].reached && !fn->reach[k][obj].seed)
	r = k;
  if (r < 0)
    return 0;
  if (rule)
    *rule = (esc_rule) r;
  return 1;
}

/* Nonzero if NODE and OTHER share a representative.  */
int
esc_fn_same_rep_p (const esc_fn *fn, esc_node node, esc_node other)
{
  if (!fn || !esc_node_valid_p (fn, node) || !esc_node_valid_p (fn, other))
    return 0;
  return esc_find_const (fn, node) == esc_find_const (fn, other);
}

/* ---------------------------------------------------------------------- */
/* Accessors for reports.  */

/* FN's name.  */
const char *
esc_fn_name (const esc_fn *fn)
{
  return fn ? fn->name : NULL;
}

/* FN's uid.  */
int
esc_fn_uid (const esc_fn *fn)
{
  return fn ? fn->uid : -1;
}

/* FN's position.  */
esc_pos
esc_fn_pos (const esc_fn *fn)
{
  esc_pos none = { NULL, 0, 0, 0 };
  return fn ? fn->pos : none;
}

/* FN's parameter count.  */
int
esc_fn_nparams (const esc_fn *fn)
{
  return fn ? fn->nparams : 0;
}

/* The number of objects of FN.  */
size_t
esc_fn_nobjs (const esc_fn *fn)
{
  return fn ? fn->nobjs : 0;
}

/* Describe object OBJ of FN.  */
int
esc_fn_obj_info (const esc_fn *fn, esc_obj obj, esc_obj_info *out)
{
  if (!out || !esc_obj_valid_p (fn, obj))
    return 0;
  const esc_objrec *o = &fn->objs[obj];
  memset (out, 0, sizeof *out);
  out->kind = o->kind;
  out->name = o->name;
  out->display = o->display;
  out->pos = o->pos;
  out->size = o->size;
  out->address_taken_p = o->addr_taken;
  esc_rule r;
  out->escapes_p = esc_fn_obj_escapes_p (fn, obj, &r);
  out->rule = out->escapes_p ? r : ESC_RULE_RETURN;
  return 1;
}

/* Describe parameter INDEX of solved FN.  */
int
esc_fn_param_info (const esc_fn *fn, int index, esc_param_info *out)
{
  if (!fn || !out || !fn->have_summary || index < 0 || index >= fn->nparams)
    return 0;
  memset (out, 0, sizeof *out);
  uint32_t c = fn->param_caller[index];
  out->name = fn->param_names ? fn->param_names[index] : NULL;
  out->pointer_p = c != ESC_NONE;
  out->noescape_p = fn->param_flags ? (fn->param_flags[index]
				       & ESC_PARAM_NOESCAPE) != 0 : 0;
  out->nleaks = fn->nleaks[index];
  out->leaks = fn->leaks[index];
  return 1;
}
