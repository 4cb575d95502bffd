/* gcc-escape: escape-report, the command-line tool for escape reports.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every command reads its input reports (per-TU or merged) into one
   PROJECT: each input is read, checked against reports/escape.rng, and
   its units appended; then the units are sorted by translation unit, a
   unit given twice is kept once, a function seen in several units (a
   static inline function of a header) is kept in the first, and a
   finding whose fingerprint was already kept is dropped.  Dropped
   findings are counted as duplicates.  The commands then write the
   project as a merged report, a baseline, tables, or an export format.

   The schema is looked for, in order: --schema FILE, $ESCAPE_REPORT_SCHEMA,
   escape.rng beside the executable, ../share/gcc-escape/escape.rng from
   the executable's directory, and the source tree's reports/ directory
   the tool was built from.  */

#define _XOPEN_SOURCE 700

#include "tool.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ESCAPE_SCHEMA_DIR
#define ESCAPE_SCHEMA_DIR "reports"
#endif

#define PROGRAM "escape-report"

static const char usage_text[] =
  "Usage: " PROGRAM " [--schema FILE] COMMAND [OPTIONS] REPORT...\n"
  "\n"
  "Reads escape reports written by the gcc-escape plugin\n"
  "(-fplugin-arg-escape-xml), per translation unit or merged, checks them\n"
  "against the report schema, and merges them into one project: a function\n"
  "seen in several units is kept once, and so is a finding (by fingerprint).\n"
  "\n"
  "Commands:\n"
  "  merge REPORT... [-o OUT]\n"
  "      Write the project as one merged report (to standard output without\n"
  "      -o).\n"
  "  summary REPORT...\n"
  "      Print tables: findings by rule, findings by file, findings and\n"
  "      heap-to-stack hints by function, the top functions by escaping\n"
  "      objects, and hints by file.\n"
  "  check [--baseline FILE] REPORT...\n"
  "      List the findings that are new, one per line as\n"
  "      'file:line:col: rule: message', and exit 1 if there is any.  With\n"
  "      --baseline (a baseline or any report), new means not accepted in\n"
  "      the source and not in FILE; without it, new means not suppressed\n"
  "      when the report was written.\n"
  "  baseline REPORT... [-o OUT]\n"
  "      Write a baseline: the fingerprints of every finding that is not\n"
  "      accepted in the source.\n"
  "  export --format=sarif|cppcheck|junit [--root DIR] [-o OUT] REPORT...\n"
  "      SARIF 2.1.0 (file names relative to DIR, default the current\n"
  "      directory, under the uriBaseId SRCROOT; columns in code points\n"
  "      when the sources are readable there; hints as notes of rule\n"
  "      escape/hint; --docs-uri URI the base of the documentation links,\n"
  "      default the installed docs; --category NAME the run's\n"
  "      automationDetails category, default gcc-escape), cppcheck XML\n"
  "      version 2, or JUnit XML (a testsuite\n"
  "      per file, a testcase per function); hints are not findings, and\n"
  "      cppcheck and JUnit leave them out.\n"
  "  html REPORT... [-o OUT]\n"
  "      Write a self-contained HTML dashboard.\n"
  "\n"
  "Options:\n"
  "  -o, --output FILE   write there, atomically ('-': standard output)\n"
  "  --schema FILE       the report schema (default: see below)\n"
  "  -h, --help          print this help and exit\n"
  "  --version           print the version and exit\n"
  "\n"
  "Exit status:\n"
  "  0  success; for check, no new finding\n"
  "  1  check found new findings\n"
  "  2  usage error\n"
  "  3  an input is unreadable, not well-formed XML, not an escape report,\n"
  "     or invalid against the schema; an output cannot be written; the\n"
  "     schema cannot be found or loaded\n"
  "\n"
  "The schema escape.rng is looked for in --schema FILE, then\n"
  "$ESCAPE_REPORT_SCHEMA, then beside the executable, then in\n"
  "../share/gcc-escape/ from the executable's directory, then in\n"
  ESCAPE_SCHEMA_DIR ".\n";

#ifndef ESCAPE_VERSION
#define ESCAPE_VERSION "0.2.0"
#endif

/* Print "escape-report: error: MSG" and return CODE.  */
static int
fail (int code, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  fputs (PROGRAM ": error: ", stderr);
  vfprintf (stderr, fmt, ap);
  fputc ('\n', stderr);
  va_end (ap);
  if (code == ESC_EXIT_USAGE)
    fputs ("Try '" PROGRAM " --help' for more information.\n", stderr);
  return code;
}

/* Print ERROR (malloc'd) as an I/O failure, free it, return 3.  */
static int
fail_io (char *error)
{
  int rc = fail (ESC_EXIT_IO, "%s", error ? error : "unknown error");
  free (error);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* The schema.  */

/* Nonzero if PATH names a readable file.  */
static int
readable_p (const char *path)
{
  return access (path, R_OK) == 0;
}

/* The directory of the running executable (malloc'd), or NULL.  */
static char *
exe_dir (void)
{
  char exe[PATH_MAX];
  ssize_t n = readlink ("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return NULL;
  exe[n] = 0;
  char *slash = strrchr (exe, '/');
  if (slash)
    *slash = 0;
  return esc_strprintf ("%s", exe);
}

/* The first readable of the places a file the tool ships lives in:
   DIR/REL for each of the NREL names REL (DIR the executable's
   directory), then ESCAPE_SCHEMA_DIR/SRC (the source tree the tool was
   built from).  Returns it malloc'd, or NULL; when TRIED is not NULL it
   lists the places looked at before.  */
static char *
find_shipped (const char *const *rel, int nrel, const char *src,
	      esc_sbuf *tried)
{
  char *dir = exe_dir ();
  for (int i = 0; i <= nrel; i++)
    {
      if (i < nrel && !dir)
	continue;
      char *cand = i < nrel ? esc_strprintf ("%s/%s", dir, rel[i])
		   : esc_strprintf ("%s/%s", ESCAPE_SCHEMA_DIR, src);
      if (readable_p (cand))
	{
	  free (dir);
	  return cand;
	}
      if (tried)
	esc_sbuf_printf (tried, "%s%s", tried->n ? ", " : "", cand);
      free (cand);
    }
  free (dir);
  return NULL;
}

/* The base URI of the documentation SARIF links to (malloc'd): the docs
   installed beside the executable (PREFIX/share/doc/gcc-escape), else
   the docs/ of the source tree the tool was built from, else NULL.  */
static char *
find_docs (void)
{
  static const char *const rel[] = { "../share/doc/gcc-escape/rules.md" };
  char *rules = find_shipped (rel, 1, "../docs/rules.md", NULL);
  char *real = rules ? realpath (rules, NULL) : NULL;
  free (rules);
  if (!real)
    return NULL;
  *strrchr (real, '/') = 0;
  char *uri = esc_file_uri (real);
  free (real);
  return uri;
}

/* The schema's path, malloc'd, or NULL; *TRIED lists where it looked.  */
static char *
find_schema (const char *option, esc_sbuf *tried)
{
  if (option)
    return esc_strprintf ("%s", option);
  const char *env = getenv ("ESCAPE_REPORT_SCHEMA");
  if (env && *env)
    return esc_strprintf ("%s", env);
  static const char *const rel[] = { "escape.rng",
				     "../share/gcc-escape/escape.rng" };
  return find_shipped (rel, 2, "escape.rng", tried);
}

/* Load the schema, or return NULL with *ERROR set.  */
static xmlRelaxNGPtr
load_schema (const char *option, char **error)
{
  esc_sbuf tried = { 0 };
  char *path = find_schema (option, &tried);
  if (!path)
    {
      *error = esc_strprintf ("cannot find the report schema escape.rng "
			      "(looked in %s); use --schema FILE or set "
			      "ESCAPE_REPORT_SCHEMA",
			      tried.s ? tried.s : "nowhere");
      esc_sbuf_free (&tried);
      return NULL;
    }
  esc_sbuf_free (&tried);
  esc_xml_first_error fe = { 0, NULL };
  xmlRelaxNGPtr schema = NULL;
  if (!readable_p (path))
    fe.text = esc_strprintf ("not readable");
  else
    {
      /* The schema's own XML parser reports through the global handler,
	 the RelaxNG compiler through the context's: both keep the first
	 error, so that nothing is printed but the one line below.  */
      xmlSetStructuredErrorFunc (&fe, esc_xml_keep_first);
      xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewParserCtxt (path);
      if (pc)
	{
	  xmlRelaxNGSetParserStructuredErrors (pc, esc_xml_keep_first, &fe);
	  schema = xmlRelaxNGParse (pc);
	  xmlRelaxNGFreeParserCtxt (pc);
	}
      xmlSetStructuredErrorFunc (NULL, NULL);
    }
  if (!schema && fe.line > 0)
    *error = esc_strprintf ("cannot load the report schema '%s': line %d: "
			    "%s", path, fe.line, fe.text);
  else if (!schema)
    *error = esc_strprintf ("cannot load the report schema '%s': %s", path,
			    fe.text ? fe.text : "not a RelaxNG schema");
  free (fe.text);
  free (path);
  return schema;
}

/* ---------------------------------------------------------------------- */
/* The project.  */

/* A 64-bit hash of S[0..N), never 0.  */
static uint64_t
hash_key (uint64_t h, const char *s)
{
  h = esc_fnv1a (h, s ? s : "", s ? strlen (s) + 1 : 1);
  return h ? h : 1;
}

/* The identity of function FN: its position and name.  */
static uint64_t
func_key (const esc_rfunc *fn)
{
  char pos[48];
  snprintf (pos, sizeof pos, "%d:%d", fn->pos.line, fn->pos.column);
  uint64_t h = hash_key (ESC_FNV_INIT, fn->pos.file);
  h = hash_key (h, pos);
  return hash_key (h, fn->name);
}

/* The identity of a fingerprint.  */
static uint64_t
fingerprint_key (const char *fp)
{
  return hash_key (ESC_FNV_INIT ^ 0x5bd1e995u, fp);
}

/* Order units by translation unit, then object.  */
static int
unit_cmp (const void *pa, const void *pb)
{
  const esc_runit *a = pa, *b = pb;
  int c = strcmp (a->tu, b->tu);
  return c ? c : esc_rfile_cmp (a->object, b->object);
}

/* Sort DOC's units and functions and drop what is there twice.  */
static void
dedupe (esc_rdoc *doc)
{
  if (doc->nunits > 1)
    qsort (doc->units, doc->nunits, sizeof (esc_runit), unit_cmp);
  esc_hset funcs = { 0 }, fps = { 0 };
  size_t nu = 0;
  for (size_t u = 0; u < doc->nunits; u++)
    {
      esc_runit *unit = &doc->units[u];
      if (nu > 0 && unit_cmp (&doc->units[nu - 1], unit) == 0)
	{
	  /* The same unit twice: drop the copy.  */
	  for (size_t i = 0; i < unit->nfuncs; i++)
	    doc->duplicates += unit->funcs[i].nfindings;
	  free (unit->funcs);
	  continue;
	}
      if (unit->nfuncs > 1)
	qsort (unit->funcs, unit->nfuncs, sizeof (esc_rfunc), esc_rfunc_cmp);
      size_t nf = 0;
      for (size_t i = 0; i < unit->nfuncs; i++)
	{
	  esc_rfunc *fn = &unit->funcs[i];
	  if (!esc_hset_insert_p (&funcs, func_key (fn)))
	    {
	      doc->duplicates += fn->nfindings;
	      continue;
	    }
	  size_t k = 0;
	  for (size_t j = 0; j < fn->nfindings; j++)
	    if (!fn->findings[j].fingerprint
		|| esc_hset_insert_p (&fps,
				      fingerprint_key (fn->findings[j]
							 .fingerprint)))
	      fn->findings[k++] = fn->findings[j];
	    else
	      doc->duplicates++;
	  fn->nfindings = k;
	  unit->funcs[nf++] = *fn;
	}
      unit->nfuncs = nf;
      doc->units[nu++] = *unit;
    }
  doc->nunits = nu;
  esc_hset_free (&funcs);
  esc_hset_free (&fps);
}

/* Read the reports PATHS[0..N) into one project.  Returns it, or NULL
   with *ERROR set.  */
static esc_rdoc *
load_project (char **paths, size_t n, xmlRelaxNGPtr schema, char **error)
{
  esc_rdoc *doc = esc_rdoc_new ();
  doc->merged_p = 1;
  for (size_t i = 0; i < n; i++)
    {
      xmlDocPtr x = esc_xml_load (paths[i], NULL, schema, error);
      if (x && esc_xml_baseline_p (x))
	{
	  *error = esc_strprintf ("'%s' is a baseline, not a report",
				  paths[i]);
	  xmlFreeDoc (x);
	  x = NULL;
	}
      if (!x)
	{
	  esc_rdoc_free (doc);
	  return NULL;
	}
      esc_rdoc_read (doc, x);
      xmlFreeDoc (x);
    }
  dedupe (doc);
  return doc;
}

/* ---------------------------------------------------------------------- */
/* check and baseline.  */

/* esc_xml_fingerprints callback: add FP to the hash set DATA.  */
static void
add_fingerprint (void *data, const char *fp)
{
  esc_hset_insert_p ((esc_hset *) data, fingerprint_key (fp));
}

/* What check counts.  */
typedef struct check_state
{
  const esc_hset *baseline; /* NULL: no --baseline */
  size_t fresh, known, accepted;
} check_state;

/* Print finding F if it is new.  */
static void
check_one (const esc_rfinding *f, const esc_rfunc *fn, const esc_runit *u,
	   void *data)
{
  (void) fn;
  (void) u;
  check_state *st = data;
  int accepted = f->suppressed && !strcmp (f->suppressed, "accepted");
  int known = st->baseline
		? f->fingerprint
		    && esc_hset_has_p (st->baseline,
				       fingerprint_key (f->fingerprint))
		: f->suppressed != NULL;
  if (accepted)
    st->accepted++;
  else if (known)
    st->known++;
  else
    {
      st->fresh++;
      printf ("%s:%d:%d: %s: %s\n", f->pos.file ? f->pos.file : "<unknown>",
	      f->pos.line, f->pos.column, f->rule, f->message);
    }
}

/* The check command.  */
static int
cmd_check (const esc_rdoc *doc, const char *baseline, xmlRelaxNGPtr schema)
{
  esc_hset set = { 0 };
  check_state st = { NULL, 0, 0, 0 };
  if (baseline)
    {
      char *error = NULL;
      xmlDocPtr x = esc_xml_load (baseline, "baseline", schema, &error);
      if (!x)
	return fail_io (error);
      int rc = esc_xml_fingerprints (x, baseline, "baseline", add_fingerprint,
				     &set, &error);
      xmlFreeDoc (x);
      if (rc)
	{
	  esc_hset_free (&set);
	  return fail_io (error);
	}
      st.baseline = &set;
    }
  esc_for_each_finding (doc, check_one, &st);
  fflush (stdout);
  fprintf (stderr, PROGRAM ": %zu new finding%s (%zu known, %zu accepted)\n",
	   st.fresh, st.fresh == 1 ? "" : "s", st.known, st.accepted);
  esc_hset_free (&set);
  return st.fresh ? ESC_EXIT_NEW : ESC_EXIT_OK;
}

/* A finding of the baseline being written.  */
typedef struct base_entry
{
  const esc_rfinding *f;
} base_entry;

typedef struct base_list
{
  base_entry *v;
  size_t n, cap;
} base_list;

/* Collect finding F unless it is accepted in the source.  */
static void
base_collect (const esc_rfinding *f, const esc_rfunc *fn, const esc_runit *u,
	      void *data)
{
  (void) fn;
  (void) u;
  base_list *l = data;
  if (!f->fingerprint || (f->suppressed && !strcmp (f->suppressed, "accepted")))
    return;
  ESC_GROW (l->v, l->n, l->cap);
  l->v[l->n++].f = f;
}

/* Order baseline entries by file, function, rule, fingerprint: no line,
   so moving code does not change the baseline.  */
static int
base_cmp (const void *pa, const void *pb)
{
  const esc_rfinding *a = ((const base_entry *) pa)->f;
  const esc_rfinding *b = ((const base_entry *) pb)->f;
  int c = esc_rfile_cmp (a->pos.file, b->pos.file);
  if (!c)
    c = esc_rfile_cmp (a->function, b->function);
  if (!c)
    c = strcmp (a->rule, b->rule);
  return c ? c : strcmp (a->fingerprint, b->fingerprint);
}

/* <finding fingerprint= rule= function= object= file=>MESSAGE</finding>  */
static void
write_base_finding (esc_xw *x, const esc_rfinding *f)
{
  esc_xw_start (x, "finding");
  esc_xw_attr (x, "fingerprint", f->fingerprint);
  esc_xw_attr (x, "rule", f->rule);
  esc_xw_attr (x, "function", f->function);
  esc_xw_attr (x, "object", f->obj_display);
  esc_xw_attr (x, "file", f->pos.file);
  esc_xw_text (x, f->message);
  esc_xw_end (x);
}

/* The baseline command.  */
static int
cmd_baseline (const esc_rdoc *doc, const char *out)
{
  base_list l = { NULL, 0, 0 };
  esc_for_each_finding (doc, base_collect, &l);
  if (l.n > 1)
    qsort (l.v, l.n, sizeof (base_entry), base_cmp);
  esc_xw x;
  esc_xw_open (&x);
  esc_xw_start (&x, ESC_BASELINE_ROOT);
  esc_xw_attr (&x, "version", ESC_REPORT_FORMAT);
  esc_xw_attr (&x, "tool", "gcc-escape");
  esc_xw_attr (&x, "tool-version", doc->tool_version);
  for (size_t i = 0; i < l.n; i++)
    {
      /* Fingerprints are unique in a project; the same one twice (from
	 two findings that dedupe kept apart) is written once.  */
      if (i > 0 && !strcmp (l.v[i - 1].f->fingerprint, l.v[i].f->fingerprint))
	continue;
      write_base_finding (&x, l.v[i].f);
    }
  esc_xw_end (&x);
  free (l.v);
  char *error = NULL;
  if (esc_xw_finish (&x, out, NULL, &error))
    return fail_io (error);
  return ESC_EXIT_OK;
}

/* The merge command.  */
static int
cmd_merge (const esc_rdoc *doc, const char *out)
{
  esc_xw x;
  esc_xw_open (&x);
  esc_rdoc_write (&x, doc);
  char *error = NULL;
  if (esc_xw_finish (&x, out, NULL, &error))
    return fail_io (error);
  return ESC_EXIT_OK;
}

/* ---------------------------------------------------------------------- */
/* The command line.  */

enum command
{
  CMD_MERGE,
  CMD_SUMMARY,
  CMD_CHECK,
  CMD_BASELINE,
  CMD_EXPORT,
  CMD_HTML
};

static const char *const command_names[] = {
  "merge", "summary", "check", "baseline", "export", "html"
};

/* Which options each command takes.  */
#define OPT_OUT 1u
#define OPT_BASELINE 2u
#define OPT_FORMAT 4u
#define OPT_ROOT 8u
#define OPT_SARIF 16u
static const unsigned command_opts[] = {
  OPT_OUT, 0, OPT_BASELINE, OPT_OUT,
  OPT_OUT | OPT_FORMAT | OPT_ROOT | OPT_SARIF, OPT_OUT
};

typedef struct cli
{
  int command;
  const char *out, *baseline, *format, *root, *schema, *docs_uri, *category;
  char **inputs;
  size_t ninputs;
} cli;

/* If ARGV[*I] is option NAME ("--name" or "-n" style) with a value,
   store the value in *VALUE, advance *I, and return 1; return -1 if the
   value is missing, 0 if ARGV[*I] is not NAME.  */
static int
option_value (int argc, char **argv, int *i, const char *name,
	      const char **value)
{
  const char *a = argv[*i];
  size_t n = strlen (name);
  if (strncmp (a, name, n) != 0)
    return 0;
  if (a[n] == '=' && name[1] == '-')
    {
      *value = a + n + 1;
      return 1;
    }
  if (a[n] != 0)
    return 0;
  if (*i + 1 >= argc)
    return -1;
  *value = argv[++*i];
  return 1;
}

/* Parse the command line into C.  Returns -1 to go on, or an exit code
   (after --help or --version, or a usage error).  */
static int
parse_cli (int argc, char **argv, cli *c)
{
  memset (c, 0, sizeof *c);
  c->command = -1;
  c->inputs = esc_xcalloc ((size_t) argc + 1, sizeof (char *));
  int options_done = 0;
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (!options_done && a[0] == '-' && a[1] != 0)
	{
	  if (!strcmp (a, "--"))
	    {
	      options_done = 1;
	      continue;
	    }
	  if (!strcmp (a, "-h") || !strcmp (a, "--help"))
	    {
	      fputs (usage_text, stdout);
	      return ESC_EXIT_OK;
	    }
	  if (!strcmp (a, "--version"))
	    {
	      printf (PROGRAM " (gcc-escape) %s, report format %s\n",
		      ESCAPE_VERSION, ESC_REPORT_FORMAT);
	      return ESC_EXIT_OK;
	    }
	  static const struct
	  {
	    const char *name;
	    unsigned bit;
	    size_t field;
	  } opts[] = {
	    { "-o", OPT_OUT, offsetof (cli, out) },
	    { "--output", OPT_OUT, offsetof (cli, out) },
	    { "--baseline", OPT_BASELINE, offsetof (cli, baseline) },
	    { "--format", OPT_FORMAT, offsetof (cli, format) },
	    { "--root", OPT_ROOT, offsetof (cli, root) },
	    { "--docs-uri", OPT_SARIF, offsetof (cli, docs_uri) },
	    { "--category", OPT_SARIF, offsetof (cli, category) },
	    { "--schema", 0, offsetof (cli, schema) },
	  };
	  int matched = 0;
	  for (size_t k = 0; k < sizeof opts / sizeof opts[0] && !matched; k++)
	    {
	      const char *value = NULL;
	      int m = option_value (argc, argv, &i, opts[k].name, &value);
	      if (m < 0)
		return fail (ESC_EXIT_USAGE, "option '%s' needs a value",
			     opts[k].name);
	      if (m == 0)
		continue;
	      if (opts[k].bit && (c->command < 0
				  || !(command_opts[c->command] & opts[k].bit)))
		{
		  if (c->command < 0)
		    return fail (ESC_EXIT_USAGE,
				 "option '%s' must follow the command",
				 opts[k].name);
		  return fail (ESC_EXIT_USAGE,
			       "option '%s' does not apply to command %s",
			       opts[k].name, command_names[c->command]);
		}
	      *(const char **) ((char *) c + opts[k].field) = value;
	      matched = 1;
	    }
	  if (!matched)
	    return fail (ESC_EXIT_USAGE, "unknown option '%s'", a);
	  continue;
	}
      if (c->command < 0)
	{
	  for (size_t k = 0; k < sizeof command_names / sizeof (char *); k++)
	    if (!strcmp (a, command_names[k]))
	      c->command = (int) k;
	  if (c->command < 0)
	    return fail (ESC_EXIT_USAGE, "unknown command '%s'", a);
	  continue;
	}
      c->inputs[c->ninputs++] = argv[i];
    }
  if (c->command < 0)
    return fail (ESC_EXIT_USAGE, "no command given");
  if (c->ninputs == 0)
    return fail (ESC_EXIT_USAGE, "%s: no input report given",
		 command_names[c->command]);
  if (c->command == CMD_EXPORT && !c->format)
    return fail (ESC_EXIT_USAGE,
		 "export: --format=sarif|cppcheck|junit is required");
  if (c->command == CMD_EXPORT && strcmp (c->format, "sarif")
      && strcmp (c->format, "cppcheck") && strcmp (c->format, "junit"))
    return fail (ESC_EXIT_USAGE,
		 "export: unknown format '%s' (sarif, cppcheck or junit)",
		 c->format);
  if (c->command == CMD_EXPORT && strcmp (c->format, "sarif")
      && (c->docs_uri || c->category || c->root))
    return fail (ESC_EXIT_USAGE, "export: %s applies to --format=sarif only",
		 c->root ? "--root" : c->docs_uri ? "--docs-uri"
		 : "--category");
  if (c->docs_uri && !strstr (c->docs_uri, "://"))
    return fail (ESC_EXIT_USAGE,
		 "--docs-uri '%s' is not an absolute URI (e.g. "
		 "'https://example.org/gcc-escape/docs/')", c->docs_uri);
  if (c->category && (!*c->category || strchr (c->category, '/')))
    return fail (ESC_EXIT_USAGE,
		 "--category '%s' must be a non-empty name without '/'",
		 c->category);
  if (c->out && !*c->out)
    return fail (ESC_EXIT_USAGE, "empty output file name");
  return -1;
}

/* Run the command C on the loaded project DOC.  */
static int
run (const cli *c, const esc_rdoc *doc, xmlRelaxNGPtr schema)
{
  char *error = NULL;
  int rc = ESC_EXIT_OK;
  switch (c->command)
    {
    case CMD_MERGE:
      return cmd_merge (doc, c->out);
    case CMD_SUMMARY:
      return esc_cmd_summary (doc, stdout);
    case CMD_CHECK:
      return cmd_check (doc, c->baseline, schema);
    case CMD_BASELINE:
      return cmd_baseline (doc, c->out);
    case CMD_EXPORT:
      if (!strcmp (c->format, "sarif"))
	{
	  char *docs = c->docs_uri ? NULL : find_docs ();
	  rc = esc_cmd_export_sarif (doc, c->root, c->docs_uri ? c->docs_uri
							      : docs,
				     c->category, c->out, &error);
	  free (docs);
	}
      else if (!strcmp (c->format, "cppcheck"))
	rc = esc_cmd_export_cppcheck (doc, c->out, &error);
      else
	rc = esc_cmd_export_junit (doc, c->out, &error);
      break;
    case CMD_HTML:
      rc = esc_cmd_html (doc, c->out, &error);
      break;
    }
  return rc == ESC_EXIT_IO ? fail_io (error) : rc;
}

int
main (int argc, char **argv)
{
  cli c;
  int rc = parse_cli (argc, argv, &c);
  if (rc >= 0)
    {
      free (c.inputs);
      return rc;
    }
  char *error = NULL;
  xmlRelaxNGPtr schema = load_schema (c.schema, &error);
  if (!schema)
    {
      free (c.inputs);
      return fail_io (error);
    }
  esc_rdoc *doc = load_project (c.inputs, c.ninputs, schema, &error);
  if (!doc)
    rc = fail_io (error);
  else
    rc = run (&c, doc, schema);
  esc_rdoc_free (doc);
  xmlRelaxNGFree (schema);
  free (c.inputs);
  xmlCleanupParser ();
  return rc;
}
