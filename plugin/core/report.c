/* gcc-escape: the per-translation-unit XML report (include/escape/report.h).

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The core's side of the report: a report is a one-unit document of the
   report library's model (lib/report/, used through its public header
   escape/report_model.h only, like every other user of the library).
   esc_report_add_function copies what the report keeps out of a solved
   function into the document's arena, because the glue frees each
   function right after adding it: the findings with their flows, the
   leaks of each pointer parameter (Go's "leaking param"), the heap
   allocations that could be automatic objects (heap-to-stack hints), the
   address-taken automatic objects that do not escape (Go's "does not
   escape": counted always, listed from verbose level 1), and the
   solver's statistics.  esc_report_write sorts the functions by file,
   line and column and writes the document atomically with the library's
   writers.  esc_baseline_load reads the fingerprints of a baseline or
   report into the unit's baseline.  */

#include "escape/report.h"
#include "escape/report_model.h"

#include <stdlib.h>
#include <string.h>

struct esc_report
{
  esc_rdoc *doc;
  esc_runit *unit; /* the document's only unit */
  int verbose;     /* list the objects that do not escape from 1 */
};

/* The XML spelling of object kind KIND.  */
static const char *
kind_name (esc_obj_kind kind)
{
  switch (kind)
    {
    case ESC_OBJ_LOCAL: return "local";
    case ESC_OBJ_PARAM: return "param";
    case ESC_OBJ_COMPOUND: return "compound-literal";
    case ESC_OBJ_ALLOCA: return "alloca";
    case ESC_OBJ_VLA: return "vla";
    case ESC_OBJ_HEAP: return "heap";
    case ESC_OBJ_GLOBAL: return "global";
    case ESC_OBJ_STRING: return "string";
    case ESC_OBJ_CALLER: return "caller";
    case ESC_OBJ_RETSLOT: return "retslot";
    case ESC_OBJ_NONLOCAL: return "nonlocal";
    case ESC_OBJ_FUNCTION: return "function";
    default: return "other";
    }
}

/* The XML spelling of step kind KIND.  */
static const char *
step_name (esc_step_kind kind)
{
  switch (kind)
    {
    case ESC_STEP_ADDR: return "addr";
    case ESC_STEP_COPY: return "copy";
    case ESC_STEP_LOAD: return "load";
    case ESC_STEP_STORE: return "store";
    case ESC_STEP_CALL_ARG: return "call-arg";
    case ESC_STEP_CALL_RET: return "call-ret";
    case ESC_STEP_RETURN: return "return";
    default: return "other";
    }
}

/* The XML spelling of leak kind KIND.  */
static const char *
leak_name (esc_leak_kind kind)
{
  switch (kind)
    {
    case ESC_LEAK_RESULT: return "result";
    case ESC_LEAK_PARAM: return "param";
    default: return "escape";
    }
}

/* S copied into REPORT's arena; NULL stays NULL.  */
static const char *
keep (esc_report *report, const char *s)
{
  return esc_arena_strdup (&report->doc->arena, s);
}

/* POS with its file name copied.  */
static esc_rpos
keep_pos (esc_report *report, esc_pos pos)
{
  esc_rpos p;
  p.file = keep (report, pos.file);
  p.line = pos.line;
  p.column = pos.column;
  return p;
}

/* Room for N elements of SIZE bytes in REPORT's arena, zeroed.  */
static void *
keep_array (esc_report *report, size_t n, size_t size)
{
  void *p = esc_arena_alloc (&report->doc->arena, n * size + 1);
  memset (p, 0, n * size + 1);
  return p;
}

/* A new, empty report.  */
esc_report *
esc_report_new (const esc_report_info *info)
{
  esc_report *report = esc_xcalloc (1, sizeof *report);
  report->doc = esc_rdoc_new ();
  report->unit = esc_rdoc_add_unit (report->doc);
  esc_runit *u = report->unit;
  u->tu = "";
  if (info)
    {
      report->verbose = info->verbose;
      u->verbose = info->verbose > 0 ? info->verbose : 0;
      report->doc->tool_version = keep (report, info->tool_version);
      if (info->tu)
	u->tu = keep (report, info->tu);
      u->object = keep (report, info->object);
      u->gcc_version = keep (report, info->gcc_version);
      u->options = keep_array (report, info->noptions, sizeof (char *));
      for (size_t i = 0; i < info->noptions; i++)
	if (info->options && info->options[i])
	  u->options[u->noptions++] = keep (report, info->options[i]);
    }
  return report;
}

/* Copy finding SRC into DST.  */
static void
add_finding (esc_report *report, esc_rfinding *dst, const esc_finding *src)
{
  dst->rule = esc_rule_name (src->rule);
  dst->severity = esc_severity_name (src->severity);
  if (!dst->severity)
    dst->severity = "warning";
  dst->function = keep (report, src->function);
  dst->pos = keep_pos (report, src->pos);
  dst->obj_kind = kind_name (src->obj_kind);
  dst->obj_name = keep (report, src->obj_name);
  dst->obj_display = keep (report, src->obj_display ? src->obj_display
						     : "");
  dst->obj_pos = keep_pos (report, src->obj_pos);
  dst->message = keep (report, src->message ? src->message : "");
  dst->callee = keep (report, src->callee);
  dst->target = keep (report, src->target);
  dst->fingerprint = keep (report, src->fingerprint);
  dst->suppressed = keep (report, src->suppressed);
  dst->reason = keep (report, src->reason);
  dst->nsteps = src->nsteps > 0 ? (size_t) src->nsteps : 0;
  dst->steps = keep_array (report, dst->nsteps, sizeof (esc_rstep));
  for (size_t i = 0; i < dst->nsteps; i++)
    {
      dst->steps[i].kind = step_name (src->steps[i].kind);
      dst->steps[i].pos = keep_pos (report, src->steps[i].pos);
      dst->steps[i].text = keep (report, src->steps[i].text
					     ? src->steps[i].text : "");
    }
}

/* Copy the pointer parameters of FN, with their leaks, into DST.  */
static void
add_params (esc_report *report, esc_rfunc *dst, const esc_fn *fn)
{
  int n = esc_fn_nparams (fn);
  dst->params = keep_array (report, n > 0 ? (size_t) n : 0,
			    sizeof (esc_rparam));
  for (int i = 0; i < n; i++)
    {
      esc_param_info info;
      if (!esc_fn_param_info (fn, i, &info) || !info.pointer_p)
	continue;
      esc_rparam *p = &dst->params[dst->nptrparams++];
      p->index = i;
      p->name = keep (report, info.name);
      p->noescape_p = info.noescape_p != 0;
      p->nleaks = info.nleaks;
      p->leaks = keep_array (report, info.nleaks, sizeof (esc_rleak));
      for (size_t k = 0; k < info.nleaks; k++)
	{
	  const esc_leak *l = &info.leaks[k];
	  esc_rleak *r = &p->leaks[k];
	  r->kind = leak_name (l->kind);
	  r->level = l->level;
	  /* A negative receiver is the heap memory FN returns.  */
	  r->to_param = l->kind == ESC_LEAK_PARAM && l->to_param >= 0
			  ? l->to_param : -1;
	  r->rule = l->kind == ESC_LEAK_ESCAPE ? esc_rule_name (l->rule) : NULL;
	  r->pos = keep_pos (report, l->pos);
	  r->text = keep (report, l->text ? l->text : "");
	}
    }
}

/* The heap-to-stack hints of FN into DST, with the phrase of the
   verbose note.  */
static void
add_hints (esc_report *report, esc_rfunc *dst, const esc_fn *fn)
{
  const esc_hint *hs;
  size_t n = esc_fn_hints (fn, &hs);
  dst->hints = keep_array (report, n, sizeof (esc_rhint));
  for (size_t i = 0; i < n; i++)
    {
      esc_rhint *h = &dst->hints[dst->nhints++];
      h->callee = keep (report, hs[i].callee ? hs[i].callee : "malloc");
      h->size = hs[i].size;
      h->pos = keep_pos (report, hs[i].pos);
      h->text = keep (report, hs[i].text ? hs[i].text : "");
    }
}

/* Count FN's automatic objects into DST and, at verbose level 1 and
   above, copy those whose address is taken but which do not escape.  */
static void
add_objects (esc_report *report, esc_rfunc *dst, const esc_fn *fn)
{
  size_t n = esc_fn_nobjs (fn);
  int list_p = report->verbose > 0;
  dst->locals = keep_array (report, list_p ? n : 0, sizeof (esc_robj));
  for (size_t i = 0; i < n; i++)
    {
      esc_obj_info info;
      if (!esc_fn_obj_info (fn, (esc_obj) i, &info)
	  || !esc_obj_kind_automatic_p (info.kind))
	continue;
      dst->automatic++;
      dst->address_taken += info.address_taken_p != 0;
      dst->escaping += info.escapes_p != 0;
      if (!info.address_taken_p || info.escapes_p)
	continue;
      dst->not_escaping++;
      if (!list_p)
	continue;
      esc_robj *o = &dst->locals[dst->nlocals++];
      o->kind = kind_name (info.kind);
      o->name = keep (report, info.name);
      o->display = keep (report, info.display ? info.display : "");
      o->pos = keep_pos (report, info.pos);
      o->size = info.size;
    }
}

/* Add solved function FN to REPORT.  */
void
esc_report_add_function (esc_report *report, const esc_fn *fn)
{
  if (!report || !fn)
    return;
  esc_rfunc *dst = esc_runit_add_func (report->unit);
  const char *name = esc_fn_name (fn);
  dst->name = keep (report, name ? name : "");
  dst->uid = esc_fn_uid (fn);
  dst->pos = keep_pos (report, esc_fn_pos (fn));
  dst->nparams = esc_fn_nparams (fn);
  add_params (report, dst, fn);

  const esc_finding *fs;
  size_t nf = esc_fn_findings (fn, &fs);
  dst->findings = keep_array (report, nf, sizeof (esc_rfinding));
  for (size_t i = 0; i < nf; i++)
    add_finding (report, &dst->findings[i], &fs[i]);
  dst->nfindings = nf;

  add_hints (report, dst, fn);
  add_objects (report, dst, fn);

  esc_fn_stats st;
  memset (&st, 0, sizeof st);
  esc_fn_get_stats (fn, &st);
  dst->stats.objects = st.objects;
  dst->stats.nodes = st.nodes;
  dst->stats.constraints = st.constraints;
  dst->stats.iterations = st.iterations;
  dst->stats.collapsed = st.collapsed;
  dst->stats.bad_calls = st.bad_calls;
  dst->stats.solve_us = st.solve_ms > 0 ? (uint64_t) (st.solve_ms * 1000.0
							+ 0.5)
					: 0;
}

/* Write REPORT to PATH atomically, its functions sorted by position.  */
int
esc_report_write (const esc_report *report, const char *path, char **error)
{
  if (!report || !path || !*path)
    {
      if (error)
	*error = esc_strprintf ("cannot write report: %s",
				report ? "no file name" : "no report");
      return 1;
    }
  /* Sort a shallow copy: REPORT is const and may be written twice.  */
  esc_runit unit = *report->unit;
  unit.funcs = esc_xcalloc (unit.nfuncs + 1, sizeof (esc_rfunc));
  if (unit.nfuncs)
    {
      memcpy (unit.funcs, report->unit->funcs,
	      unit.nfuncs * sizeof (esc_rfunc));
      qsort (unit.funcs, unit.nfuncs, sizeof (esc_rfunc), esc_rfunc_cmp);
    }
  esc_rdoc doc = *report->doc;
  doc.units = &unit;
  doc.nunits = 1;

  esc_xw x;
  esc_xw_open (&x);
  esc_rdoc_write (&x, &doc);
  int rc = esc_xw_finish (&x, path, "report", error);
  free (unit.funcs);
  return rc;
}

/* Free REPORT.  */
void
esc_report_free (esc_report *report)
{
  if (!report)
    return;
  esc_rdoc_free (report->doc);
  free (report);
}

/* esc_xml_fingerprints callback: add FINGERPRINT to the unit DATA.  */
static void
add_to_baseline (void *data, const char *fingerprint)
{
  esc_unit_add_baseline ((esc_unit *) data, fingerprint);
}

/* Load the fingerprints of baseline or report PATH into UNIT.  */
int
esc_baseline_load (const char *path, esc_unit *unit, char **error)
{
  if (!path || !*path)
    {
      if (error)
	*error = esc_strprintf ("cannot read baseline: no file name");
      return 1;
    }
  xmlDocPtr xdoc = esc_xml_load (path, "baseline", NULL, error);
  if (!xdoc)
    return 1;
  int rc = esc_xml_fingerprints (xdoc, path, "baseline", add_to_baseline,
				 unit, error);
  xmlFreeDoc (xdoc);
  return rc;
}
