/* gcc-escape: escape roots, reachability, findings, summaries and dumps.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   After the points-to sets are solved, escape is reachability over
   objects: a reached location reaches its object, and a reached object
   reaches every location its field nodes point to.  One pass per rule, in
   the order RETURN, STORE, QUEUE, FNPTR, from that rule's roots:
     RETURN  the targets of RET and the contents of RETSLOT objects;
     STORE   the contents of NONLOCAL, GLOBAL and CALLER objects;
     QUEUE   the targets of arguments kept by a callee;
     FNPTR   the targets of arguments of calls through a pointer.
   Each pass records for every reached object how it was reached (the
   field or root node that points to it, and the object owning that
   field), which is the chain explain.c turns into a flow path.

   An automatic object reached in a pass is a finding of that rule (one per
   object and rule, only for enabled rules); the first rule that reaches
   it is its escape state, whatever rules are enabled.

   The summary of the function: a pointer parameter's value flows to the
   result when RET holds a location of its caller object; what it points
   to escapes when its caller object is reached from globals or NONLOCAL,
   from a QUEUE or FNPTR root, or from another parameter's caller object.
   The last is found by one labelling pass: each caller object seeds its
   own label, an object reached by two labels becomes MULTI, and a caller
   object that ends with a label other than its own is reached from
   somewhere else.  */

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LABEL_NONE 0xffffffffu
#define LABEL_MULTI 0xfffffffeu

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

/* Run the reachability pass of RULE; *ESC_G receives, for the STORE
   rule, which objects were reached from globals and NONLOCAL alone.  */
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
	if (fn->objs[o].kind == ESC_OBJ_NONLOCAL
	    || fn->objs[o].kind == ESC_OBJ_GLOBAL)
	  seed_obj (&p, o);
      drain (&p);
      for (uint32_t o = 0; o < fn->nobjs; o++)
	esc_g[o] = p.r[o].reached;
      for (uint32_t o = 0; o < fn->nobjs; o++)
	if (fn->objs[o].kind == ESC_OBJ_CALLER)
	  seed_obj (&p, o);
      drain (&p);
      break;
    default:
      for (uint32_t i = 0; i < fn->nroots; i++)
	if (fn->roots[i].rule == rule)
	  seed_node (&p, fn->roots[i].node, (int) i);
      drain (&p);
      break;
    }
  esc_u32v_free (&p.queue);
}

/* Label caller objects by the caller objects that reach them; OUT[o]
   nonzero if caller object O is reached from another one.  */
static void
caller_labels (esc_fn *fn, unsigned char *out)
{
  uint32_t *label = esc_xrealloc (NULL, fn->nobjs * sizeof (uint32_t));
  esc_u32v queue = { 0 };
  for (uint32_t o = 0; o < fn->nobjs; o++)
    {
      label[o] = LABEL_NONE;
      if (fn->objs[o].kind == ESC_OBJ_CALLER)
	{
	  label[o] = o;
	  esc_u32v_push (&queue, o);
	}
    }
  for (uint32_t h = 0; h < queue.n; h++)
    {
      uint32_t x = queue.v[h];
      uint32_t lab = label[x];
      for (uint32_t j = 0; j < fn->objs[x].nfields; j++)
	{
	  const esc_noderec *n
	    = &fn->nodes[esc_find (fn, fn->objs[x].fields[j].node)];
	  for (uint32_t i = 0; i < n->pts.n; i++)
	    {
	      uint32_t y = fn->nodes[n->pts.v[i]].obj;
	      uint32_t nl = label[y] == LABEL_NONE || label[y] == lab
			      ? lab : LABEL_MULTI;
	      if (nl != label[y])
		{
		  label[y] = nl;
		  esc_u32v_push (&queue, y);
		}
	    }
	}
    }
  for (uint32_t o = 0; o < fn->nobjs; o++)
    out[o] = fn->objs[o].kind == ESC_OBJ_CALLER && label[o] != o;
  free (label);
  esc_u32v_free (&queue);
}

/* Describe summary SUM of FN as leaks per parameter (for reports).  */
static void
make_leaks (esc_fn *fn, const esc_summary *sum)
{
  size_t np = (size_t) fn->nparams + 1;
  fn->leaks = esc_arena_alloc (&fn->arena, np * sizeof (esc_leak *));
  fn->nleaks = esc_arena_alloc (&fn->arena, np * sizeof (size_t));
  for (int i = 0; i < fn->nparams; i++)
    {
      const esc_param_summary *ps = &sum->params[i];
      esc_leak *l = esc_arena_alloc (&fn->arena, 2 * sizeof (esc_leak));
      size_t n = 0;
      if (ps->to_return)
	{
	  memset (&l[n], 0, sizeof *l);
	  l[n].kind = ESC_LEAK_RESULT;
	  l[n].pos = fn->pos;
	  l[n].text = "flows to the result";
	  n++;
	}
      if (ps->escapes)
	{
	  memset (&l[n], 0, sizeof *l);
	  l[n].kind = ESC_LEAK_ESCAPE;
	  l[n].rule = ESC_RULE_QUEUE;
	  l[n].pos = fn->pos;
	  l[n].text = "escapes";
	  n++;
	}
      fn->leaks[i] = l;
      fn->nleaks[i] = n;
    }
  fn->have_summary = 1;
}

/* Compute FN's summary and record it in the unit.  */
static void
make_summary (esc_fn *fn, const unsigned char *esc_g,
	      const unsigned char *from_other)
{
  esc_summary sum;
  esc_param_summary *ps
    = esc_xcalloc ((size_t) fn->nparams + 1, sizeof (esc_param_summary));
  sum.nparams = fn->nparams;
  sum.params = ps;
  sum.returns_heap = 0;
  sum.returns_nonlocal = 0;
  const esc_noderec *ret = &fn->nodes[esc_find (fn, fn->ret_node)];
  for (uint32_t i = 0; i < ret->pts.n; i++)
    {
      const esc_objrec *o = &fn->objs[fn->nodes[ret->pts.v[i]].obj];
      if (o->kind == ESC_OBJ_HEAP)
	sum.returns_heap = 1;
      else if (o->kind != ESC_OBJ_CALLER || o->param < 0)
	sum.returns_nonlocal = 1;
    }
  for (int i = 0; i < fn->nparams; i++)
    {
      uint32_t c = fn->param_caller[i];
      ps[i].ret_off = 0;
      if (c == ESC_NONE)
	continue;
      int found = 0;
      for (uint32_t k = 0; k < ret->pts.n; k++)
	{
	  const esc_noderec *l = &fn->nodes[ret->pts.v[k]];
	  if (l->obj != c)
	    continue;
	  int64_t off = fn->objs[c].collapsed ? ESC_OFF_ANY : l->off;
	  if (!found)
	    ps[i].ret_off = off;
	  else if (ps[i].ret_off != off)
	    ps[i].ret_off = ESC_OFF_ANY;
	  found = 1;
	}
      ps[i].to_return = found;
      ps[i].escapes = esc_g[c] || from_other[c]
		      || (fn->reach[ESC_RULE_QUEUE]
			  && fn->reach[ESC_RULE_QUEUE][c].reached)
		      || (fn->reach[ESC_RULE_FNPTR]
			  && fn->reach[ESC_RULE_FNPTR][c].reached);
    }
  fn->changed = fn->unit ? esc_unit_record (fn->unit, fn->uid, &sum) : 1;
  make_leaks (fn, &sum);
  free (ps);
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
static void
add_note (esc_fn *fn, esc_pos pos, const char *text)
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
      add_note (fn, q->pos, text);
      for (uint32_t i = 0; i < objs.n; i++)
	{
	  const esc_objrec *o = &fn->objs[objs.v[i]];
	  if (!esc_obj_kind_automatic_p (o->kind))
	    continue;
	  if (o->first_rule >= 0)
	    add_note (fn, q->pos,
		      esc_arena_printf (&fn->arena,
					"escape state of '%s': escapes (%s)",
					o->display,
					esc_rule_name ((esc_rule)
						       o->first_rule)));
	  else
	    add_note (fn, q->pos,
		      esc_arena_printf (&fn->arena,
					"escape state of '%s': does not "
					"escape", o->display));
	}
    }
  esc_u32v_free (&objs);
}

/* The message target for a store into OBJ.  */
static const char *
store_target (esc_fn *fn, uint32_t obj)
{
  const esc_objrec *o = obj == ESC_NONE ? NULL : &fn->objs[obj];
  if (o && o->kind == ESC_OBJ_GLOBAL)
    return o->name ? esc_arena_printf (&fn->arena, "global '%s'", o->name)
		   : "a global";
  if (o && o->kind == ESC_OBJ_CALLER)
    return o->name ? esc_arena_printf (&fn->arena,
				       "memory pointed to by parameter '%s'",
				       o->name)
		   : "memory pointed to by a parameter";
  if (o && o->kind == ESC_OBJ_HEAP)
    return "heap memory";
  return esc_arena_printf (&fn->arena, "memory outside '%s'", fn->name);
}

/* Fill the message of finding F for object OBJ.  */
static void
make_message (esc_fn *fn, esc_finding *f, uint32_t obj, uint32_t target)
{
  const esc_objrec *o = &fn->objs[obj];
  const char *noun = esc_obj_kind_noun (o->kind);
  const char *q1 = o->name ? " '" : "";
  const char *nm = o->name ? o->name : "";
  const char *q2 = o->name ? "'" : "";
  switch (f->rule)
    {
    case ESC_RULE_RETURN:
      f->message = esc_arena_printf (&fn->arena,
				     "address of %s%s%s%s is returned from "
				     "'%s'", noun, q1, nm, q2, fn->name);
      break;
    case ESC_RULE_STORE:
      f->target = store_target (fn, target);
      f->message = esc_arena_printf (&fn->arena,
				     "address of %s%s%s%s is stored into %s, "
				     "which outlives '%s'", noun, q1, nm, q2,
				     f->target, fn->name);
      break;
    case ESC_RULE_QUEUE:
      f->message = esc_arena_printf (&fn->arena,
				     "address of %s%s%s%s is passed to '%s', "
				     "which keeps it after returning",
				     noun, q1, nm, q2,
				     f->callee ? f->callee : "<unknown>");
      break;
    default:
      f->message = esc_arena_printf (&fn->arena,
				     "address of %s%s%s%s is passed to a call "
				     "through a function pointer",
				     noun, q1, nm, q2);
      break;
    }
}

/* Compare two positions' files, NULL first.  */
static int
cmp_file (const char *a, const char *b)
{
  if (a == b)
    return 0;
  return strcmp (a ? a : "", b ? b : "");
}

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
  int c = cmp_file (a->f.pos.file, b->f.pos.file);
  if (c)
    return c;
  if (a->f.pos.line != b->f.pos.line)
    return a->f.pos.line < b->f.pos.line ? -1 : 1;
  if (a->f.pos.column != b->f.pos.column)
    return a->f.pos.column < b->f.pos.column ? -1 : 1;
  if (a->f.rule != b->f.rule)
    return a->f.rule < b->f.rule ? -1 : 1;
  return (a->obj > b->obj) - (a->obj < b->obj);
}

/* Fill the fields of finding F (about object OBJ) that do not depend on
   its flow: function, display name, severity, acceptance.  */
static void
finish_finding (esc_fn *fn, esc_finding *f, uint32_t obj)
{
  const esc_objrec *o = &fn->objs[obj];
  f->function = fn->name;
  f->obj_display = o->display;
  esc_severity sev = fn->unit ? fn->unit->opts.severity[f->rule]
			      : ESC_SEV_DEFAULT;
  f->severity = sev == ESC_SEV_DEFAULT ? ESC_SEV_WARNING : sev;
  const char *accept = o->accept ? o->accept : fn->accept;
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

/* Roots, reachability, findings, summary and notes of solved FN.  */
void
esc_escape_compute (esc_fn *fn)
{
  uint32_t *stamp = esc_xcalloc (fn->nnodes, sizeof (uint32_t));
  unsigned char *esc_g = esc_xcalloc (fn->nobjs, 1);
  unsigned char *from_other = esc_xcalloc (fn->nobjs, 1);
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    run_pass (fn, (esc_rule) r, stamp, (uint32_t) r + 1, esc_g);
  free (stamp);
  caller_labels (fn, from_other);

  unsigned rules = fn->unit ? fn->unit->opts.rules : ~0u;
  finding_key *keys = NULL;
  size_t nkeys = 0, ckeys = 0;
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    for (uint32_t o = 0; o < fn->nobjs; o++)
      {
	esc_objrec *obj = &fn->objs[o];
	if (!esc_obj_kind_automatic_p (obj->kind) || !fn->reach[r][o].reached)
	  continue;
	if (obj->first_rule < 0)
	  obj->first_rule = r;
	if (!(rules & (1u << r)))
	  continue;
	ESC_GROW (keys, nkeys, ckeys);
	finding_key *k = &keys[nkeys++];
	memset (k, 0, sizeof *k);
	k->obj = o;
	k->f.rule = (esc_rule) r;
	k->f.obj_kind = obj->kind;
	k->f.obj_name = obj->name;
	k->f.obj_pos = obj->pos;
	uint32_t target = ESC_NONE;
	esc_explain (fn, o, (esc_rule) r, &k->f, &target);
	make_message (fn, &k->f, o, target);
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

  make_summary (fn, esc_g, from_other);
  make_notes (fn);
  free (esc_g);
  free (from_other);
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
