/* gcc-escape: writing escape reports as XML, atomically.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   One writer function per element of reports/escape.rng, each writing
   what the model holds in the model's order (the producers sort it).
   Writes go through esc_xw, whose error latch makes every call after a
   failure a no-op; the latch is checked once, in esc_xw_finish.  The
   document is built in memory and written with esc_write_atomic, so a
   reader never sees a partial file and parallel writers never interleave.

   The only attribute that differs between two runs on the same input is
   solve-ms (CPU time); everything else is the same bytes every time.  */

#define _XOPEN_SOURCE 700

#include "escape/report_model.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------------- */
/* Making text valid.  */

/* The length of the valid UTF-8 sequence at S encoding a character XML 1.0
   allows, or 0.  */
static size_t
xml_char_len (const unsigned char *s)
{
  unsigned c = s[0];
  if (c < 0x80)
    return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
  size_t n;
  uint32_t cp, min;
  if ((c & 0xe0) == 0xc0)
    n = 2, cp = c & 0x1f, min = 0x80;
  else if ((c & 0xf0) == 0xe0)
    n = 3, cp = c & 0x0f, min = 0x800;
  else if ((c & 0xf8) == 0xf0)
    n = 4, cp = c & 0x07, min = 0x10000;
  else
    return 0;
  for (size_t i = 1; i < n; i++)
    {
      if ((s[i] & 0xc0) != 0x80)
	return 0;
      cp = cp << 6 | (s[i] & 0x3f);
    }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)
      || cp == 0xfffe || cp == 0xffff)
    return 0;
  return n;
}

/* S made valid for XML, or NULL if it already is.  */
char *
esc_xml_sanitize (const char *s)
{
  if (!s)
    return NULL;
  const unsigned char *p = (const unsigned char *) s;
  size_t bad = 0, len = 0;
  while (p[len])
    {
      size_t n = xml_char_len (p + len);
      if (n == 0)
	bad++, n = 1;
      len += n;
    }
  if (!bad)
    return NULL;
  char *out = esc_xrealloc (NULL, len + bad * 3 + 1);
  size_t o = 0;
  for (size_t i = 0; i < len;)
    {
      size_t n = xml_char_len (p + i);
      if (n == 0)
	{
	  snprintf (out + o, 5, "\\x%02x", p[i]);
	  o += 4;
	  i++;
	}
      else
	{
	  memcpy (out + o, p + i, n);
	  o += n;
	  i += n;
	}
    }
  out[o] = 0;
  return out;
}

/* ---------------------------------------------------------------------- */
/* Atomic files.  */

/* The name symbolic link PATH finally names (malloc'd): the links are
   followed one by one, so that a dangling link names the file it would
   create; PATH itself when it is not a link.  NULL with errno ELOOP after
   40 links.  */
static char *
follow_links (const char *path)
{
  char *cur = esc_strprintf ("%s", path);
  for (int depth = 0;; depth++)
    {
      struct stat st;
      if (lstat (cur, &st) != 0 || !S_ISLNK (st.st_mode))
	return cur;
      if (depth == 40)
	{
	  free (cur);
	  errno = ELOOP;
	  return NULL;
	}
      char link[4096];
      ssize_t n = readlink (cur, link, sizeof link - 1);
      if (n < 0)
	return cur;
      link[n] = 0;
      const char *slash = strrchr (cur, '/');
      char *next = link[0] == '/' || !slash
		   ? esc_strprintf ("%s", link)
		   : esc_strprintf ("%.*s/%s", (int) (slash - cur), cur, link);
      free (cur);
      cur = next;
    }
}

/* Write DATA[0..LEN) through the open descriptor FD; 0 or an errno.  */
static int
write_all (int fd, const void *data, size_t len)
{
  const char *p = data;
  while (len > 0)
    {
      ssize_t n = write (fd, p, len);
      if (n < 0 && errno != EINTR)
	return errno;
      if (n > 0)
	p += n, len -= (size_t) n;
    }
  return 0;
}

/* Write DATA[0..LEN) to the regular file PATH through a temporary file
   in its directory and a rename; *STEP names the step that failed.  The
   signals that end a build (SIGINT, SIGTERM, SIGHUP, SIGQUIT) are held
   from the temporary file's creation to its rename or removal, so an
   interrupted compiler never leaves a `.NAME.XXXXXX' behind: the signal
   is delivered once the file is complete or gone.  0 or an errno.  */
static int
replace_file (const char *path, const void *data, size_t len,
	      const char **step)
{
  const char *slash = strrchr (path, '/');
  size_t dirlen = slash ? (size_t) (slash - path) + 1 : 0;
  const char *base = path + dirlen;
  char *tmp = esc_strprintf ("%.*s.%s.XXXXXX", (int) dirlen, path, base);
  sigset_t hold, old;
  sigemptyset (&hold);
  sigaddset (&hold, SIGINT);
  sigaddset (&hold, SIGTERM);
  sigaddset (&hold, SIGHUP);
  sigaddset (&hold, SIGQUIT);
  sigprocmask (SIG_BLOCK, &hold, &old);
  int err = 0;
  int fd = mkstemp (tmp);
  if (fd < 0)
    err = errno;
  else
    {
      err = write_all (fd, data, len);
      /* mkstemp makes the file private; give it the usual mode.  */
      mode_t mask = umask (0);
      umask (mask);
      if (!err && fchmod (fd, 0666 & ~mask) != 0)
	err = errno;
      if (close (fd) != 0 && !err)
	err = errno;
      if (!err && rename (tmp, path) != 0)
	err = errno, *step = "rename";
      if (err)
	unlink (tmp);
    }
  sigprocmask (SIG_SETMASK, &old, NULL);
  free (tmp);
  return err;
}

/* Write DATA[0..LEN) into the character device or FIFO PATH, as a shell's
   `>' would (`xml=/dev/null', `-o /dev/stdout').  A FIFO that no process
   reads is refused (ENXIO) rather than waited for.  0 or an errno.  */
static int
write_through (const char *path, const void *data, size_t len)
{
  int fd = open (path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return errno;
  int err = 0;
  int flags = fcntl (fd, F_GETFL);
  if (flags < 0 || fcntl (fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
    err = errno;
  if (!err)
    err = write_all (fd, data, len);
  if (close (fd) != 0 && !err)
    err = errno;
  return err;
}

/* Write DATA[0..LEN) to PATH.  A regular file (or a new one) is replaced
   atomically, so readers and parallel writers never see a partial file;
   a symbolic link is kept and the file it names is replaced; a character
   device or a FIFO is written through; anything else (a directory, a
   block device, a socket) is refused, never replaced.  */
int
esc_write_atomic (const char *path, const void *data, size_t len,
		  const char *what, char **error)
{
  const char *step = NULL, *why = NULL;
  int err = 0;
  char *name = follow_links (path);
  struct stat st;
  if (!name)
    err = errno;
  else if (stat (name, &st) != 0)
    {
      if (errno == ENOENT)
	err = replace_file (name, data, len, &step);
      else
	err = errno;
    }
  else if (S_ISREG (st.st_mode))
    err = replace_file (name, data, len, &step);
  else if (S_ISDIR (st.st_mode))
    err = EISDIR;
  else if (S_ISCHR (st.st_mode) || S_ISFIFO (st.st_mode))
    {
      err = write_through (name, data, len);
      if (err == ENXIO && S_ISFIFO (st.st_mode))
	err = 0, why = "a FIFO that no process reads";
    }
  else
    why = "not a regular file, a character device or a FIFO";
  free (name);
  if (!err && !why)
    return 0;
  if (error)
    *error = esc_strprintf ("cannot write %s%s'%s': %s%s%s",
			    what ? what : "", what ? " " : "", path,
			    step ? step : "", step ? ": " : "",
			    why ? why : strerror (err));
  return 1;
}

/* ---------------------------------------------------------------------- */
/* The latched writer.  */

/* Begin a document in memory.  */
void
esc_xw_open (esc_xw *x)
{
  memset (x, 0, sizeof *x);
  x->buf = xmlBufferCreate ();
  x->w = x->buf ? xmlNewTextWriterMemory (x->buf, 0) : NULL;
  if (!x->w)
    {
      x->failed = 1;
      return;
    }
  xmlTextWriterSetIndent (x->w, 1);
  xmlTextWriterSetIndentString (x->w, BAD_CAST "  ");
  x->failed |= xmlTextWriterStartDocument (x->w, NULL, "UTF-8", NULL) < 0;
}

/* Open ELEMENT.  */
void
esc_xw_start (esc_xw *x, const char *element)
{
  if (!x->failed)
    x->failed = xmlTextWriterStartElement (x->w, BAD_CAST element) < 0;
}

/* Close the innermost element.  */
void
esc_xw_end (esc_xw *x)
{
  if (!x->failed)
    x->failed = xmlTextWriterEndElement (x->w) < 0;
}

/* NAME="VALUE" on the open element.  */
void
esc_xw_attr (esc_xw *x, const char *name, const char *value)
{
  if (x->failed || !value)
    return;
  char *clean = esc_xml_sanitize (value);
  x->failed = xmlTextWriterWriteAttribute (x->w, BAD_CAST name,
					   BAD_CAST (clean ? clean : value))
	      < 0;
  free (clean);
}

/* NAME="VALUE" for an integer.  */
void
esc_xw_attr_int (esc_xw *x, const char *name, long long value)
{
  char text[32];
  snprintf (text, sizeof text, "%lld", value);
  esc_xw_attr (x, name, text);
}

/* NAME="MS" for US microseconds, as milliseconds with three decimals
   (formatted by hand: no locale can change the decimal point).  */
void
esc_xw_attr_ms (esc_xw *x, const char *name, uint64_t us)
{
  char text[48];
  snprintf (text, sizeof text, "%llu.%03llu", (unsigned long long) (us / 1000),
	    (unsigned long long) (us % 1000));
  esc_xw_attr (x, name, text);
}

/* Character data.  */
void
esc_xw_text (esc_xw *x, const char *text)
{
  if (x->failed || !text)
    return;
  char *clean = esc_xml_sanitize (text);
  x->failed = xmlTextWriterWriteString (x->w, BAD_CAST (clean ? clean : text))
	      < 0;
  free (clean);
}

/* <ELEMENT>TEXT</ELEMENT>.  */
void
esc_xw_text_element (esc_xw *x, const char *element, const char *text)
{
  if (!text)
    return;
  esc_xw_start (x, element);
  esc_xw_text (x, text);
  esc_xw_end (x);
}

/* End the document and write it out.  */
int
esc_xw_finish (esc_xw *x, const char *path, const char *what, char **error)
{
  int rc = 0;
  if (!x->failed)
    x->failed = xmlTextWriterEndDocument (x->w) < 0;
  if (x->w)
    xmlFreeTextWriter (x->w);
  x->w = NULL;
  const char *shown = path && strcmp (path, "-") ? path : "<stdout>";
  if (x->failed)
    {
      if (error)
	*error = esc_strprintf ("cannot write %s%s'%s': the XML writer failed",
				what ? what : "", what ? " " : "", shown);
      rc = 1;
    }
  else if (shown != path)
    {
      const void *data = xmlBufferContent (x->buf);
      size_t len = (size_t) xmlBufferLength (x->buf);
      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
	{
	  if (error)
	    *error = esc_strprintf ("cannot write %s%s'%s': %s",
				    what ? what : "", what ? " " : "", shown,
				    strerror (errno));
	  rc = 1;
	}
    }
  else
    rc = esc_write_atomic (path, xmlBufferContent (x->buf),
			   (size_t) xmlBufferLength (x->buf), what, error);
  if (x->buf)
    xmlBufferFree (x->buf);
  x->buf = NULL;
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Elements.  */

/* The file, line and column attributes of POS.  */
static void
write_pos (esc_xw *x, esc_rpos pos)
{
  esc_xw_attr (x, "file", pos.file);
  esc_xw_attr_int (x, "line", pos.line > 0 ? pos.line : 0);
  esc_xw_attr_int (x, "column", pos.column > 0 ? pos.column : 0);
}

/* <step kind= file= line= column=>TEXT</step>  */
static void
write_step (esc_xw *x, const esc_rstep *s)
{
  esc_xw_start (x, "step");
  esc_xw_attr (x, "kind", s->kind);
  write_pos (x, s->pos);
  esc_xw_text (x, s->text);
  esc_xw_end (x);
}

/* <flow> with the steps of F, object first; nothing without steps.  */
static void
write_flow (esc_xw *x, const esc_rfinding *f)
{
  if (!f->nsteps)
    return;
  esc_xw_start (x, "flow");
  for (size_t i = 0; i < f->nsteps; i++)
    write_step (x, &f->steps[i]);
  esc_xw_end (x);
}

/* <object kind= name= display= file= line= column= [size=]/>  */
static void
write_object (esc_xw *x, const char *kind, const char *name,
	      const char *display, esc_rpos pos, int64_t size)
{
  esc_xw_start (x, "object");
  esc_xw_attr (x, "kind", kind);
  esc_xw_attr (x, "name", name);
  esc_xw_attr (x, "display", display);
  write_pos (x, pos);
  if (size >= 0)
    esc_xw_attr_int (x, "size", size);
  esc_xw_end (x);
}

/* <location file= line= column=/>  */
static void
write_location (esc_xw *x, esc_rpos pos)
{
  esc_xw_start (x, "location");
  write_pos (x, pos);
  esc_xw_end (x);
}

/* <finding ...> with its location, object, message, callee or target,
   and flow.  */
static void
write_finding (esc_xw *x, const esc_rfinding *f)
{
  esc_xw_start (x, "finding");
  esc_xw_attr (x, "rule", f->rule);
  esc_xw_attr (x, "severity", f->severity);
  esc_xw_attr (x, "function", f->function);
  esc_xw_attr (x, "fingerprint", f->fingerprint);
  esc_xw_attr (x, "suppressed", f->suppressed);
  esc_xw_attr (x, "reason", f->reason);
  write_location (x, f->pos);
  write_object (x, f->obj_kind, f->obj_name, f->obj_display, f->obj_pos, -1);
  esc_xw_text_element (x, "message", f->message);
  esc_xw_text_element (x, "callee", f->callee);
  esc_xw_text_element (x, "target", f->target);
  write_flow (x, f);
  esc_xw_end (x);
}

/* <leak kind= level= [to-param=] [rule=] file= line= column=>TEXT</leak>;
   to-param for kind param only, -1 for the heap memory the function
   returns.  */
static void
write_leak (esc_xw *x, const esc_rleak *l)
{
  esc_xw_start (x, "leak");
  esc_xw_attr (x, "kind", l->kind);
  esc_xw_attr_int (x, "level", l->level);
  if (l->kind && !strcmp (l->kind, "param"))
    esc_xw_attr_int (x, "to-param", l->to_param >= 0 ? l->to_param : -1);
  esc_xw_attr (x, "rule", l->rule);
  write_pos (x, l->pos);
  esc_xw_text (x, l->text);
  esc_xw_end (x);
}

/* <param index= [name=] [noescape="yes"]> with its leaks, or
   <does-not-escape/>.  */
static void
write_param (esc_xw *x, const esc_rparam *p)
{
  esc_xw_start (x, "param");
  esc_xw_attr_int (x, "index", p->index);
  esc_xw_attr (x, "name", p->name);
  if (p->noescape_p)
    esc_xw_attr (x, "noescape", "yes");
  if (!p->nleaks)
    {
      esc_xw_start (x, "does-not-escape");
      esc_xw_end (x);
    }
  for (size_t i = 0; i < p->nleaks; i++)
    write_leak (x, &p->leaks[i]);
  esc_xw_end (x);
}

/* <hint callee= size= file= line= column=>TEXT</hint>  */
static void
write_hint (esc_xw *x, const esc_rhint *h)
{
  esc_xw_start (x, "hint");
  esc_xw_attr (x, "callee", h->callee);
  esc_xw_attr_int (x, "size", h->size > 0 ? h->size : 0);
  write_pos (x, h->pos);
  esc_xw_text (x, h->text);
  esc_xw_end (x);
}

/* <objects automatic= address-taken= escaping= not-escaping=> listing
   the address-taken automatic objects that do not escape (when the
   model holds them: verbose >= 1).  */
static void
write_objects (esc_xw *x, const esc_rfunc *fn)
{
  esc_xw_start (x, "objects");
  esc_xw_attr_int (x, "automatic", (long long) fn->automatic);
  esc_xw_attr_int (x, "address-taken", (long long) fn->address_taken);
  esc_xw_attr_int (x, "escaping", (long long) fn->escaping);
  esc_xw_attr_int (x, "not-escaping", (long long) fn->not_escaping);
  for (size_t i = 0; i < fn->nlocals; i++)
    {
      const esc_robj *o = &fn->locals[i];
      write_object (x, o->kind, o->name, o->display, o->pos, o->size);
    }
  esc_xw_end (x);
}

/* <stats .../>  */
static void
write_stats (esc_xw *x, const esc_rstats *s)
{
  esc_xw_start (x, "stats");
  esc_xw_attr_int (x, "objects", (long long) s->objects);
  esc_xw_attr_int (x, "nodes", (long long) s->nodes);
  esc_xw_attr_int (x, "constraints", (long long) s->constraints);
  esc_xw_attr_int (x, "iterations", (long long) s->iterations);
  esc_xw_attr_int (x, "collapsed", (long long) s->collapsed);
  esc_xw_attr_int (x, "bad-calls", (long long) s->bad_calls);
  esc_xw_attr_ms (x, "solve-ms", s->solve_us);
  esc_xw_end (x);
}

/* <function name= uid= file= line= column= params=> and its content.  */
static void
write_function (esc_xw *x, const esc_rfunc *fn)
{
  esc_xw_start (x, "function");
  esc_xw_attr (x, "name", fn->name);
  esc_xw_attr_int (x, "uid", fn->uid);
  write_pos (x, fn->pos);
  esc_xw_attr_int (x, "params", fn->nparams);
  for (size_t i = 0; i < fn->nptrparams; i++)
    write_param (x, &fn->params[i]);
  for (size_t i = 0; i < fn->nfindings; i++)
    write_finding (x, &fn->findings[i]);
  for (size_t i = 0; i < fn->nhints; i++)
    write_hint (x, &fn->hints[i]);
  write_objects (x, fn);
  write_stats (x, &fn->stats);
  esc_xw_end (x);
}

/* <totals ...> with one <rule> per rule.  UNITS_P: T.units and
   DUPLICATES are written (the root of a merged report).  */
static void
write_totals (esc_xw *x, const esc_rtotals *t, int units_p,
	      uint64_t duplicates)
{
  esc_xw_start (x, "totals");
  if (units_p)
    esc_xw_attr_int (x, "units", (long long) t->units);
  esc_xw_attr_int (x, "functions", (long long) t->functions);
  esc_xw_attr_int (x, "objects", (long long) t->objects);
  esc_xw_attr_int (x, "constraints", (long long) t->constraints);
  esc_xw_attr_int (x, "findings", (long long) t->findings);
  esc_xw_attr_int (x, "suppressed", (long long) t->suppressed);
  if (units_p)
    esc_xw_attr_int (x, "duplicates", (long long) duplicates);
  esc_xw_attr_int (x, "hints", (long long) t->hints);
  esc_xw_attr_ms (x, "solve-ms", t->solve_us);
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    {
      esc_xw_start (x, "rule");
      esc_xw_attr (x, "name", esc_rule_name ((esc_rule) r));
      esc_xw_attr_int (x, "findings", (long long) t->rule_findings[r]);
      esc_xw_attr_int (x, "suppressed", (long long) t->rule_suppressed[r]);
      esc_xw_end (x);
    }
  esc_xw_end (x);
}

/* <options> with one <option> each.  */
static void
write_options (esc_xw *x, const esc_runit *u)
{
  esc_xw_start (x, "options");
  for (size_t i = 0; i < u->noptions; i++)
    esc_xw_text_element (x, "option", u->options[i]);
  esc_xw_end (x);
}

/* <unit tu= [object=] [gcc-version=] [verbose=]> with its functions and
   totals; adds them to *ALL.  */
static void
write_unit (esc_xw *x, const esc_runit *u, esc_rtotals *all)
{
  esc_rtotals t;
  memset (&t, 0, sizeof t);
  esc_xw_start (x, "unit");
  esc_xw_attr (x, "tu", u->tu);
  esc_xw_attr (x, "object", u->object);
  esc_xw_attr (x, "gcc-version", u->gcc_version);
  if (u->verbose >= 0)
    esc_xw_attr_int (x, "verbose", u->verbose);
  write_options (x, u);
  for (size_t i = 0; i < u->nfuncs; i++)
    {
      write_function (x, &u->funcs[i]);
      esc_rtotals_add_func (&t, &u->funcs[i]);
    }
  write_totals (x, &t, 0, 0);
  esc_xw_end (x);
  all->units++;
  all->functions += t.functions;
  all->objects += t.objects;
  all->constraints += t.constraints;
  all->findings += t.findings;
  all->suppressed += t.suppressed;
  all->hints += t.hints;
  all->solve_us += t.solve_us;
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    {
      all->rule_findings[r] += t.rule_findings[r];
      all->rule_suppressed[r] += t.rule_suppressed[r];
    }
}

/* <escape-report version= tool= [tool-version=] kind=> with the units
   and, for a merged report, the project's totals.  */
void
esc_rdoc_write (esc_xw *x, const esc_rdoc *doc)
{
  esc_rtotals all;
  memset (&all, 0, sizeof all);
  esc_xw_start (x, ESC_REPORT_ROOT);
  esc_xw_attr (x, "version", ESC_REPORT_FORMAT);
  esc_xw_attr (x, "tool", "gcc-escape");
  esc_xw_attr (x, "tool-version", doc->tool_version);
  esc_xw_attr (x, "kind", doc->merged_p ? "merged" : "unit");
  for (size_t i = 0; i < doc->nunits; i++)
    write_unit (x, &doc->units[i], &all);
  if (doc->merged_p)
    write_totals (x, &all, 1, doc->duplicates);
  esc_xw_end (x);
}
