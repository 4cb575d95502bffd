/* gcc-escape: `escape-report export', to SARIF 2.1.0, cppcheck XML v2
   and JUnit XML.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   SARIF: one run; tool.driver lists the four rules with stable ids
   (escape/return, ...) and their CWE, CERT C and MISRA C mappings in
   properties; each finding is a result with the rule's index, a level
   from its severity, the sink as location with the function as logical
   location, the object's declaration as related location, the flow as a
   code flow of one thread flow, the fingerprint as partialFingerprints,
   and, when suppressed, a suppression (external for a baseline, inSource
   for an accepted finding).  Heap-to-stack hints follow the findings as
   results of a fifth rule, escape/hint, at level note (SARIF's "an
   opportunity to improve the code"), with the allocation as location;
   they carry no fingerprint, suppression or flow.  File names become
   URIs relative to the --root directory under uriBaseId SRCROOT, whose
   absolute URI is in run.originalUriBaseIds; absolute names outside the
   root stay absolute file:// URIs.

   cppcheck: one <error> per reported (not suppressed) finding, the sink
   as the first <location>, the declaration and the flow as further
   locations with their text in info=; severity error -> error, warning
   -> warning, note -> style.

   JUnit: a <testsuite> per source file (the file a function is defined
   in), a <testcase> per function; a function with reported findings
   fails, with every finding and its flow in the failure's text;
   suppressed findings are listed in <system-out>.

   Hints are not findings: cppcheck and JUnit leave them out.  */

#define _XOPEN_SOURCE 700

#include "tool.h"

/* The documentation's base URI when the tool found none (main.c looks
   for the installed docs beside the executable, then the source tree).  */
#ifndef ESCAPE_DOCS_URI
#define ESCAPE_DOCS_URI "file:///usr/local/share/doc/gcc-escape/"
#endif

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* ---------------------------------------------------------------------- */
/* A small pretty-printing JSON writer.  */

#define JSON_DEPTH 64

typedef struct json
{
  esc_sbuf *b;
  int depth;
  unsigned char first[JSON_DEPTH];
} json;

/* Start a new member KEY (NULL inside arrays): comma, newline, indent.  */
static void
j_key (json *j, const char *key)
{
  if (j->depth > 0)
    {
      if (!j->first[j->depth])
	esc_sbuf_puts (j->b, ",");
      j->first[j->depth] = 0;
      esc_sbuf_puts (j->b, "\n");
      for (int i = 0; i < j->depth; i++)
	esc_sbuf_puts (j->b, "  ");
    }
  if (key)
    {
      esc_sbuf_json (j->b, key);
      esc_sbuf_puts (j->b, ": ");
    }
}

/* Open an object ('{') or array ('[') as member KEY.  */
static void
j_open (json *j, const char *key, char c)
{
  j_key (j, key);
  esc_sbuf_add (j->b, &c, 1);
  if (j->depth + 1 < JSON_DEPTH)
    j->depth++;
  j->first[j->depth] = 1;
}

/* Close the innermost object or array with C.  */
static void
j_close (json *j, char c)
{
  int empty = j->first[j->depth];
  j->depth--;
  if (!empty)
    {
      esc_sbuf_puts (j->b, "\n");
      for (int i = 0; i < j->depth; i++)
	esc_sbuf_puts (j->b, "  ");
    }
  esc_sbuf_add (j->b, &c, 1);
}

/* Member KEY: string VALUE (nothing when VALUE is NULL).  */
static void
j_str (json *j, const char *key, const char *value)
{
  if (!value)
    return;
  j_key (j, key);
  esc_sbuf_json (j->b, value);
}

/* Member KEY: integer VALUE.  */
static void
j_int (json *j, const char *key, long long value)
{
  j_key (j, key);
  esc_sbuf_printf (j->b, "%lld", value);
}

/* Member KEY: {"text": TEXT}.  */
static void
j_message (json *j, const char *key, const char *text)
{
  j_open (j, key, '{');
  j_str (j, "text", text ? text : "");
  j_close (j, '}');
}

/* ---------------------------------------------------------------------- */
/* Artifacts and URIs.  */

typedef struct sarif_ctx
{
  json j;
  char *root;       /* absolute root directory, no trailing slash */
  char *root_given; /* as given, made absolute */
  char **uris;      /* sorted, unique; "R" or "A" prefix: relative/absolute */
  size_t nuris, curis;
  const char *docs;  /* base URI of the documentation, ending in '/' */
  /* The source file last read for columns: its name as in the report,
     its contents (NULL if unreadable) and length.  */
  char *src_name, *src;
  size_t src_len;
  size_t *src_lines;  /* the offset of each line's first byte */
  size_t src_nlines;
} sarif_ctx;

/* The value of hex digit C, or -1.  */
static int
hex_value (unsigned char c)
{
  return c >= '0' && c <= '9' ? c - '0'
	 : c >= 'a' && c <= 'f' ? c - 'a' + 10
	 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The byte the report's `\xHH' at P stands for, or -1.  The writer
   spells each byte of a file name that is not valid UTF-8 (or not a
   character XML allows) that way (esc_xml_sanitize).  */
static int
escaped_byte (const unsigned char *p)
{
  if (p[0] != '\\' || p[1] != 'x')
    return -1;
  int hi = hex_value (p[2]), lo = hi < 0 ? -1 : hex_value (p[3]);
  return lo < 0 ? -1 : hi * 16 + lo;
}

/* Append PATH to B percent-encoded as a URI path.  When PATH is a name
   from a report (REPORT_NAME), the bytes the report spells `\xHH' are
   encoded as themselves, so that a viewer decoding the URI finds the
   file by its real name; a path of this system is encoded as it is.  */
static void
uri_encode (esc_sbuf *b, const char *path, int report_name)
{
  static const char safe[] = "-._~/!$&'()*+,;=:@";
  for (const unsigned char *p = (const unsigned char *) path; *p; p++)
    {
      int e = report_name ? escaped_byte (p) : -1;
      if (e >= 0)
	{
	  esc_sbuf_printf (b, "%%%02X", (unsigned) e);
	  p += 3;
	}
      else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
	       || (*p >= '0' && *p <= '9') || strchr (safe, *p))
	esc_sbuf_add (b, (const char *) p, 1);
      else
	esc_sbuf_printf (b, "%%%02X", *p);
    }
}

char *
esc_file_uri (const char *dir)
{
  esc_sbuf b = { 0 };
  esc_sbuf_puts (&b, "file://");
  uri_encode (&b, dir, 0);
  if (b.s[b.n - 1] != '/')
    esc_sbuf_puts (&b, "/");
  return b.s;
}

/* PATH with the bytes the report spells `\xHH' as themselves (malloc'd):
   the name to open the file by.  */
static char *
real_name (const char *path)
{
  size_t n = strlen (path), o = 0;
  char *out = esc_xrealloc (NULL, n + 1);
  for (const unsigned char *p = (const unsigned char *) path; *p; p++)
    {
      int e = escaped_byte (p);
      if (e >= 0)
	out[o++] = (char) e, p += 3;
      else
	out[o++] = (char) *p;
    }
  out[o] = 0;
  return out;
}

/* The key of FILE's artifact: "R" + URI relative to the root, or "A" +
   absolute URI; malloc'd.  */
static char *
artifact_key (const sarif_ctx *c, const char *file)
{
  esc_sbuf b = { 0 };
  const char *rel = NULL;
  if (file[0] == '/')
    {
      const char *roots[2] = { c->root, c->root_given };
      for (int i = 0; i < 2 && !rel; i++)
	{
	  size_t n = strlen (roots[i]);
	  if (!strncmp (file, roots[i], n) && file[n] == '/')
	    rel = file + n + 1;
	}
    }
  else
    {
      rel = file;
      while (rel[0] == '.' && rel[1] == '/')
	rel += 2;
    }
  if (rel)
    {
      esc_sbuf_puts (&b, "R");
      uri_encode (&b, rel, 1);
    }
  else
    {
      esc_sbuf_puts (&b, "Afile://");
      uri_encode (&b, file, 1);
    }
  return b.s;
}

/* Order C strings.  */
static int
str_cmp (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Note FILE as an artifact.  */
static void
add_artifact (sarif_ctx *c, const char *file)
{
  if (!file)
    return;
  ESC_GROW (c->uris, c->nuris, c->curis);
  c->uris[c->nuris++] = artifact_key (c, file);
}

/* esc_for_each_finding callback: note every file finding F mentions.  */
static void
collect_artifacts (const esc_rfinding *f, const esc_rfunc *fn,
		   const esc_runit *u, void *data)
{
  (void) fn;
  (void) u;
  sarif_ctx *c = data;
  add_artifact (c, f->pos.file);
  add_artifact (c, f->obj_pos.file);
  for (size_t i = 0; i < f->nsteps; i++)
    add_artifact (c, f->steps[i].pos.file);
}

/* esc_for_each_hint callback: note the file of hint H.  */
static void
collect_hint_artifacts (const esc_rhint *h, const esc_rfunc *fn,
			const esc_runit *u, void *data)
{
  (void) fn;
  (void) u;
  add_artifact (data, h->pos.file);
}

/* The index of FILE's artifact.  */
static long
artifact_index (const sarif_ctx *c, const char *file)
{
  char *key = artifact_key (c, file);
  char **hit = bsearch (&key, c->uris, c->nuris, sizeof (char *), str_cmp);
  free (key);
  return hit ? (long) (hit - c->uris) : -1;
}

/* {"uri": ..., ["uriBaseId": "SRCROOT",] "index": N} as member KEY, for
   artifact key K.  */
static void
write_artifact_location (json *j, const char *key, const char *k, long index)
{
  j_open (j, key, '{');
  j_str (j, "uri", k + 1);
  if (k[0] == 'R')
    j_str (j, "uriBaseId", "SRCROOT");
  if (index >= 0)
    j_int (j, "index", index);
  j_close (j, '}');
}

/* Make FILE the source file C holds for columns: read it (relative names
   from the root) unless it is the one already held, and index the start
   of each of its lines.  A file that cannot be read (or is not a
   regular file) is held as unreadable.  */
static void
hold_source (sarif_ctx *c, const char *file)
{
  if (c->src_name && !strcmp (c->src_name, file))
    return;
  free (c->src_name);
  free (c->src);
  free (c->src_lines);
  c->src_name = esc_strprintf ("%s", file);
  c->src_lines = NULL;
  c->src_nlines = 0;
  char *name = real_name (file);
  char *path = name[0] == '/' ? esc_strprintf ("%s", name)
	       : esc_strprintf ("%s/%s", c->root, name);
  free (name);
  const char *why;
  c->src = esc_input_read (path, &c->src_len, &why);
  free (path);
  if (!c->src)
    return;
  size_t cap = 0;
  for (size_t i = 0; i <= c->src_len;)
    {
      ESC_GROW (c->src_lines, c->src_nlines, cap);
      c->src_lines[c->src_nlines++] = i;
      const char *nl = memchr (c->src + i, '\n', c->src_len - i);
      if (!nl)
	break;
      i = (size_t) (nl - c->src) + 1;
    }
}

/* The column, in Unicode code points from 1 (SARIF's columnKind
   unicodeCodePoints), of the byte column COLUMN (from 1, as GCC counts)
   of LINE of FILE; 0 when the source cannot be read or has no such
   byte, and the region then gives the line only.  */
static long
codepoint_column (sarif_ctx *c, const char *file, int line, int column)
{
  hold_source (c, file);
  if (!c->src || line < 1 || column < 1 || (size_t) line > c->src_nlines)
    return 0;
  size_t i = c->src_lines[line - 1];
  size_t end = i + (size_t) column - 1;
  if (end > c->src_len)
    return 0;
  long cp = 1;
  for (size_t k = i; k < end; k++)
    {
      if (c->src[k] == '\n')
	return 0;
      if (((unsigned char) c->src[k] & 0xc0) != 0x80)
	cp++;
    }
  return cp;
}

/* A location object at POS with MESSAGE (may be NULL) as member KEY (NULL
   in an array).  ID > 0 gives it an id; FUNCTION, a logical location.  */
static void
write_location (sarif_ctx *c, const char *key, esc_rpos pos,
		const char *message, int id, const char *function)
{
  json *j = &c->j;
  j_open (j, key, '{');
  if (id > 0)
    j_int (j, "id", id);
  if (pos.file)
    {
      long index = artifact_index (c, pos.file);
      j_open (j, "physicalLocation", '{');
      write_artifact_location (j, "artifactLocation", c->uris[index], index);
      if (pos.line > 0)
	{
	  j_open (j, "region", '{');
	  j_int (j, "startLine", pos.line);
	  long col = codepoint_column (c, pos.file, pos.line, pos.column);
	  if (col > 0)
	    j_int (j, "startColumn", col);
	  j_close (j, '}');
	}
      j_close (j, '}');
    }
  if (function)
    {
      j_open (j, "logicalLocations", '[');
      j_open (j, NULL, '{');
      j_str (j, "name", function);
      j_str (j, "kind", "function");
      j_close (j, '}');
      j_close (j, ']');
    }
  if (message)
    j_message (j, "message", message);
  j_close (j, '}');
}

/* ---------------------------------------------------------------------- */
/* SARIF.  */

/* The SARIF level of SEVERITY.  */
static const char *
sarif_level (const char *severity)
{
  if (severity && !strcmp (severity, "error"))
    return "error";
  if (severity && !strcmp (severity, "note"))
    return "note";
  return "warning";
}

/* tool.driver.rules[R] for M: a finding rule with its weakness
   classification, or the hint rule (cwe 0), a note about performance.  */
static void
write_sarif_rule (json *j, const esc_rule_meta *m, const char *docs)
{
  char buf[64];
  int weakness_p = m->cwe > 0;
  j_open (j, NULL, '{');
  j_str (j, "id", m->sarif_id);
  j_str (j, "name", m->sarif_name);
  j_message (j, "shortDescription", m->short_desc);
  j_message (j, "fullDescription", m->full_desc);
  /* A weakness links to its CWE entry; the hint to the plugin's docs.  */
  char *help_uri
    = weakness_p
      ? esc_strprintf ("https://cwe.mitre.org/data/definitions/%d.html",
		       m->cwe)
      : esc_strprintf ("%sreading.md#heap-to-stack-hints", docs);
  j_str (j, "helpUri", help_uri);
  free (help_uri);
  esc_sbuf help = { 0 };
  if (weakness_p)
    esc_sbuf_printf (&help, "%s\n\nCWE-%d: %s. CERT C: %s. MISRA C:2012 %s.",
		     m->full_desc, m->cwe, m->cwe_name, m->cert, m->misra);
  else
    esc_sbuf_puts (&help, m->full_desc);
  j_message (j, "help", help.s);
  esc_sbuf_free (&help);
  j_open (j, "defaultConfiguration", '{');
  j_str (j, "level", weakness_p ? "warning" : "note");
  j_close (j, '}');
  j_open (j, "properties", '{');
  j_open (j, "tags", '[');
  if (weakness_p)
    {
      j_str (j, NULL, "security");
      j_str (j, NULL, "correctness");
      snprintf (buf, sizeof buf, "external/cwe/cwe-%d", m->cwe);
      j_str (j, NULL, buf);
    }
  else
    j_str (j, NULL, "performance");
  j_close (j, ']');
  j_str (j, "precision", "high");
  j_str (j, "problem.severity", m->problem_severity);
  if (m->security_severity)
    j_str (j, "security-severity", m->security_severity);
  if (weakness_p)
    {
      snprintf (buf, sizeof buf, "CWE-%d", m->cwe);
      j_str (j, "cwe", buf);
      j_str (j, "cwe-name", m->cwe_name);
      j_str (j, "cert-c", m->cert);
      j_str (j, "misra-c-2012", m->misra);
    }
  j_close (j, '}');
  j_close (j, '}');
}

/* Open a result of rule ID (tool.driver.rules[INDEX]) at LEVEL with
   MESSAGE, located at POS in FUNCTION; the caller adds the rest and
   closes it.  */
static void
open_result (sarif_ctx *c, const char *id, int index, const char *level,
	     const char *message, esc_rpos pos, const char *function)
{
  json *j = &c->j;
  j_open (j, NULL, '{');
  j_str (j, "ruleId", id);
  j_int (j, "ruleIndex", index);
  j_str (j, "level", level);
  j_message (j, "message", message);
  j_open (j, "locations", '[');
  write_location (c, NULL, pos, NULL, 0, function);
  j_close (j, ']');
}

/* runs[0].results[I] for finding F of function FN.  */
static void
write_sarif_result (const esc_rfinding *f, const esc_rfunc *fn,
		    const esc_runit *u, void *data)
{
  (void) u;
  sarif_ctx *c = data;
  json *j = &c->j;
  int r = esc_rule_index (f->rule);
  if (r < 0)
    r = 0;
  open_result (c, esc_rule_metas[r].sarif_id, r, sarif_level (f->severity),
	       f->message, f->pos, f->function ? f->function : fn->name);

  char *declared = esc_strprintf ("'%s' declared here", f->obj_display);
  j_open (j, "relatedLocations", '[');
  write_location (c, NULL, f->obj_pos, declared, 1, NULL);
  j_close (j, ']');
  free (declared);

  if (f->nsteps)
    {
      j_open (j, "codeFlows", '[');
      j_open (j, NULL, '{');
      j_open (j, "threadFlows", '[');
      j_open (j, NULL, '{');
      j_open (j, "locations", '[');
      for (size_t i = 0; i < f->nsteps; i++)
	{
	  j_open (j, NULL, '{');
	  write_location (c, "location", f->steps[i].pos, f->steps[i].text, 0,
			  NULL);
	  j_open (j, "properties", '{');
	  j_str (j, "step", f->steps[i].kind);
	  j_close (j, '}');
	  j_close (j, '}');
	}
      j_close (j, ']');
      j_close (j, '}');
      j_close (j, ']');
      j_close (j, '}');
      j_close (j, ']');
    }

  j_open (j, "partialFingerprints", '{');
  j_str (j, "escapeFingerprint/v1", f->fingerprint);
  j_close (j, '}');

  if (f->suppressed)
    {
      int accepted = !strcmp (f->suppressed, "accepted");
      j_open (j, "suppressions", '[');
      j_open (j, NULL, '{');
      j_str (j, "kind", accepted ? "inSource" : "external");
      j_str (j, "status", "accepted");
      j_str (j, "justification",
	     f->reason ? f->reason
		       : accepted ? "accepted in the source"
				  : "in the baseline");
      j_close (j, '}');
      j_close (j, ']');
    }

  j_open (j, "properties", '{');
  j_str (j, "object", f->obj_display);
  j_str (j, "objectKind", f->obj_kind);
  j_str (j, "callee", f->callee);
  j_str (j, "target", f->target);
  j_close (j, '}');
  j_close (j, '}');
}

/* runs[0].results[I] for hint H of function FN: rule escape/hint, level
   note.  */
static void
write_sarif_hint (const esc_rhint *h, const esc_rfunc *fn,
		  const esc_runit *u, void *data)
{
  (void) u;
  sarif_ctx *c = data;
  json *j = &c->j;
  open_result (c, esc_hint_meta.sarif_id, ESC_RULE_COUNT, "note", h->text,
	       h->pos, fn->name);
  j_open (j, "properties", '{');
  j_str (j, "callee", h->callee);
  j_int (j, "size", h->size);
  j_close (j, '}');
  j_close (j, '}');
}

/* The absolute form of directory ROOT (default "."), both as resolved and
   as given; returns 0 or nonzero with *ERROR set.  */
static int
resolve_root (sarif_ctx *c, const char *root, char **error)
{
  const char *r = root && *root ? root : ".";
  char buf[PATH_MAX];
  if (!realpath (r, buf))
    {
      *error = esc_strprintf ("cannot use --root '%s': %s", r,
			      strerror (errno));
      return 1;
    }
  c->root = esc_strprintf ("%s", buf);
  if (r[0] == '/')
    c->root_given = esc_strprintf ("%s", r);
  else if (getcwd (buf, sizeof buf))
    c->root_given = esc_strprintf ("%s/%s", buf, r);
  else
    c->root_given = esc_strprintf ("%s", c->root);
  /* No trailing slashes, except for "/" itself.  */
  char *roots[2] = { c->root, c->root_given };
  for (int i = 0; i < 2; i++)
    {
      size_t n = strlen (roots[i]);
      while (n > 1 && roots[i][n - 1] == '/')
	roots[i][--n] = 0;
      if (n == 1)
	roots[i][0] = 0;
    }
  return 0;
}

/* Azure DevOps: when the export runs in a pipeline (TF_BUILD, with the
   pipeline's predefined variables), the run's automationDetails say
   which pipeline and job it is, as GitHub Advanced Security for Azure
   DevOps requires (its id azuredevops/pipeline/build/ORG/PROJECT/
   DEFINITION/PHASE/BRANCH/BUILD and four properties).  */

/* The first of the environment variables A and B that is set and not
   empty, or NULL.  */
static const char *
env2 (const char *a, const char *b)
{
  const char *v = getenv (a);
  if ((!v || !*v) && b)
    v = getenv (b);
  return v && *v ? v : NULL;
}

/* The organization of collection URI U (https://dev.azure.com/ORG/ or
   https://ORG.visualstudio.com/), malloc'd, or NULL.  */
static char *
ado_organization (const char *u)
{
  static const char *const dev[] = { "https://dev.azure.com/",
				     "https://vsrm.dev.azure.com/" };
  for (int i = 0; i < 2; i++)
    if (!strncmp (u, dev[i], strlen (dev[i])))
      {
	const char *o = u + strlen (dev[i]);
	size_t n = strcspn (o, "/");
	return n ? esc_strprintf ("%.*s", (int) n, o) : NULL;
      }
  if (!strncmp (u, "https://", 8))
    {
      const char *h = u + 8;
      size_t n = strcspn (h, "/.");
      const char *rest = h + n;
      if (n && (!strncmp (rest, ".visualstudio.com", 17)
		|| !strncmp (rest, ".vsrm.visualstudio.com", 22)))
	return esc_strprintf ("%.*s", (int) n, h);
    }
  return NULL;
}

/* Write run.automationDetails: the Azure DevOps pipeline's when the
   export runs in one, else CATEGORY's ("CATEGORY/").  */
static void
write_automation (json *j, const char *category)
{
  const char *tf = getenv ("TF_BUILD");
  const char *coll = env2 ("SYSTEM_COLLECTIONURI", NULL);
  const char *project = env2 ("SYSTEM_TEAMPROJECTID", NULL);
  const char *def = env2 ("BUILD_DEFINITIONID", "SYSTEM_DEFINITIONID");
  const char *defname = env2 ("BUILD_DEFINITIONNAME", NULL);
  const char *build = env2 ("BUILD_BUILDID", NULL);
  const char *phase = env2 ("SYSTEM_PHASEID", "SYSTEM_JOBID");
  const char *phasename = env2 ("SYSTEM_PHASENAME", "SYSTEM_JOBNAME");
  const char *branch = env2 ("BUILD_SOURCEBRANCH", NULL);
  char *org = coll ? ado_organization (coll) : NULL;
  long defid = def ? atol (def) : 0;
  j_open (j, "automationDetails", '{');
  if (tf && (!strcasecmp (tf, "true") || !strcmp (tf, "1")) && org && project
      && defid > 0 && defname && build && atol (build) > 0 && phase
      && phasename && branch)
    {
      char *id = esc_strprintf ("azuredevops/pipeline/build/%s/%s/%ld/%s/%s/%s",
				org, project, defid, phase, branch, build);
      j_str (j, "id", id);
      free (id);
      j_open (j, "properties", '{');
      char num[32];
      snprintf (num, sizeof num, "%ld", defid);
      /* A string, as the service reads it.  */
      j_str (j, "azuredevops/pipeline/build/buildDefinitionId", num);
      j_str (j, "azuredevops/pipeline/build/buildDefinitionName", defname);
      j_str (j, "azuredevops/pipeline/build/phaseId", phase);
      j_str (j, "azuredevops/pipeline/build/phaseName", phasename);
      j_close (j, '}');
    }
  else
    {
      /* CATEGORY/ without a run id: every run of one category compares
	 with the last, as code-scanning services do.  */
      char *id = esc_strprintf ("%s/", category && *category ? category
							     : "gcc-escape");
      j_str (j, "id", id);
      free (id);
    }
  j_close (j, '}');
  free (org);
}

/* Export DOC as SARIF 2.1.0 to OUT.  */
int
esc_cmd_export_sarif (const esc_rdoc *doc, const char *root,
		      const char *docs_uri, const char *category,
		      const char *out, char **error)
{
  sarif_ctx c;
  memset (&c, 0, sizeof c);
  esc_sbuf b = { 0 };
  c.j.b = &b;
  if (resolve_root (&c, root, error))
    return ESC_EXIT_IO;
  const char *docs = docs_uri && *docs_uri ? docs_uri : ESCAPE_DOCS_URI;
  size_t dn = strlen (docs);
  char *docs_dir = esc_strprintf ("%s%s", docs,
				  dn && docs[dn - 1] == '/' ? "" : "/");
  c.docs = docs_dir;
  esc_for_each_finding (doc, collect_artifacts, &c);
  esc_for_each_hint (doc, collect_hint_artifacts, &c);
  if (c.nuris > 1)
    qsort (c.uris, c.nuris, sizeof (char *), str_cmp);
  size_t n = 0;
  for (size_t i = 0; i < c.nuris; i++)
    if (n > 0 && !strcmp (c.uris[n - 1], c.uris[i]))
      free (c.uris[i]);
    else
      c.uris[n++] = c.uris[i];
  c.nuris = n;

  json *j = &c.j;
  j_open (j, NULL, '{');
  j_str (j, "$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/"
		       "errata01/os/schemas/sarif-schema-2.1.0.json");
  j_str (j, "version", "2.1.0");
  j_open (j, "runs", '[');
  j_open (j, NULL, '{');

  j_open (j, "tool", '{');
  j_open (j, "driver", '{');
  j_str (j, "name", "gcc-escape");
  j_str (j, "fullName", "gcc-escape: Go-style escape analysis for C");
  j_str (j, "version", doc->tool_version);
  char *info = esc_strprintf ("%srules.md", c.docs);
  j_str (j, "informationUri", info);
  free (info);
  j_open (j, "rules", '[');
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    write_sarif_rule (j, &esc_rule_metas[r], c.docs);
  write_sarif_rule (j, &esc_hint_meta, c.docs);
  j_close (j, ']');
  j_close (j, '}');
  j_close (j, '}');

  write_automation (j, category);

  char *base = esc_file_uri (c.root);
  j_open (j, "originalUriBaseIds", '{');
  j_open (j, "SRCROOT", '{');
  j_str (j, "uri", base);
  j_close (j, '}');
  j_close (j, '}');
  free (base);

  j_open (j, "artifacts", '[');
  for (size_t i = 0; i < c.nuris; i++)
    {
      j_open (j, NULL, '{');
      write_artifact_location (j, "location", c.uris[i], -1);
      j_str (j, "sourceLanguage", "c");
      j_close (j, '}');
    }
  j_close (j, ']');

  j_open (j, "results", '[');
  esc_for_each_finding (doc, write_sarif_result, &c);
  esc_for_each_hint (doc, write_sarif_hint, &c);
  j_close (j, ']');
  j_str (j, "columnKind", "unicodeCodePoints");
  j_close (j, '}');
  j_close (j, ']');
  j_close (j, '}');
  esc_sbuf_puts (&b, "\n");

  int rc = esc_sbuf_write (&b, out, error) ? ESC_EXIT_IO : ESC_EXIT_OK;
  esc_sbuf_free (&b);
  for (size_t i = 0; i < c.nuris; i++)
    free (c.uris[i]);
  free (c.uris);
  free (c.root);
  free (c.root_given);
  free (c.src_name);
  free (c.src);
  free (c.src_lines);
  free (docs_dir);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* cppcheck XML version 2.  */

/* The cppcheck severity of SEVERITY.  */
static const char *
cppcheck_severity (const char *severity)
{
  if (severity && !strcmp (severity, "error"))
    return "error";
  if (severity && !strcmp (severity, "note"))
    return "style";
  return "warning";
}

/* <location file= line= column= [info=]/>, nothing without a file.  */
static void
write_cppcheck_location (esc_xw *x, esc_rpos pos, const char *info)
{
  if (!pos.file)
    return;
  esc_xw_start (x, "location");
  esc_xw_attr (x, "file", pos.file);
  esc_xw_attr_int (x, "line", pos.line > 0 ? pos.line : 0);
  esc_xw_attr_int (x, "column", pos.column > 0 ? pos.column : 0);
  esc_xw_attr (x, "info", info);
  esc_xw_end (x);
}

/* <error ...> for finding F unless it is suppressed.  */
static void
write_cppcheck_error (const esc_rfinding *f, const esc_rfunc *fn,
		      const esc_runit *u, void *data)
{
  (void) fn;
  (void) u;
  esc_xw *x = data;
  const esc_rule_meta *m = esc_rule_meta_find (f->rule);
  if (f->suppressed || !m)
    return;
  esc_sbuf verbose = { 0 };
  esc_sbuf_puts (&verbose, f->message);
  for (size_t i = 0; i < f->nsteps; i++)
    esc_sbuf_printf (&verbose, "%s%s", i ? "; " : ". Flow: ",
		     f->steps[i].text);
  char *declared = esc_strprintf ("'%s' declared here", f->obj_display);
  esc_xw_start (x, "error");
  esc_xw_attr (x, "id", m->cppcheck_id);
  esc_xw_attr (x, "severity", cppcheck_severity (f->severity));
  esc_xw_attr (x, "msg", f->message);
  esc_xw_attr (x, "verbose", verbose.s);
  esc_xw_attr_int (x, "cwe", m->cwe);
  write_cppcheck_location (x, f->pos, NULL);
  write_cppcheck_location (x, f->obj_pos, declared);
  for (size_t i = 0; i < f->nsteps; i++)
    write_cppcheck_location (x, f->steps[i].pos, f->steps[i].text);
  esc_xw_text_element (x, "symbol", f->obj_name);
  esc_xw_end (x);
  free (declared);
  esc_sbuf_free (&verbose);
}

/* Export DOC as cppcheck XML version 2 to OUT.  */
int
esc_cmd_export_cppcheck (const esc_rdoc *doc, const char *out, char **error)
{
  esc_xw x;
  esc_xw_open (&x);
  esc_xw_start (&x, "results");
  esc_xw_attr (&x, "version", "2");
  esc_xw_start (&x, "cppcheck");
  char *version = esc_strprintf ("gcc-escape %s",
				 doc->tool_version ? doc->tool_version : "");
  esc_xw_attr (&x, "version", version);
  free (version);
  esc_xw_end (&x);
  esc_xw_start (&x, "errors");
  esc_for_each_finding (doc, write_cppcheck_error, &x);
  esc_xw_end (&x);
  esc_xw_end (&x);
  return esc_xw_finish (&x, out, NULL, error) ? ESC_EXIT_IO : ESC_EXIT_OK;
}

/* ---------------------------------------------------------------------- */
/* JUnit XML.  */

/* Counts of one function for JUnit.  */
typedef struct junit_fn
{
  const esc_rfunc *fn;
  size_t reported, suppressed;
} junit_fn;

/* Order by function position (so by file first).  */
static int
junit_fn_cmp (const void *a, const void *b)
{
  return esc_rfunc_cmp (((const junit_fn *) a)->fn,
			((const junit_fn *) b)->fn);
}

/* NAME="S.mmm" seconds for US microseconds.  */
static void
attr_seconds (esc_xw *x, const char *name, uint64_t us)
{
  char text[48];
  snprintf (text, sizeof text, "%llu.%03llu",
	    (unsigned long long) (us / 1000000),
	    (unsigned long long) (us / 1000 % 1000));
  esc_xw_attr (x, name, text);
}

/* "file:line:col: rule: message" and the flow of F into B.  */
static void
finding_text (esc_sbuf *b, const esc_rfinding *f, const char *prefix)
{
  esc_sbuf_puts (b, prefix);
  esc_sbuf_pos (b, f->pos);
  esc_sbuf_printf (b, ": %s: %s\n", f->rule, f->message);
  for (size_t i = 0; i < f->nsteps; i++)
    {
      esc_sbuf_puts (b, "    ");
      esc_sbuf_pos (b, f->steps[i].pos);
      esc_sbuf_printf (b, ": %s\n", f->steps[i].text);
    }
}

/* <testcase> for function R.  */
static void
write_testcase (esc_xw *x, const junit_fn *r, const char *file)
{
  const esc_rfunc *fn = r->fn;
  esc_xw_start (x, "testcase");
  esc_xw_attr (x, "name", fn->name);
  esc_xw_attr (x, "classname", file);
  attr_seconds (x, "time", fn->stats.solve_us);
  if (r->reported)
    {
      esc_sbuf text = { 0 }, types = { 0 };
      for (size_t i = 0; i < fn->nfindings; i++)
	{
	  const esc_rfinding *f = &fn->findings[i];
	  const esc_rule_meta *m = esc_rule_meta_find (f->rule);
	  if (f->suppressed)
	    continue;
	  finding_text (&text, f, "");
	  if (m && !strstr (types.s ? types.s : "", m->sarif_id))
	    esc_sbuf_printf (&types, "%s%s", types.n ? " " : "", m->sarif_id);
	}
      char *msg = esc_strprintf ("%zu escape finding%s in %s", r->reported,
				 r->reported == 1 ? "" : "s", fn->name);
      esc_xw_start (x, "failure");
      esc_xw_attr (x, "message", msg);
      esc_xw_attr (x, "type", types.s ? types.s : "escape");
      esc_xw_text (x, text.s);
      esc_xw_end (x);
      free (msg);
      esc_sbuf_free (&text);
      esc_sbuf_free (&types);
    }
  if (r->suppressed)
    {
      esc_sbuf text = { 0 };
      for (size_t i = 0; i < fn->nfindings; i++)
	if (fn->findings[i].suppressed)
	  {
	    char *p = esc_strprintf ("suppressed (%s): ",
				     fn->findings[i].suppressed);
	    finding_text (&text, &fn->findings[i], p);
	    free (p);
	  }
      esc_xw_text_element (x, "system-out", text.s);
      esc_sbuf_free (&text);
    }
  esc_xw_end (x);
}

/* <testsuite> for the functions R[0..N), all defined in FILE.  */
static void
write_testsuite (esc_xw *x, const junit_fn *r, size_t n, const char *file)
{
  size_t failures = 0;
  uint64_t us = 0;
  for (size_t i = 0; i < n; i++)
    {
      failures += r[i].reported != 0;
      us += r[i].fn->stats.solve_us;
    }
  esc_xw_start (x, "testsuite");
  esc_xw_attr (x, "name", file);
  esc_xw_attr_int (x, "tests", (long long) n);
  esc_xw_attr_int (x, "failures", (long long) failures);
  esc_xw_attr_int (x, "errors", 0);
  esc_xw_attr_int (x, "skipped", 0);
  attr_seconds (x, "time", us);
  for (size_t i = 0; i < n; i++)
    write_testcase (x, &r[i], file);
  esc_xw_end (x);
}

/* Export DOC as JUnit XML to OUT.  */
int
esc_cmd_export_junit (const esc_rdoc *doc, const char *out, char **error)
{
  size_t n, failures = 0;
  uint64_t us = 0;
  const esc_rfunc **fns = esc_project_functions (doc, &n);
  junit_fn *r = esc_xcalloc (n + 1, sizeof (junit_fn));
  for (size_t i = 0; i < n; i++)
    {
      r[i].fn = fns[i];
      for (size_t k = 0; k < fns[i]->nfindings; k++)
	if (fns[i]->findings[k].suppressed)
	  r[i].suppressed++;
	else
	  r[i].reported++;
      failures += r[i].reported != 0;
      us += fns[i]->stats.solve_us;
    }
  free (fns);
  if (n > 1)
    qsort (r, n, sizeof *r, junit_fn_cmp);

  esc_xw x;
  esc_xw_open (&x);
  esc_xw_start (&x, "testsuites");
  esc_xw_attr (&x, "name", "gcc-escape");
  esc_xw_attr_int (&x, "tests", (long long) n);
  esc_xw_attr_int (&x, "failures", (long long) failures);
  esc_xw_attr_int (&x, "errors", 0);
  attr_seconds (&x, "time", us);
  for (size_t i = 0; i < n;)
    {
      size_t k = i + 1;
      while (k < n && !esc_rfile_cmp (r[k].fn->pos.file, r[i].fn->pos.file))
	k++;
      write_testsuite (&x, r + i, k - i,
		       r[i].fn->pos.file ? r[i].fn->pos.file : "<unknown>");
      i = k;
    }
  esc_xw_end (&x);
  free (r);
  return esc_xw_finish (&x, out, NULL, error) ? ESC_EXIT_IO : ESC_EXIT_OK;
}
