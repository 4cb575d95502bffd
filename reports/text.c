/* gcc-escape: rule metadata, strings and tables for escape-report.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The rule table maps each rule to the ids and weakness classifications
   the export formats carry: CWE-562 (return of stack variable address)
   for `return'; CWE-825 (expired pointer dereference: what a stored or
   retained stack address becomes once the frame is gone) for the others;
   CERT C DCL30-C and MISRA C:2012 Rule 18.6 for all four.  The
   heap-to-stack hints have an entry of their own: SARIF carries them as
   notes of rule escape/hint, a performance opportunity, not a weakness.  */

#include "tool.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const esc_rule_meta esc_rule_metas[ESC_RULE_COUNT] = {
  { "return", "escape/return", "ReturnOfStackAddress", "escapeReturn",
    "Address of an automatic object is returned",
    "The address of an object with automatic storage (a local variable, an "
    "address-taken parameter, a compound literal, alloca or VLA storage) "
    "reaches the function's return value, directly or through copies, "
    "struct fields, casts or callees that return their argument.  The "
    "caller receives a dangling pointer.",
    562, "Return of Stack Variable Address", "DCL30-C", "Rule 18.6",
    "7.5", "error" },
  { "store", "escape/store", "StoreOfStackAddress", "escapeStore",
    "Address of an automatic object is stored where it outlives the frame",
    "The address of an object with automatic storage is stored into memory "
    "that outlives the function's frame: a global or static variable, a "
    "heap object reachable from one, or memory the caller owns.  Any use "
    "after the function returns dereferences an expired pointer.",
    825, "Expired Pointer Dereference", "DCL30-C", "Rule 18.6",
    "7.0", "error" },
  { "queue", "escape/queue", "StackAddressKeptByCallee", "escapeQueue",
    "Address of an automatic object is handed to a function that keeps it",
    "The address of an object with automatic storage is passed to a "
    "function that keeps it after returning: a function whose summary says "
    "the parameter escapes, a thread start, putenv, setvbuf, or a function "
    "declared as a sink.  The callee may use it after the frame is gone.",
    825, "Expired Pointer Dereference", "DCL30-C", "Rule 18.6",
    "6.5", "warning" },
  { "fnptr", "escape/fnptr", "StackAddressToUnknownCallee", "escapeFnptr",
    "Address of an automatic object is passed through a function pointer",
    "The address of an object with automatic storage is passed to a call "
    "through a function pointer whose callee cannot be known, and the "
    "parameter is not declared noescape: the callee may keep it.",
    825, "Expired Pointer Dereference", "DCL30-C", "Rule 18.6",
    "4.0", "warning" },
};

const esc_rule_meta esc_hint_meta = {
  "hint", "escape/hint", "HeapAllocationCouldBeAutomatic", NULL,
  "A heap allocation could be an automatic object",
  "A heap allocation (malloc, calloc, aligned_alloc) of a constant size "
  "within the stack limit (-fplugin-arg-escape-stack-limit, 4096 bytes by "
  "default) whose pointer does not escape the function and is freed on "
  "every path before it returns: an automatic object would do, without "
  "the allocator's cost or a failure path.  Go's compiler makes this "
  "choice itself; in C it is the programmer's.",
  0, NULL, NULL, NULL, NULL, "recommendation"
};

/* The metadata of rule NAME, or NULL.  */
const esc_rule_meta *
esc_rule_meta_find (const char *name)
{
  int r = esc_rule_index (name);
  return r < 0 ? NULL : &esc_rule_metas[r];
}

/* Call FN for every finding of DOC, in document order.  */
void
esc_for_each_finding (const esc_rdoc *doc, esc_finding_fn fn, void *data)
{
  for (size_t u = 0; u < doc->nunits; u++)
    for (size_t i = 0; i < doc->units[u].nfuncs; i++)
      {
	const esc_rfunc *f = &doc->units[u].funcs[i];
	for (size_t k = 0; k < f->nfindings; k++)
	  fn (&f->findings[k], f, &doc->units[u], data);
      }
}

/* Call FN for every hint of DOC, in document order.  */
void
esc_for_each_hint (const esc_rdoc *doc, esc_hint_fn fn, void *data)
{
  for (size_t u = 0; u < doc->nunits; u++)
    for (size_t i = 0; i < doc->units[u].nfuncs; i++)
      {
	const esc_rfunc *f = &doc->units[u].funcs[i];
	for (size_t k = 0; k < f->nhints; k++)
	  fn (&f->hints[k], f, &doc->units[u], data);
      }
}

/* The sums over UNIT's functions.  */
void
esc_unit_totals (const esc_runit *unit, esc_rtotals *t)
{
  memset (t, 0, sizeof *t);
  t->units = 1;
  for (size_t i = 0; i < unit->nfuncs; i++)
    esc_rtotals_add_func (t, &unit->funcs[i]);
}

/* The sums over every function of DOC.  */
void
esc_project_totals (const esc_rdoc *doc, esc_rtotals *t)
{
  memset (t, 0, sizeof *t);
  t->units = doc->nunits;
  for (size_t u = 0; u < doc->nunits; u++)
    for (size_t i = 0; i < doc->units[u].nfuncs; i++)
      esc_rtotals_add_func (t, &doc->units[u].funcs[i]);
}

/* Every function of DOC, in document order.  */
const esc_rfunc **
esc_project_functions (const esc_rdoc *doc, size_t *n)
{
  size_t k = 0;
  for (size_t u = 0; u < doc->nunits; u++)
    k += doc->units[u].nfuncs;
  const esc_rfunc **fns = esc_xcalloc (k + 1, sizeof (esc_rfunc *));
  k = 0;
  for (size_t u = 0; u < doc->nunits; u++)
    for (size_t i = 0; i < doc->units[u].nfuncs; i++)
      fns[k++] = &doc->units[u].funcs[i];
  *n = k;
  return fns;
}

/* ---------------------------------------------------------------------- */
/* Strings.  */

/* Append S[0..N) to B.  */
void
esc_sbuf_add (esc_sbuf *b, const char *s, size_t n)
{
  if (b->n + n + 1 > b->cap)
    {
      size_t nc = b->cap ? b->cap : 256;
      while (nc < b->n + n + 1)
	nc *= 2;
      b->s = esc_xrealloc (b->s, nc);
      b->cap = nc;
    }
  memcpy (b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}

/* Append S to B.  */
void
esc_sbuf_puts (esc_sbuf *b, const char *s)
{
  esc_sbuf_add (b, s, strlen (s));
}

/* Append printf output to B.  */
void
esc_sbuf_printf (esc_sbuf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (n <= 0)
    return;
  esc_sbuf_add (b, "", 0);
  if (b->n + (size_t) n + 1 > b->cap)
    {
      b->cap = b->n + (size_t) n + 1;
      b->s = esc_xrealloc (b->s, b->cap);
    }
  va_start (ap, fmt);
  vsnprintf (b->s + b->n, (size_t) n + 1, fmt, ap);
  va_end (ap);
  b->n += (size_t) n;
}

/* Append S escaped for HTML text and attribute values.  */
void
esc_sbuf_html (esc_sbuf *b, const char *s)
{
  for (const char *p = s ? s : ""; *p; p++)
    switch (*p)
      {
      case '&': esc_sbuf_puts (b, "&amp;"); break;
      case '<': esc_sbuf_puts (b, "&lt;"); break;
      case '>': esc_sbuf_puts (b, "&gt;"); break;
      case '"': esc_sbuf_puts (b, "&quot;"); break;
      case '\'': esc_sbuf_puts (b, "&#39;"); break;
      default: esc_sbuf_add (b, p, 1);
      }
}

/* Append S as a JSON string.  S is valid UTF-8 (it came through an XML
   parser); only quotes, backslashes and control characters need care.  */
void
esc_sbuf_json (esc_sbuf *b, const char *s)
{
  esc_sbuf_puts (b, "\"");
  for (const unsigned char *p = (const unsigned char *) (s ? s : ""); *p; p++)
    if (*p == '"' || *p == '\\')
      {
	char e[2] = { '\\', (char) *p };
	esc_sbuf_add (b, e, 2);
      }
    else if (*p == '\n')
      esc_sbuf_puts (b, "\\n");
    else if (*p == '\t')
      esc_sbuf_puts (b, "\\t");
    else if (*p < 0x20)
      esc_sbuf_printf (b, "\\u%04x", *p);
    else
      esc_sbuf_add (b, (const char *) p, 1);
  esc_sbuf_puts (b, "\"");
}

/* "file:line:col" of POS.  */
void
esc_sbuf_pos (esc_sbuf *b, esc_rpos pos)
{
  esc_sbuf_printf (b, "%s:%d:%d", pos.file ? pos.file : "<unknown>",
		   pos.line, pos.column);
}

/* Release B.  */
void
esc_sbuf_free (esc_sbuf *b)
{
  free (b->s);
  memset (b, 0, sizeof *b);
}

/* Write B to PATH (atomically) or standard output.  */
int
esc_sbuf_write (const esc_sbuf *b, const char *path, char **error)
{
  if (path && strcmp (path, "-"))
    return esc_write_atomic (path, b->s ? b->s : "", b->n, NULL, error);
  if (fwrite (b->s ? b->s : "", 1, b->n, stdout) != b->n
      || fflush (stdout) != 0)
    {
      *error = esc_strprintf ("cannot write '<stdout>'");
      return 1;
    }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Tables.  */

/* Start table T of NCOLS columns; RIGHT has bit I set for each
   right-aligned column.  */
void
esc_table_init (esc_table *t, size_t ncols, unsigned right)
{
  memset (t, 0, sizeof *t);
  t->ncols = ncols;
  t->right = right;
}

/* Add the next cell.  */
void
esc_table_add (esc_table *t, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  char *cell = esc_xrealloc (NULL, (size_t) (n > 0 ? n : 0) + 1);
  va_start (ap, fmt);
  vsnprintf (cell, (size_t) (n > 0 ? n : 0) + 1, fmt, ap);
  va_end (ap);
  ESC_GROW (t->cells, t->ncells, t->ccells);
  t->cells[t->ncells++] = cell;
}

/* Print T to OUT, two spaces of indent and two between columns.  */
void
esc_table_print (const esc_table *t, FILE *out)
{
  size_t width[32] = { 0 };
  size_t ncols = t->ncols < 32 ? t->ncols : 32;
  for (size_t i = 0; i < t->ncells; i++)
    {
      size_t c = i % t->ncols, w = strlen (t->cells[i]);
      if (c < ncols && w > width[c])
	width[c] = w;
    }
  for (size_t i = 0; i < t->ncells; i++)
    {
      size_t c = i % t->ncols;
      int w = c < ncols ? (int) width[c] : 0;
      int last = c + 1 == t->ncols || i + 1 == t->ncells;
      fputs (c == 0 ? "  " : "  ", out);
      if (t->right & (1u << c))
	fprintf (out, "%*s", w, t->cells[i]);
      else if (last)
	fputs (t->cells[i], out);
      else
	fprintf (out, "%-*s", w, t->cells[i]);
      if (last)
	fputc ('\n', out);
    }
}

/* Release T.  */
void
esc_table_free (esc_table *t)
{
  for (size_t i = 0; i < t->ncells; i++)
    free (t->cells[i]);
  free (t->cells);
  memset (t, 0, sizeof *t);
}
