/* gcc-escape: the per-translation-unit XML report and the baseline reader.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Plain C11 over libxml2, usable from C and C++, no GCC type.  The glue
   creates one report per translation unit, adds every solved function to
   it (the report copies what it keeps, so the function may be freed right
   after), and writes it once at the end of the unit.  The format is
   described by reports/escape.rng and docs/reports.md.  Implemented by
   the core (plugin/core/report.c) over the report library
   (escape/report_model.h, lib/report/), which the glue need not see.

   Writing is atomic: the document goes to a temporary file in the
   destination's directory, which is renamed over the destination only
   when complete, so parallel compilers never leave a torn or interleaved
   report.  Errors are returned as text (malloc'd; the caller frees it)
   for the glue to print as `error: escape: ...'.  */

#ifndef ESCAPE_REPORT_H
#define ESCAPE_REPORT_H

#include "escape/core.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct esc_report esc_report;

typedef struct esc_report_info
{
  const char *tool_version;  /* e.g. "0.2.0" */
  const char *gcc_version;   /* e.g. "12.2.0" */
  const char *tu;            /* the main input file as given to GCC */
  const char *object;        /* the output file, or NULL */
  const char *const *options; /* the options that matter, in order */
  size_t noptions;
  /* The verbose level (esc_options.verbose): the list of objects that do
     not escape is written from level 1; their counts always.  */
  int verbose;
} esc_report_info;

/* A new, empty report; INFO's strings are copied.  */
esc_report *esc_report_new (const esc_report_info *info);

/* Add solved function FN: its findings (suppressed ones too, marked),
   parameter summaries, objects and counts.  */
void esc_report_add_function (esc_report *report, const esc_fn *fn);

/* Write REPORT to PATH atomically.  Returns 0 on success; otherwise
   nonzero with *ERROR set to a message such as "cannot write report
   'x/y.escape.xml': No such file or directory".  */
int esc_report_write (const esc_report *report, const char *path,
		      char **error);

void esc_report_free (esc_report *report);

/* Load the fingerprints of a baseline (a file written by `escape-report
   baseline', or any per-TU or merged report) into UNIT.  Returns 0 on
   success; otherwise nonzero with *ERROR set ("cannot read baseline
   'b.xml': ...", "baseline 'b.xml' is not an escape report or baseline").  */
int esc_baseline_load (const char *path, esc_unit *unit, char **error);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_REPORT_H */
