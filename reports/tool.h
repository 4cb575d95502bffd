/* gcc-escape: private declarations of the escape-report tool.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   escape-report reads reports into the model of the report library
   (lib/report/, through its header escape/report_model.h only; nothing
   here includes a header of plugin/core/), merges them, and writes them
   out again as a merged report, a baseline, tables, SARIF, cppcheck XML,
   JUnit XML or an HTML page.  Every command works on a PROJECT: the model of all its
   input reports merged and deduplicated (main.c).  Outputs are written
   atomically; errors are printed once, by main, with the exit codes of
   the ESC_EXIT_* constants.  */

#ifndef ESCAPE_REPORT_TOOL_H
#define ESCAPE_REPORT_TOOL_H

#include "escape/report_model.h"

#include <stdio.h>

/* Exit codes.  */
#define ESC_EXIT_OK 0
#define ESC_EXIT_NEW 1   /* check: findings not in the baseline */
#define ESC_EXIT_USAGE 2 /* bad command line */
#define ESC_EXIT_IO 3    /* unreadable, malformed or invalid input;
			    unwritable output; schema not found */

/* What the tool knows about each rule beyond its name.  */
typedef struct esc_rule_meta
{
  const char *name;        /* "return" */
  const char *sarif_id;    /* "escape/return" */
  const char *sarif_name;  /* "ReturnOfStackAddress" */
  const char *cppcheck_id; /* "escapeReturn" */
  const char *short_desc;
  const char *full_desc;
  int cwe;
  const char *cwe_name;
  const char *cert;        /* "DCL30-C" */
  const char *misra;       /* "Rule 18.6" */
  const char *security_severity; /* SARIF's "security-severity": "7.5" */
  const char *problem_severity;  /* "error", "warning", "recommendation" */
} esc_rule_meta;

extern const esc_rule_meta esc_rule_metas[ESC_RULE_COUNT];
/* The heap-to-stack hints, which are not findings: SARIF's escape/hint,
   with no weakness (cwe 0, no CERT or MISRA id, no cppcheck id).  */
extern const esc_rule_meta esc_hint_meta;
/* The metadata of rule NAME, or NULL.  */
const esc_rule_meta *esc_rule_meta_find (const char *name);

/* A growable string.  */
typedef struct esc_sbuf
{
  char *s;
  size_t n, cap;
} esc_sbuf;

void esc_sbuf_add (esc_sbuf *b, const char *s, size_t n);
void esc_sbuf_puts (esc_sbuf *b, const char *s);
void esc_sbuf_printf (esc_sbuf *b, const char *fmt, ...)
#ifdef __GNUC__
  __attribute__ ((format (printf, 2, 3)))
#endif
  ;
/* S with &, <, >, " and ' escaped for HTML.  */
void esc_sbuf_html (esc_sbuf *b, const char *s);
/* S as a JSON string literal, quotes included.  */
void esc_sbuf_json (esc_sbuf *b, const char *s);
void esc_sbuf_free (esc_sbuf *b);
/* Write B to PATH atomically, or to standard output when PATH is NULL or
   "-".  Returns 0, or nonzero with *ERROR set.  */
int esc_sbuf_write (const esc_sbuf *b, const char *path, char **error);

/* "file:line:col" of POS into B ("<unknown>" without a file).  */
void esc_sbuf_pos (esc_sbuf *b, esc_rpos pos);

/* A table printed with aligned columns: cells are added row by row, the
   first row is the header.  */
typedef struct esc_table
{
  size_t ncols, ncells, ccells;
  char **cells;
  unsigned right; /* bit I: column I is right-aligned */
} esc_table;

void esc_table_init (esc_table *t, size_t ncols, unsigned right);
/* Add the next cell, printf style.  */
void esc_table_add (esc_table *t, const char *fmt, ...)
#ifdef __GNUC__
  __attribute__ ((format (printf, 2, 3)))
#endif
  ;
void esc_table_print (const esc_table *t, FILE *out);
void esc_table_free (esc_table *t);

/* The file: URI of directory DIR, an absolute path of this system,
   percent-encoded, ending in '/' (malloc'd).  */
char *esc_file_uri (const char *dir);

/* Commands.  Each returns an exit code and sets *ERROR for code 3.  */
int esc_cmd_summary (const esc_rdoc *doc, FILE *out);
/* SARIF: ROOT the source root (NULL: the working directory); DOCS_URI
   the base of the documentation links (NULL: ESCAPE_DOCS_URI, the
   installed docs); CATEGORY the run's automationDetails category (NULL:
   "gcc-escape").  */
int esc_cmd_export_sarif (const esc_rdoc *doc, const char *root,
			  const char *docs_uri, const char *category,
			  const char *out, char **error);
int esc_cmd_export_cppcheck (const esc_rdoc *doc, const char *out,
			     char **error);
int esc_cmd_export_junit (const esc_rdoc *doc, const char *out,
			  char **error);
int esc_cmd_html (const esc_rdoc *doc, const char *out, char **error);

/* The sums over the functions of UNIT, or of every unit of DOC, into *T.  */
void esc_unit_totals (const esc_runit *unit, esc_rtotals *t);
void esc_project_totals (const esc_rdoc *doc, esc_rtotals *t);
/* Every function of DOC in document order: a malloc'd array, *N long.  */
const esc_rfunc **esc_project_functions (const esc_rdoc *doc, size_t *n);

/* Call FN (FINDING, FUNC, UNIT, DATA) for every finding of DOC in order.  */
typedef void (*esc_finding_fn) (const esc_rfinding *, const esc_rfunc *,
				const esc_runit *, void *);
void esc_for_each_finding (const esc_rdoc *doc, esc_finding_fn fn,
			   void *data);

/* Call FN (HINT, FUNC, UNIT, DATA) for every hint of DOC in order.  */
typedef void (*esc_hint_fn) (const esc_rhint *, const esc_rfunc *,
			     const esc_runit *, void *);
void esc_for_each_hint (const esc_rdoc *doc, esc_hint_fn fn, void *data);

#endif /* ESCAPE_REPORT_TOOL_H */
