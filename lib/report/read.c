/* gcc-escape: reading escape reports and baselines.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   esc_xml_load reads a file, parses it without touching the network, and
   checks its root; with a schema it also validates it.  Every failure
   comes back as one message naming the file: unreadable, not well-formed
   (with the parser's line and text), not an escape report or baseline,
   a format version this build does not read, or invalid against the
   schema (with the first error's line).

   esc_rdoc_read turns a loaded report into the model, one reader function
   per element, mirroring the writers of write.c.  It trusts the
   structure the schema checked (the tool always validates) but never
   crashes on a document that is not valid: missing attributes read as
   absent, numbers as 0.  The fingerprints of a baseline or report are
   read by fingerprint.c.  */

#define _XOPEN_SOURCE 700

#include "escape/report_model.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------------- */
/* Loading.  */

char *
esc_input_read (const char *path, size_t *len, const char **why)
{
  *why = NULL;
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return NULL;
  struct stat st;
  int err = 0;
  if (fstat (fd, &st) != 0)
    err = errno;
  else if (S_ISDIR (st.st_mode))
    err = EISDIR;
  else if (!S_ISREG (st.st_mode))
    *why = "not a regular file";
  else if ((uint64_t) st.st_size > ESC_INPUT_MAX_BYTES)
    *why = "larger than " ESC_INPUT_MAX_TEXT;
  else
    {
      int flags = fcntl (fd, F_GETFL);
      if (flags < 0 || fcntl (fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
	err = errno;
    }
  if (err || *why)
    {
      close (fd);
      errno = err;
      return NULL;
    }
  size_t n = 0, cap = (size_t) st.st_size + 1;
  char *buf = esc_xrealloc (NULL, cap);
  for (;;)
    {
      ssize_t got = read (fd, buf + n, cap - n);
      if (got < 0 && errno == EINTR)
	continue;
      if (got < 0)
	{
	  err = errno;
	  break;
	}
      if (got == 0)
	break;
      n += (size_t) got;
      if (n > ESC_INPUT_MAX_BYTES)
	{
	  *why = "larger than " ESC_INPUT_MAX_TEXT;
	  break;
	}
      if (n == cap)
	buf = esc_xrealloc (buf, cap *= 2);
    }
  close (fd);
  if (err || *why)
    {
      free (buf);
      errno = err;
      return NULL;
    }
  *len = n;
  return buf;
}

/* The text of libxml2 error E on one line (malloc'd): libxml2's messages
   may hold newlines ("... indicate encoding !\nBytes: 0xFF ..."); each
   run of line breaks and spaces becomes one space, none at the ends.  */
char *
esc_xml_error_text (const xmlError *e)
{
  const char *m = e && e->message ? e->message : "unknown error";
  size_t n = strlen (m);
  char *out = esc_xrealloc (NULL, n + 1);
  size_t o = 0;
  int space = 0;
  for (size_t i = 0; i < n; i++)
    {
      char c = m[i];
      if (c == '\n' || c == '\r' || c == ' ' || c == '\t')
	{
	  space = 1;
	  continue;
	}
      if (space && o > 0)
	out[o++] = ' ';
      space = 0;
      out[o++] = c;
    }
  out[o] = 0;
  return out;
}

/* Structured error handler: keep the first error in DATA, an
   esc_xml_first_error.  */
void
esc_xml_keep_first (void *data, esc_xml_error_ptr e)
{
  esc_xml_first_error *fe = data;
  if (fe->text || !e)
    return;
  fe->text = esc_xml_error_text (e);
  fe->line = e->line;
  if (fe->line <= 0 && e->node)
    fe->line = (int) xmlGetLineNo ((xmlNodePtr) e->node);
}

/* "WHAT 'PATH'" or "'PATH'" for messages; malloc'd.  */
static char *
named (const char *what, const char *path)
{
  return esc_strprintf ("%s%s'%s'", what ? what : "", what ? " " : "", path);
}

/* Read, parse, check the root of, and validate PATH.  */
xmlDocPtr
esc_xml_load (const char *path, const char *what, xmlRelaxNGPtr schema,
	      char **error)
{
  char *name = named (what, path);
  char *msg = NULL;
  size_t len = 0;
  const char *why = NULL;
  char *buf = esc_input_read (path, &len, &why);
  xmlDocPtr doc = NULL;
  if (!buf)
    msg = esc_strprintf ("cannot read %s: %s", name,
			 why ? why : strerror (errno));
  else
    {
      xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
      if (ctxt)
	doc = xmlCtxtReadMemory (ctxt, buf, (int) len, path, NULL,
				 XML_PARSE_NONET | XML_PARSE_NOERROR
				   | XML_PARSE_NOWARNING);
      if (!doc)
	{
	  const xmlError *e = ctxt ? xmlCtxtGetLastError (ctxt) : NULL;
	  char *t = esc_xml_error_text (e);
	  msg = esc_strprintf ("%s is not well-formed XML: line %d: %s", name,
			       e ? e->line : 0, t);
	  free (t);
	}
      if (ctxt)
	xmlFreeParserCtxt (ctxt);
      free (buf);
    }

  xmlNodePtr root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (doc && !msg
      && (!root || root->ns
	  || (!xmlStrEqual (root->name, BAD_CAST ESC_REPORT_ROOT)
	      && !xmlStrEqual (root->name, BAD_CAST ESC_BASELINE_ROOT))))
    msg = esc_strprintf ("%s is not an escape report or baseline (its root "
			 "element is <%s>)",
			 name, root ? (const char *) root->name : "");
  if (doc && !msg)
    {
      xmlChar *v = xmlGetProp (root, BAD_CAST "version");
      if (!v || !xmlStrEqual (v, BAD_CAST ESC_REPORT_FORMAT))
	msg = esc_strprintf ("%s has format version '%s'; this build reads "
			     "version " ESC_REPORT_FORMAT,
			     name, v ? (const char *) v : "");
      xmlFree (v);
    }
  if (doc && !msg && schema)
    {
      esc_xml_first_error fe = { 0, NULL };
      xmlRelaxNGValidCtxtPtr v = xmlRelaxNGNewValidCtxt (schema);
      int rc = -1;
      if (v)
	{
	  xmlRelaxNGSetValidStructuredErrors (v, esc_xml_keep_first, &fe);
	  rc = xmlRelaxNGValidateDoc (v, doc);
	  xmlRelaxNGFreeValidCtxt (v);
	}
      if (rc != 0)
	msg = esc_strprintf ("%s is not valid against the report schema: "
			     "line %d: %s",
			     name, fe.line,
			     fe.text ? fe.text : "validation failed");
      free (fe.text);
    }
  free (name);
  if (msg)
    {
      if (doc)
	xmlFreeDoc (doc);
      if (error)
	*error = msg;
      else
	free (msg);
      return NULL;
    }
  return doc;
}

/* Nonzero if XDOC is a baseline.  */
int
esc_xml_baseline_p (xmlDocPtr xdoc)
{
  xmlNodePtr root = xmlDocGetRootElement (xdoc);
  return root && xmlStrEqual (root->name, BAD_CAST ESC_BASELINE_ROOT);
}

/* ---------------------------------------------------------------------- */
/* Walking elements.  */

/* Nonzero if N is an element called NAME.  */
static int
is (xmlNodePtr n, const char *name)
{
  return n && n->type == XML_ELEMENT_NODE
	 && xmlStrEqual (n->name, BAD_CAST name);
}

/* The next element called NAME from N on (N included), or NULL.  */
static xmlNodePtr
next_named (xmlNodePtr n, const char *name)
{
  while (n && !is (n, name))
    n = n->next;
  return n;
}

/* The first child of N called NAME.  */
static xmlNodePtr
child (xmlNodePtr n, const char *name)
{
  return n ? next_named (n->children, name) : NULL;
}

#define FOR_CHILDREN(c, parent, name)                                       \
  for (xmlNodePtr c = child ((parent), (name)); c;                          \
       c = next_named (c->next, (name)))

/* The number of children of N called NAME.  */
static size_t
count (xmlNodePtr n, const char *name)
{
  size_t k = 0;
  FOR_CHILDREN (c, n, name)
    k++;
  return k;
}

/* Attribute NAME of N copied into DOC's arena, or NULL.  */
static const char *
get (esc_rdoc *doc, xmlNodePtr n, const char *name)
{
  xmlChar *v = n ? xmlGetProp (n, BAD_CAST name) : NULL;
  if (!v)
    return NULL;
  const char *s = esc_arena_strdup (&doc->arena, (const char *) v);
  xmlFree (v);
  return s;
}

/* Attribute NAME of N as an integer, or DFLT.  */
static long long
get_int (xmlNodePtr n, const char *name, long long dflt)
{
  xmlChar *v = n ? xmlGetProp (n, BAD_CAST name) : NULL;
  if (!v)
    return dflt;
  long long x = strtoll ((const char *) v, NULL, 10);
  xmlFree (v);
  return x;
}

/* Attribute NAME of N, milliseconds with decimals, as microseconds.  */
static uint64_t
get_us (xmlNodePtr n, const char *name)
{
  xmlChar *v = n ? xmlGetProp (n, BAD_CAST name) : NULL;
  if (!v)
    return 0;
  const char *p = (const char *) v;
  uint64_t us = 0;
  int frac = -1;
  for (; *p; p++)
    if (*p >= '0' && *p <= '9' && frac < 3)
      {
	us = us * 10 + (uint64_t) (*p - '0');
	if (frac >= 0)
	  frac++;
      }
    else if (*p == '.' && frac < 0)
      frac = 0;
  for (frac = frac < 0 ? 0 : frac; frac < 3; frac++)
    us *= 10;
  xmlFree (v);
  return us;
}

/* The text content of N in DOC's arena, or NULL if N is NULL.  */
static const char *
text (esc_rdoc *doc, xmlNodePtr n)
{
  if (!n)
    return NULL;
  xmlChar *v = xmlNodeGetContent (n);
  const char *s = esc_arena_strdup (&doc->arena, v ? (const char *) v : "");
  xmlFree (v);
  return s;
}

/* The position in N's file, line and column attributes.  */
static esc_rpos
get_pos (esc_rdoc *doc, xmlNodePtr n)
{
  esc_rpos p;
  p.file = get (doc, n, "file");
  p.line = (int) get_int (n, "line", 0);
  p.column = (int) get_int (n, "column", 0);
  return p;
}

/* An array of N elements of SIZE bytes in DOC's arena.  */
static void *
alloc (esc_rdoc *doc, size_t n, size_t size)
{
  void *p = esc_arena_alloc (&doc->arena, n * size + 1);
  memset (p, 0, n * size + 1);
  return p;
}

/* ---------------------------------------------------------------------- */
/* Readers, one per element.  */

/* <finding> into F.  */
static void
read_finding (esc_rdoc *doc, xmlNodePtr n, esc_rfinding *f)
{
  f->rule = get (doc, n, "rule");
  f->severity = get (doc, n, "severity");
  f->function = get (doc, n, "function");
  f->fingerprint = get (doc, n, "fingerprint");
  f->suppressed = get (doc, n, "suppressed");
  f->reason = get (doc, n, "reason");
  f->pos = get_pos (doc, child (n, "location"));
  xmlNodePtr o = child (n, "object");
  f->obj_kind = get (doc, o, "kind");
  f->obj_name = get (doc, o, "name");
  f->obj_display = get (doc, o, "display");
  f->obj_pos = get_pos (doc, o);
  f->message = text (doc, child (n, "message"));
  f->callee = text (doc, child (n, "callee"));
  f->target = text (doc, child (n, "target"));
  xmlNodePtr flow = child (n, "flow");
  f->nsteps = count (flow, "step");
  f->steps = alloc (doc, f->nsteps, sizeof (esc_rstep));
  size_t i = 0;
  FOR_CHILDREN (s, flow, "step")
    {
      f->steps[i].kind = get (doc, s, "kind");
      f->steps[i].pos = get_pos (doc, s);
      f->steps[i].text = text (doc, s);
      i++;
    }
}

/* <leak> into L.  */
static void
read_leak (esc_rdoc *doc, xmlNodePtr n, esc_rleak *l)
{
  l->kind = get (doc, n, "kind");
  l->level = (int) get_int (n, "level", 0);
  l->to_param = (int) get_int (n, "to-param", -1);
  l->rule = get (doc, n, "rule");
  l->pos = get_pos (doc, n);
  l->text = text (doc, n);
}

/* <param> into P.  */
static void
read_param (esc_rdoc *doc, xmlNodePtr n, esc_rparam *p)
{
  p->index = (int) get_int (n, "index", 0);
  p->name = get (doc, n, "name");
  p->noescape_p = xmlHasProp (n, BAD_CAST "noescape") != NULL;
  p->nleaks = count (n, "leak");
  p->leaks = alloc (doc, p->nleaks, sizeof (esc_rleak));
  size_t i = 0;
  FOR_CHILDREN (l, n, "leak")
    read_leak (doc, l, &p->leaks[i++]);
}

/* <hint> into H.  */
static void
read_hint (esc_rdoc *doc, xmlNodePtr n, esc_rhint *h)
{
  h->callee = get (doc, n, "callee");
  h->size = get_int (n, "size", 0);
  h->pos = get_pos (doc, n);
  h->text = text (doc, n);
}

/* <objects> into FN.  */
static void
read_objects (esc_rdoc *doc, xmlNodePtr n, esc_rfunc *fn)
{
  fn->automatic = (uint64_t) get_int (n, "automatic", 0);
  fn->address_taken = (uint64_t) get_int (n, "address-taken", 0);
  fn->escaping = (uint64_t) get_int (n, "escaping", 0);
  fn->not_escaping = (uint64_t) get_int (n, "not-escaping", 0);
  fn->nlocals = count (n, "object");
  fn->locals = alloc (doc, fn->nlocals, sizeof (esc_robj));
  size_t i = 0;
  FOR_CHILDREN (o, n, "object")
    {
      esc_robj *r = &fn->locals[i++];
      r->kind = get (doc, o, "kind");
      r->name = get (doc, o, "name");
      r->display = get (doc, o, "display");
      r->pos = get_pos (doc, o);
      r->size = get_int (o, "size", -1);
    }
}

/* <stats> into S.  */
static void
read_stats (xmlNodePtr n, esc_rstats *s)
{
  s->objects = (uint64_t) get_int (n, "objects", 0);
  s->nodes = (uint64_t) get_int (n, "nodes", 0);
  s->constraints = (uint64_t) get_int (n, "constraints", 0);
  s->iterations = (uint64_t) get_int (n, "iterations", 0);
  s->collapsed = (uint64_t) get_int (n, "collapsed", 0);
  s->bad_calls = (uint64_t) get_int (n, "bad-calls", 0);
  s->solve_us = get_us (n, "solve-ms");
}

/* <function> into FN.  */
static void
read_function (esc_rdoc *doc, xmlNodePtr n, esc_rfunc *fn)
{
  fn->name = get (doc, n, "name");
  if (!fn->name)
    fn->name = "";
  fn->uid = (int) get_int (n, "uid", -1);
  fn->pos = get_pos (doc, n);
  fn->nparams = (int) get_int (n, "params", 0);
  fn->nptrparams = count (n, "param");
  fn->params = alloc (doc, fn->nptrparams, sizeof (esc_rparam));
  size_t i = 0;
  FOR_CHILDREN (p, n, "param")
    read_param (doc, p, &fn->params[i++]);
  fn->nfindings = count (n, "finding");
  fn->findings = alloc (doc, fn->nfindings, sizeof (esc_rfinding));
  i = 0;
  FOR_CHILDREN (f, n, "finding")
    read_finding (doc, f, &fn->findings[i++]);
  fn->nhints = count (n, "hint");
  fn->hints = alloc (doc, fn->nhints, sizeof (esc_rhint));
  i = 0;
  FOR_CHILDREN (h, n, "hint")
    read_hint (doc, h, &fn->hints[i++]);
  read_objects (doc, child (n, "objects"), fn);
  read_stats (child (n, "stats"), &fn->stats);
}

/* <unit> into a new unit of DOC.  */
static void
read_unit (esc_rdoc *doc, xmlNodePtr n)
{
  esc_runit *u = esc_rdoc_add_unit (doc);
  u->tu = get (doc, n, "tu");
  if (!u->tu)
    u->tu = "";
  u->object = get (doc, n, "object");
  u->gcc_version = get (doc, n, "gcc-version");
  u->verbose = (int) get_int (n, "verbose", -1);
  xmlNodePtr opts = child (n, "options");
  u->noptions = count (opts, "option");
  u->options = alloc (doc, u->noptions, sizeof (const char *));
  size_t i = 0;
  FOR_CHILDREN (o, opts, "option")
    u->options[i++] = text (doc, o);
  FOR_CHILDREN (f, n, "function")
    read_function (doc, f, esc_runit_add_func (u));
}

/* Append the units of report XDOC to DOC.  */
void
esc_rdoc_read (esc_rdoc *doc, xmlDocPtr xdoc)
{
  xmlNodePtr root = xmlDocGetRootElement (xdoc);
  if (!doc->tool_version)
    doc->tool_version = get (doc, root, "tool-version");
  FOR_CHILDREN (u, root, "unit")
    read_unit (doc, u);
  /* A merged report's root totals say how many duplicates it dropped.  */
  doc->duplicates += (uint64_t) get_int (child (root, "totals"),
					 "duplicates", 0);
}
