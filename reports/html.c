/* gcc-escape: `escape-report html', a self-contained dashboard.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   One HTML file, no script, no external resource: headline counts, the
   rules with their CWE, CERT C and MISRA C mappings, findings by file,
   every finding with its flow in a <details> element, the top functions
   by escaping objects, the leaking parameters (Go's "leaking param"),
   the heap-to-stack hints, and the translation units.  The markup is
   well-formed XML as well as HTML5 (polyglot), so XML tools can check
   it.  */

#include "tool.h"

#include <stdlib.h>
#include <string.h>

static const char style[] =
  "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}"
  "h1{font-size:1.6em;margin-bottom:0}h2{margin-top:1.6em}"
  ".sub{color:#666;margin-top:.2em}"
  ".cards{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}"
  ".card{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;"
  "min-width:7em}.card b{display:block;font-size:1.6em}"
  "table{border-collapse:collapse;margin:.5em 0}"
  "th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;"
  "vertical-align:top}th{background:#f3f3f3}td.n{text-align:right}"
  ".error{color:#b00020;font-weight:bold}.warning{color:#b25d00}"
  ".note{color:#555}.sup{color:#777}code{font-size:.95em}"
  "details summary{cursor:pointer;color:#036}";

/* <td>TEXT</td>, escaped; CLASS may be NULL.  */
static void
td (esc_sbuf *b, const char *cls, const char *text)
{
  esc_sbuf_puts (b, cls ? "<td class=\"" : "<td>");
  if (cls)
    {
      esc_sbuf_html (b, cls);
      esc_sbuf_puts (b, "\">");
    }
  esc_sbuf_html (b, text);
  esc_sbuf_puts (b, "</td>");
}

/* <td class="n">N</td>  */
static void
td_num (esc_sbuf *b, unsigned long long n)
{
  esc_sbuf_printf (b, "<td class=\"n\">%llu</td>", n);
}

/* <tr> of header cells, from a NULL-terminated list.  */
static void
header_row (esc_sbuf *b, const char *const *cells)
{
  esc_sbuf_puts (b, "<tr>");
  for (; *cells; cells++)
    {
      esc_sbuf_puts (b, "<th>");
      esc_sbuf_html (b, *cells);
      esc_sbuf_puts (b, "</th>");
    }
  esc_sbuf_puts (b, "</tr>\n");
}

/* "file:line:col" of POS, escaped, inside <code>.  */
static void
pos_code (esc_sbuf *b, esc_rpos pos)
{
  esc_sbuf p = { 0 };
  esc_sbuf_pos (&p, pos);
  esc_sbuf_puts (b, "<code>");
  esc_sbuf_html (b, p.s);
  esc_sbuf_puts (b, "</code>");
  esc_sbuf_free (&p);
}

/* The headline cards.  */
static void
cards (esc_sbuf *b, const esc_rdoc *doc, const esc_rtotals *t)
{
  struct
  {
    const char *label;
    unsigned long long n;
  } c[] = {
    { "units", doc->nunits },
    { "functions", t->functions },
    { "findings", t->findings },
    { "reported", t->findings - t->suppressed },
    { "suppressed", t->suppressed },
    { "duplicates dropped", doc->duplicates },
    { "heap-to-stack hints", t->hints },
  };
  esc_sbuf_puts (b, "<div class=\"cards\">\n");
  for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
    esc_sbuf_printf (b, "<div class=\"card\"><b>%llu</b>%s</div>\n", c[i].n,
		     c[i].label);
  esc_sbuf_printf (b, "<div class=\"card\"><b>%llu.%03llu</b>solver ms</div>\n",
		   (unsigned long long) (t->solve_us / 1000),
		   (unsigned long long) (t->solve_us % 1000));
  esc_sbuf_puts (b, "</div>\n");
}

/* The rules table.  */
static void
rules_table (esc_sbuf *b, const esc_rtotals *t)
{
  static const char *const h[] = { "Rule", "SARIF id", "What", "CWE",
				   "CERT C", "MISRA C:2012", "Findings",
				   "Reported", "Suppressed", NULL };
  esc_sbuf_puts (b, "<h2 id=\"rules\">Rules</h2>\n<table>\n");
  header_row (b, h);
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    {
      const esc_rule_meta *m = &esc_rule_metas[r];
      char cwe[96];
      snprintf (cwe, sizeof cwe, "CWE-%d %s", m->cwe, m->cwe_name);
      esc_sbuf_puts (b, "<tr>");
      td (b, NULL, m->name);
      td (b, NULL, m->sarif_id);
      td (b, NULL, m->short_desc);
      td (b, NULL, cwe);
      td (b, NULL, m->cert);
      td (b, NULL, m->misra);
      td_num (b, t->rule_findings[r]);
      td_num (b, t->rule_findings[r] - t->rule_suppressed[r]);
      td_num (b, t->rule_suppressed[r]);
      esc_sbuf_puts (b, "</tr>\n");
    }
  esc_sbuf_puts (b, "</table>\n");
}

/* One row of the findings table, with the flow folded.  */
static void
finding_row (const esc_rfinding *f, const esc_rfunc *fn, const esc_runit *u,
	     void *data)
{
  (void) u;
  esc_sbuf *b = data;
  esc_sbuf_puts (b, "<tr>");
  td (b, f->suppressed ? "sup" : NULL, f->suppressed ? f->suppressed : "new");
  td (b, f->severity, f->severity);
  td (b, NULL, f->rule);
  esc_sbuf_puts (b, "<td>");
  pos_code (b, f->pos);
  esc_sbuf_puts (b, "</td>");
  td (b, NULL, f->function ? f->function : fn->name);
  td (b, NULL, f->obj_display);
  esc_sbuf_puts (b, "<td>");
  esc_sbuf_html (b, f->message);
  if (f->reason)
    {
      esc_sbuf_puts (b, "<br/><span class=\"sup\">reason: ");
      esc_sbuf_html (b, f->reason);
      esc_sbuf_puts (b, "</span>");
    }
  if (f->nsteps)
    {
      esc_sbuf_printf (b, "<details><summary>flow (%zu step%s)</summary><ol>",
		       f->nsteps, f->nsteps == 1 ? "" : "s");
      for (size_t i = 0; i < f->nsteps; i++)
	{
	  esc_sbuf_puts (b, "<li>");
	  pos_code (b, f->steps[i].pos);
	  esc_sbuf_puts (b, " ");
	  esc_sbuf_html (b, f->steps[i].text);
	  esc_sbuf_puts (b, "</li>");
	}
      esc_sbuf_puts (b, "</ol></details>");
    }
  esc_sbuf_puts (b, "</td>");
  td (b, NULL, f->fingerprint);
  esc_sbuf_puts (b, "</tr>\n");
}

/* The findings table.  */
static void
findings_table (esc_sbuf *b, const esc_rdoc *doc)
{
  static const char *const h[] = { "Status", "Severity", "Rule", "Location",
				   "Function", "Object", "Message",
				   "Fingerprint", NULL };
  esc_sbuf_puts (b, "<h2 id=\"findings\">Findings</h2>\n<table>\n");
  header_row (b, h);
  esc_for_each_finding (doc, finding_row, b);
  esc_sbuf_puts (b, "</table>\n");
}

/* Most escaping objects first, then by position.  */
static int
by_escaping (const void *pa, const void *pb)
{
  const esc_rfunc *a = *(const esc_rfunc *const *) pa;
  const esc_rfunc *b = *(const esc_rfunc *const *) pb;
  if (a->escaping != b->escaping)
    return a->escaping > b->escaping ? -1 : 1;
  return esc_rfunc_cmp (a, b);
}

/* By position.  */
static int
by_position (const void *pa, const void *pb)
{
  return esc_rfunc_cmp (*(const esc_rfunc *const *) pa,
			*(const esc_rfunc *const *) pb);
}

/* The top functions by escaping objects, the leaking parameters and
   the heap-to-stack hints.  */
static void
function_tables (esc_sbuf *b, const esc_rdoc *doc)
{
  size_t n;
  const esc_rfunc **fns = esc_project_functions (doc, &n);

  static const char *const h1[] = { "Function", "Defined at", "Escaping",
				    "Automatic", "Address taken",
				    "Not escaping", "Findings", "Hints",
				    NULL };
  esc_sbuf_puts (b, "<h2 id=\"functions\">Top functions by escaping "
		    "objects</h2>\n<table>\n");
  header_row (b, h1);
  if (n > 1)
    qsort (fns, n, sizeof *fns, by_escaping);
  for (size_t i = 0; i < n && i < 25 && fns[i]->escaping; i++)
    {
      esc_sbuf_puts (b, "<tr>");
      td (b, NULL, fns[i]->name);
      esc_sbuf_puts (b, "<td>");
      pos_code (b, fns[i]->pos);
      esc_sbuf_puts (b, "</td>");
      td_num (b, fns[i]->escaping);
      td_num (b, fns[i]->automatic);
      td_num (b, fns[i]->address_taken);
      td_num (b, fns[i]->not_escaping);
      td_num (b, fns[i]->nfindings);
      td_num (b, fns[i]->nhints);
      esc_sbuf_puts (b, "</tr>\n");
    }
  esc_sbuf_puts (b, "</table>\n");

  static const char *const h2[] = { "Function", "Parameter", "Leak",
				    "Where", NULL };
  esc_sbuf_puts (b, "<h2 id=\"params\">Leaking parameters</h2>\n<table>\n");
  header_row (b, h2);
  if (n > 1)
    qsort (fns, n, sizeof *fns, by_position);
  for (size_t i = 0; i < n; i++)
    for (size_t p = 0; p < fns[i]->nptrparams; p++)
      {
	const esc_rparam *par = &fns[i]->params[p];
	for (size_t k = 0; k < par->nleaks; k++)
	  {
	    const esc_rleak *l = &par->leaks[k];
	    char *what;
	    if (!strcmp (l->kind, "param") && l->to_param < 0)
	      what = esc_strprintf ("leaks to the heap memory it returns "
				    "level=%d: %s", l->level, l->text);
	    else if (!strcmp (l->kind, "param"))
	      what = esc_strprintf ("leaks to param %d level=%d: %s",
				    l->to_param, l->level, l->text);
	    else if (!strcmp (l->kind, "result"))
	      what = esc_strprintf ("leaks to result level=%d: %s", l->level,
				    l->text);
	    else
	      what = esc_strprintf ("escapes (%s) level=%d: %s",
				    l->rule ? l->rule : "?", l->level,
				    l->text);
	    char *pname = par->name ? esc_strprintf ("%s", par->name)
				    : esc_strprintf ("#%d", par->index);
	    esc_sbuf_puts (b, "<tr>");
	    td (b, NULL, fns[i]->name);
	    td (b, NULL, pname);
	    td (b, NULL, what);
	    esc_sbuf_puts (b, "<td>");
	    pos_code (b, l->pos);
	    esc_sbuf_puts (b, "</td></tr>\n");
	    free (what);
	    free (pname);
	  }
      }
  esc_sbuf_puts (b, "</table>\n");

  static const char *const h3[] = { "Location", "Function", "Allocation",
				    "Bytes", "Hint", NULL };
  esc_sbuf_puts (b, "<h2 id=\"hints\">Heap-to-stack hints</h2>\n<table>\n");
  header_row (b, h3);
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < fns[i]->nhints; k++)
      {
	const esc_rhint *h = &fns[i]->hints[k];
	esc_sbuf_puts (b, "<tr><td>");
	pos_code (b, h->pos);
	esc_sbuf_puts (b, "</td>");
	td (b, NULL, fns[i]->name);
	td (b, NULL, h->callee);
	td_num (b, h->size > 0 ? (unsigned long long) h->size : 0);
	td (b, NULL, h->text);
	esc_sbuf_puts (b, "</tr>\n");
      }
  esc_sbuf_puts (b, "</table>\n");
  free (fns);
}

/* The units table.  */
static void
units_table (esc_sbuf *b, const esc_rdoc *doc)
{
  static const char *const h[] = { "Translation unit", "Object", "GCC",
				   "Functions", "Findings", "Solver ms",
				   NULL };
  esc_sbuf_puts (b, "<h2 id=\"units\">Translation units</h2>\n<table>\n");
  header_row (b, h);
  for (size_t u = 0; u < doc->nunits; u++)
    {
      const esc_runit *unit = &doc->units[u];
      esc_rtotals t;
      esc_unit_totals (unit, &t);
      char ms[48];
      snprintf (ms, sizeof ms, "%llu.%03llu",
		(unsigned long long) (t.solve_us / 1000),
		(unsigned long long) (t.solve_us % 1000));
      esc_sbuf_puts (b, "<tr>");
      td (b, NULL, unit->tu);
      td (b, NULL, unit->object ? unit->object : "");
      td (b, NULL, unit->gcc_version ? unit->gcc_version : "");
      td_num (b, t.functions);
      td_num (b, t.findings);
      td (b, "n", ms);
      esc_sbuf_puts (b, "</tr>\n");
    }
  esc_sbuf_puts (b, "</table>\n");
}

/* The html command.  */
int
esc_cmd_html (const esc_rdoc *doc, const char *out, char **error)
{
  esc_rtotals t;
  esc_project_totals (doc, &t);

  esc_sbuf b = { 0 };
  esc_sbuf_puts (&b, "<!DOCTYPE html>\n"
		     "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
		     "lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
		     "<title>gcc-escape report</title>\n<style>");
  esc_sbuf_puts (&b, style);
  esc_sbuf_puts (&b, "</style>\n</head>\n<body>\n<h1>gcc-escape report</h1>\n"
		     "<p class=\"sub\">");
  esc_sbuf_printf (&b, "%zu translation unit%s", doc->nunits,
		   doc->nunits == 1 ? "" : "s");
  if (doc->tool_version)
    {
      esc_sbuf_puts (&b, ", gcc-escape ");
      esc_sbuf_html (&b, doc->tool_version);
    }
  esc_sbuf_puts (&b, "</p>\n");
  cards (&b, doc, &t);
  rules_table (&b, &t);
  findings_table (&b, doc);
  function_tables (&b, doc);
  units_table (&b, doc);
  esc_sbuf_puts (&b, "</body>\n</html>\n");
  int rc = esc_sbuf_write (&b, out, error) ? ESC_EXIT_IO : ESC_EXIT_OK;
  esc_sbuf_free (&b);
  return rc;
}
