/* gcc-escape: the report library: the in-memory model of an escape
   report, its XML writer and reader, and the fingerprints of baselines.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The public header of lib/report/, a library of its own that two
   programs link: the plugin (plugin/core/report.c fills the model from
   solved functions and writes it: escape/report.h) and the escape-report
   tool (reports/, which reads, merges and writes it).  Both use the
   library through this header only.  It depends on escape/util.h, on the
   rule names of escape/core.h (lib/util/rules.c) and on libxml2, never on
   the analysis core.  Plain C11, no GCC type; not installed.

   A report document (esc_rdoc) holds units; a unit holds functions; a
   function holds its pointer parameters' leaks, its findings with their
   flow steps, its heap-to-stack hints, the address-taken automatic
   objects that do not escape (listed only when the unit was compiled with
   verbose >= 1; counted always), and solver statistics.  The plugin
   fills the model from solved esc_fn's; the tool fills it from XML files
   (read.c); both write it with the same writer functions (write.c), one
   per element, so a per-TU report and a merged report have one format,
   described by reports/escape.rng.  Every string lives in the document's
   arena; names of kinds, rules and severities are the XML spellings
   ("local", "return", "warning").

   Text written to XML is first made valid: bytes that are not UTF-8, and
   characters XML 1.0 forbids (control characters other than tab, line
   feed and carriage return), are written as the four characters \xNN.  */

#ifndef ESCAPE_REPORT_MODEL_H
#define ESCAPE_REPORT_MODEL_H

#include "escape/core.h"
#include "escape/util.h"

#include <libxml/relaxng.h>
#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the format, the value of the root's version attribute.  */
#define ESC_REPORT_FORMAT "1"
#define ESC_REPORT_ROOT "escape-report"
#define ESC_BASELINE_ROOT "escape-baseline"

typedef struct esc_rpos
{
  const char *file; /* NULL when unknown */
  int line;         /* 0 when unknown */
  int column;
} esc_rpos;

typedef struct esc_rstep
{
  const char *kind; /* addr, copy, load, store, call-arg, call-ret, return */
  esc_rpos pos;
  const char *text;
} esc_rstep;

typedef struct esc_rfinding
{
  const char *rule;     /* return, store, queue, fnptr */
  const char *severity; /* note, warning, error */
  const char *function;
  esc_rpos pos;
  const char *obj_kind, *obj_name, *obj_display; /* name may be NULL */
  esc_rpos obj_pos;
  const char *message;
  const char *callee, *target;       /* may be NULL */
  const char *fingerprint;
  const char *suppressed, *reason;   /* may be NULL */
  size_t nsteps;
  esc_rstep *steps;
} esc_rfinding;

typedef struct esc_rleak
{
  const char *kind; /* result, param, escape */
  int level;
  /* Kind param: the receiving parameter, or -1 for the heap memory the
     function returns.  Not used for the other kinds.  */
  int to_param;
  const char *rule; /* kind escape: the rule callers report, else NULL */
  esc_rpos pos;
  const char *text;
} esc_rleak;

typedef struct esc_rparam
{
  int index;
  const char *name; /* may be NULL */
  int noescape_p;
  size_t nleaks;    /* 0: does not escape */
  esc_rleak *leaks;
} esc_rparam;

typedef struct esc_robj
{
  const char *kind, *name, *display;
  esc_rpos pos;
  int64_t size; /* -1 when unknown */
} esc_robj;

/* A heap allocation that could be an automatic object.  */
typedef struct esc_rhint
{
  const char *callee; /* "malloc", "calloc", ... */
  int64_t size;       /* bytes */
  esc_rpos pos;       /* the allocation call */
  const char *text;
} esc_rhint;

typedef struct esc_rstats
{
  uint64_t objects, nodes, constraints, iterations, collapsed, bad_calls;
  uint64_t solve_us; /* solver CPU time, microseconds */
} esc_rstats;

typedef struct esc_rfunc
{
  const char *name;
  int uid;
  esc_rpos pos;
  int nparams;
  size_t nptrparams;
  esc_rparam *params; /* pointer parameters only, by index */
  size_t nfindings;
  esc_rfinding *findings;
  size_t nhints;
  esc_rhint *hints;
  /* Automatic objects: all, address taken, escaping, and address taken
     but not escaping (the ones listed in LOCALS).  */
  uint64_t automatic, address_taken, escaping, not_escaping;
  size_t nlocals;
  esc_robj *locals;
  esc_rstats stats;
} esc_rfunc;

typedef struct esc_runit
{
  const char *tu, *object, *gcc_version; /* object, gcc_version may be NULL */
  int verbose;      /* the plugin's verbose level, or -1 when not known */
  size_t noptions;
  const char **options;
  size_t nfuncs, cfuncs;
  esc_rfunc *funcs;
} esc_runit;

typedef struct esc_rdoc
{
  const char *tool_version; /* may be NULL */
  int merged_p;
  uint64_t duplicates;      /* merged: findings dropped as duplicates */
  size_t nunits, cunits;
  esc_runit *units;
  esc_arena arena;
} esc_rdoc;

/* Sums over what an element contains, as <totals> writes them.  */
typedef struct esc_rtotals
{
  uint64_t units, functions, objects, constraints, findings, suppressed;
  uint64_t hints;
  uint64_t rule_findings[ESC_RULE_COUNT], rule_suppressed[ESC_RULE_COUNT];
  uint64_t solve_us;
} esc_rtotals;

/* ---------------------------------------------------------------------- */
/* model.c  */

/* A new empty document.  */
esc_rdoc *esc_rdoc_new (void);
void esc_rdoc_free (esc_rdoc *doc);
/* Append a zeroed unit / function.  */
esc_runit *esc_rdoc_add_unit (esc_rdoc *doc);
esc_rfunc *esc_runit_add_func (esc_runit *unit);

/* Order functions by file, line, column, name, uid.  */
int esc_rfunc_cmp (const void *a, const void *b);
/* Compare two possibly NULL file names, NULL first.  */
int esc_rfile_cmp (const char *a, const char *b);

/* Add FN's counts to T.  */
void esc_rtotals_add_func (esc_rtotals *t, const esc_rfunc *fn);
/* The rule index of NAME, or -1.  */
int esc_rule_index (const char *name);

/* ---------------------------------------------------------------------- */
/* write.c  */

/* S made valid for XML (see above), or NULL when S already is: then S
   itself may be used.  The result is malloc'd.  */
char *esc_xml_sanitize (const char *s);

/* Write DATA[0..LEN) to PATH atomically: a temporary file in PATH's
   directory renamed over PATH when complete; the temporary file is
   removed on any failure.  Returns 0, or nonzero with *ERROR set to
   "cannot write WHAT 'PATH': REASON" (WHAT may be NULL).  */
int esc_write_atomic (const char *path, const void *data, size_t len,
		      const char *what, char **error);

/* An XML document being written to memory, with the error latch: after
   the first failure every call does nothing, and esc_xw_finish says so.  */
typedef struct esc_xw
{
  xmlBufferPtr buf;
  xmlTextWriterPtr w;
  int failed;
} esc_xw;

void esc_xw_open (esc_xw *x);
void esc_xw_start (esc_xw *x, const char *element);
void esc_xw_end (esc_xw *x);
/* Attribute NAME="VALUE", sanitized; nothing when VALUE is NULL.  */
void esc_xw_attr (esc_xw *x, const char *name, const char *value);
void esc_xw_attr_int (esc_xw *x, const char *name, long long value);
void esc_xw_attr_ms (esc_xw *x, const char *name, uint64_t us);
/* Text content, sanitized.  */
void esc_xw_text (esc_xw *x, const char *text);
/* <ELEMENT>TEXT</ELEMENT>; nothing when TEXT is NULL.  */
void esc_xw_text_element (esc_xw *x, const char *element, const char *text);
/* End the document and write it to PATH atomically (to standard output
   when PATH is NULL or "-").  Returns 0, or nonzero with *ERROR set.
   Frees the writer either way.  */
int esc_xw_finish (esc_xw *x, const char *path, const char *what,
		   char **error);

/* The whole DOC as an escape report.  */
void esc_rdoc_write (esc_xw *x, const esc_rdoc *doc);

/* ---------------------------------------------------------------------- */
/* read.c  */

/* The error type of libxml2's structured error handlers: const since
   libxml2 2.12.  */
#if LIBXML_VERSION >= 21200
typedef const xmlError *esc_xml_error_ptr;
#else
typedef xmlError *esc_xml_error_ptr;
#endif

/* The first error a structured handler saw: its line (0 if none) and its
   text on one line (malloc'd), or NULL.  */
typedef struct esc_xml_first_error
{
  int line;
  char *text;
} esc_xml_first_error;

/* A structured error handler keeping the first error in DATA, an
   esc_xml_first_error.  */
void esc_xml_keep_first (void *data, esc_xml_error_ptr e);

/* The message of libxml2 error E on one line (malloc'd).  */
char *esc_xml_error_text (const xmlError *e);

/* The largest report or baseline read: a merged report of a large
   project is a few hundred megabytes.  */
#define ESC_INPUT_MAX_BYTES ((size_t) 1 << 30)
#define ESC_INPUT_MAX_TEXT "1 GiB"

/* The contents of PATH in a malloc'd buffer (*LEN bytes, then a byte to
   spare), or NULL with *WHY the reason (a static text) or, when *WHY is
   NULL, errno set.  Only a regular file is read: a FIFO would block and
   a device like /dev/zero never ends.  It is opened without blocking, so
   a FIFO is refused rather than waited on, and read up to
   ESC_INPUT_MAX_BYTES ("larger than 1 GiB").  */
char *esc_input_read (const char *path, size_t *len, const char **why);

/* Read and parse PATH, checking that its root is an escape report or
   baseline of format version 1, and validate it against SCHEMA if not
   NULL.  Returns the document, or NULL with *ERROR set ("cannot read
   WHAT 'PATH': ...", "WHAT 'PATH' is not well-formed XML: line N: ...",
   "... is not an escape report or baseline", "... is not valid against
   the schema: line N: ...").  Only a regular file of at most
   ESC_INPUT_MAX_BYTES is read ("cannot read WHAT 'PATH': not a regular
   file", a FIFO or a device; "...: larger than 1 GiB").  WHAT may be
   NULL.  */
xmlDocPtr esc_xml_load (const char *path, const char *what,
			xmlRelaxNGPtr schema, char **error);

/* Nonzero if the root of XDOC is a baseline (else it is a report).  */
int esc_xml_baseline_p (xmlDocPtr xdoc);

/* Append the units of report XDOC to DOC.  */
void esc_rdoc_read (esc_rdoc *doc, xmlDocPtr xdoc);

/* ---------------------------------------------------------------------- */
/* fingerprint.c  */

/* Call FN (DATA, FINGERPRINT) for each finding of XDOC, a report or a
   baseline.  Returns 0, or nonzero with *ERROR set when a fingerprint is
   malformed (PATH and WHAT name the file in the message).  */
int esc_xml_fingerprints (xmlDocPtr xdoc, const char *path, const char *what,
			  void (*fn) (void *, const char *), void *data,
			  char **error);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_REPORT_MODEL_H */
