/* gcc-escape: `escape-report summary', tables for the terminal.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Five tables: findings by rule, by file (the file of the finding's
   location), findings and hints by function (functions with either, most
   findings first, then most hints), the top functions by escaping
   automatic objects (Go's "moved to heap" count), and heap-to-stack
   hints by file (the file of the allocation).  Ties are broken by file,
   line and name, so the output is the same for the same project.  */

#include "tool.h"

#include <stdlib.h>
#include <string.h>

/* How many rows the "top functions" table shows at most.  */
#define TOP_FUNCTIONS 10

/* A function with its unit, for sorting.  */
typedef struct fn_ref
{
  const esc_rfunc *fn;
  size_t suppressed;
} fn_ref;

/* A file's counts.  */
typedef struct file_row
{
  const char *file;
  size_t findings, suppressed, functions, hints;
  uint64_t hint_bytes;
} file_row;

/* Number of suppressed findings of FN.  */
static size_t
suppressed_count (const esc_rfunc *fn)
{
  size_t k = 0;
  for (size_t i = 0; i < fn->nfindings; i++)
    k += fn->findings[i].suppressed != NULL;
  return k;
}

/* Most findings first, then most hints, then by position.  */
static int
by_findings (const void *pa, const void *pb)
{
  const fn_ref *a = pa, *b = pb;
  if (a->fn->nfindings != b->fn->nfindings)
    return a->fn->nfindings > b->fn->nfindings ? -1 : 1;
  if (a->fn->nhints != b->fn->nhints)
    return a->fn->nhints > b->fn->nhints ? -1 : 1;
  return esc_rfunc_cmp (a->fn, b->fn);
}

/* Most escaping objects first, then by position.  */
static int
by_escaping (const void *pa, const void *pb)
{
  const fn_ref *a = pa, *b = pb;
  if (a->fn->escaping != b->fn->escaping)
    return a->fn->escaping > b->fn->escaping ? -1 : 1;
  return esc_rfunc_cmp (a->fn, b->fn);
}

/* By file name.  */
static int
by_file (const void *pa, const void *pb)
{
  const file_row *a = pa, *b = pb;
  return esc_rfile_cmp (a->file, b->file);
}

/* The row of FILE in ROWS[0..*N), added if missing.  */
static file_row *
file_row_get (file_row **rows, size_t *n, size_t *cap, const char *file)
{
  for (size_t i = 0; i < *n; i++)
    if (!esc_rfile_cmp ((*rows)[i].file, file))
      return &(*rows)[i];
  ESC_GROW (*rows, *n, *cap);
  file_row *r = &(*rows)[(*n)++];
  memset (r, 0, sizeof *r);
  r->file = file;
  return r;
}

/* "name (file:line)" of FN into a table cell.  */
static void
add_function_cells (esc_table *t, const esc_rfunc *fn)
{
  esc_table_add (t, "%s", fn->name);
  esc_table_add (t, "%s:%d", fn->pos.file ? fn->pos.file : "<unknown>",
		 fn->pos.line);
}

/* Print table T under TITLE, or "(none)" when it has only its header;
   free it.  */
static void
print_table (esc_table *t, const char *title, FILE *out)
{
  fprintf (out, "\n%s\n", title);
  if (t->ncells > t->ncols)
    esc_table_print (t, out);
  else
    fputs ("  (none)\n", out);
  esc_table_free (t);
}

/* Findings by rule.  */
static void
print_rules (const esc_rdoc *doc, FILE *out)
{
  esc_rtotals t;
  esc_project_totals (doc, &t);
  esc_table tab;
  esc_table_init (&tab, 5, 0x1cu);
  esc_table_add (&tab, "RULE");
  esc_table_add (&tab, "CWE");
  esc_table_add (&tab, "FINDINGS");
  esc_table_add (&tab, "REPORTED");
  esc_table_add (&tab, "SUPPRESSED");
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    {
      esc_table_add (&tab, "%s", esc_rule_metas[r].name);
      esc_table_add (&tab, "CWE-%d", esc_rule_metas[r].cwe);
      esc_table_add (&tab, "%llu", (unsigned long long) t.rule_findings[r]);
      esc_table_add (&tab, "%llu", (unsigned long long) (t.rule_findings[r]
							  - t.rule_suppressed[r]));
      esc_table_add (&tab, "%llu", (unsigned long long) t.rule_suppressed[r]);
    }
  esc_table_add (&tab, "total");
  esc_table_add (&tab, "%s", "");
  esc_table_add (&tab, "%llu", (unsigned long long) t.findings);
  esc_table_add (&tab, "%llu", (unsigned long long) (t.findings
						      - t.suppressed));
  esc_table_add (&tab, "%llu", (unsigned long long) t.suppressed);
  print_table (&tab, "Findings by rule", out);
}

/* The files of DOC, sorted, with their counts: the functions defined
   there, and the findings and hints located there.  *N receives the
   count; the array is malloc'd.  */
static file_row *
file_rows (const esc_rdoc *doc, size_t *n)
{
  file_row *rows = NULL;
  size_t cap = 0;
  *n = 0;
  for (size_t u = 0; u < doc->nunits; u++)
    for (size_t i = 0; i < doc->units[u].nfuncs; i++)
      {
	const esc_rfunc *fn = &doc->units[u].funcs[i];
	file_row_get (&rows, n, &cap, fn->pos.file)->functions++;
	for (size_t k = 0; k < fn->nfindings; k++)
	  {
	    const esc_rfinding *f = &fn->findings[k];
	    file_row *r = file_row_get (&rows, n, &cap, f->pos.file);
	    r->findings++;
	    r->suppressed += f->suppressed != NULL;
	  }
	for (size_t k = 0; k < fn->nhints; k++)
	  {
	    const esc_rhint *h = &fn->hints[k];
	    file_row *r = file_row_get (&rows, n, &cap, h->pos.file);
	    r->hints++;
	    r->hint_bytes += h->size > 0 ? (uint64_t) h->size : 0;
	  }
      }
  if (*n > 1)
    qsort (rows, *n, sizeof *rows, by_file);
  return rows;
}

/* A table by file: the functions defined there and, for the files with
   any, their findings (and how many are suppressed) or, when HINTS_P,
   their hints (and the bytes they would move to the stack).  */
static void
print_file_table (const file_row *rows, size_t n, int hints_p, FILE *out)
{
  esc_table tab;
  esc_table_init (&tab, 4, 0xeu);
  esc_table_add (&tab, "FILE");
  esc_table_add (&tab, "FUNCTIONS");
  esc_table_add (&tab, hints_p ? "HINTS" : "FINDINGS");
  esc_table_add (&tab, hints_p ? "BYTES" : "SUPPRESSED");
  for (size_t i = 0; i < n; i++)
    {
      uint64_t count = hints_p ? rows[i].hints : rows[i].findings;
      uint64_t more = hints_p ? rows[i].hint_bytes : rows[i].suppressed;
      if (!count)
	continue;
      esc_table_add (&tab, "%s", rows[i].file ? rows[i].file : "<unknown>");
      esc_table_add (&tab, "%zu", rows[i].functions);
      esc_table_add (&tab, "%llu", (unsigned long long) count);
      esc_table_add (&tab, "%llu", (unsigned long long) more);
    }
  print_table (&tab, hints_p ? "Heap-to-stack hints by file"
			     : "Findings by file", out);
}

/* Findings and hints by function, and the top functions by escaping
   objects.  */
static void
print_functions (const esc_rdoc *doc, FILE *out)
{
  size_t n;
  const esc_rfunc **fns = esc_project_functions (doc, &n);
  fn_ref *refs = esc_xcalloc (n + 1, sizeof (fn_ref));
  for (size_t i = 0; i < n; i++)
    {
      refs[i].fn = fns[i];
      refs[i].suppressed = suppressed_count (fns[i]);
    }
  free (fns);

  esc_table tab;
  if (n > 1)
    qsort (refs, n, sizeof *refs, by_findings);
  esc_table_init (&tab, 7, 0x7cu);
  esc_table_add (&tab, "FUNCTION");
  esc_table_add (&tab, "DEFINED AT");
  esc_table_add (&tab, "FINDINGS");
  esc_table_add (&tab, "SUPPRESSED");
  esc_table_add (&tab, "HINTS");
  esc_table_add (&tab, "ESCAPING");
  esc_table_add (&tab, "NOT ESCAPING");
  for (size_t i = 0; i < n && (refs[i].fn->nfindings || refs[i].fn->nhints);
       i++)
    {
      add_function_cells (&tab, refs[i].fn);
      esc_table_add (&tab, "%zu", refs[i].fn->nfindings);
      esc_table_add (&tab, "%zu", refs[i].suppressed);
      esc_table_add (&tab, "%zu", refs[i].fn->nhints);
      esc_table_add (&tab, "%llu", (unsigned long long) refs[i].fn->escaping);
      esc_table_add (&tab, "%llu",
		     (unsigned long long) refs[i].fn->not_escaping);
    }
  print_table (&tab, "Findings and hints by function", out);

  if (n > 1)
    qsort (refs, n, sizeof *refs, by_escaping);
  esc_table_init (&tab, 5, 0x1cu);
  esc_table_add (&tab, "FUNCTION");
  esc_table_add (&tab, "DEFINED AT");
  esc_table_add (&tab, "ESCAPING");
  esc_table_add (&tab, "AUTOMATIC");
  esc_table_add (&tab, "ADDRESS TAKEN");
  for (size_t i = 0; i < n && i < TOP_FUNCTIONS && refs[i].fn->escaping; i++)
    {
      add_function_cells (&tab, refs[i].fn);
      esc_table_add (&tab, "%llu", (unsigned long long) refs[i].fn->escaping);
      esc_table_add (&tab, "%llu", (unsigned long long) refs[i].fn->automatic);
      esc_table_add (&tab, "%llu",
		     (unsigned long long) refs[i].fn->address_taken);
    }
  print_table (&tab, "Top functions by escaping objects", out);
  free (refs);
}

/* The summary command: a headline and the five tables.  */
int
esc_cmd_summary (const esc_rdoc *doc, FILE *out)
{
  esc_rtotals t;
  esc_project_totals (doc, &t);
  fprintf (out,
	   "gcc-escape report: %zu unit%s, %llu function%s, %llu finding%s "
	   "(%llu suppressed, %llu duplicate%s dropped), %llu heap-to-stack "
	   "hint%s\n",
	   doc->nunits, doc->nunits == 1 ? "" : "s",
	   (unsigned long long) t.functions, t.functions == 1 ? "" : "s",
	   (unsigned long long) t.findings, t.findings == 1 ? "" : "s",
	   (unsigned long long) t.suppressed,
	   (unsigned long long) doc->duplicates,
	   doc->duplicates == 1 ? "" : "s", (unsigned long long) t.hints,
	   t.hints == 1 ? "" : "s");
  size_t nfiles;
  file_row *files = file_rows (doc, &nfiles);
  print_rules (doc, out);
  print_file_table (files, nfiles, 0, out);
  print_functions (doc, out);
  print_file_table (files, nfiles, 1, out);
  free (files);
  return fflush (out) == 0 ? ESC_EXIT_OK : ESC_EXIT_IO;
}
