/* gcc-escape: unit tests of the report writer and the baseline reader.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Builds functions with the core API the way the glue would, solves them,
   adds them to an esc_report and writes it into OUTDIR (the first
   argument); run.sh then validates every XML file written there against
   reports/escape.rng.  Covers: findings with flows, heap-to-stack hints,
   non-escaping address-taken objects (listed at verbose level 1, only
   counted at 0), accepted and baseline-suppressed findings, names with
   XML-special characters and bytes that are not UTF-8, atomic writes
   that fail (no file left behind), and every error of
   esc_baseline_load.  Prints "PASS: name" or
   "FAIL: name" per check; exits 1 on any failure.  */

#define _XOPEN_SOURCE 700

#include "escape/core.h"
#include "escape/report.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../unit/check.h"

static const char *outdir;

/* A position in FILE at LINE.  */
static esc_pos
P (const char *file, int line)
{
  esc_pos p = { file, line, 5, (uint64_t) line };
  return p;
}

/* OUTDIR/NAME, malloc'd.  */
static char *
out_path (const char *name)
{
  char *p = malloc (strlen (outdir) + strlen (name) + 2);
  sprintf (p, "%s/%s", outdir, name);
  return p;
}

/* The contents of PATH (malloc'd), or NULL.  */
static char *
slurp (const char *path)
{
  FILE *f = fopen (path, "rb");
  if (!f)
    return NULL;
  fseek (f, 0, SEEK_END);
  long n = ftell (f);
  fseek (f, 0, SEEK_SET);
  char *buf = malloc ((size_t) n + 1);
  size_t got = fread (buf, 1, (size_t) n, f);
  buf[got] = 0;
  fclose (f);
  return buf;
}

/* Write TEXT to OUTDIR/NAME; returns the path (malloc'd).  */
static char *
write_file (const char *name, const char *text)
{
  char *path = out_path (name);
  FILE *f = fopen (path, "wb");
  if (f)
    {
      fputs (text, f);
      fclose (f);
    }
  return path;
}

/* int *leak (void) { int x; int y; int *q = &y; *q = 1; return &x; }
   (Parameter summaries are tested end to end, through the plugin: the
   core's parameter binding is still changing.)  */
static esc_fn *
build_leak (esc_unit *unit)
{
  const char *file = "src/a.c";
  esc_fn *fn = esc_fn_new (unit, "leak", 1, P (file, 10), 0);
  esc_obj x = esc_obj_new (fn, ESC_OBJ_LOCAL, "x", P (file, 11), 4);
  esc_obj y = esc_obj_new (fn, ESC_OBJ_LOCAL, "y", P (file, 11), 4);
  esc_node t = esc_var_new (fn, "t"), q = esc_var_new (fn, "q");
  esc_addr (fn, q, y, 0, P (file, 12));
  esc_addr (fn, t, x, 0, P (file, 14));
  esc_return (fn, t, P (file, 14));
  esc_fn_solve (fn);
  return fn;
}

/* int scratch (void) { char *p = malloc (64); ...; free (p); }: the
   glue found a constant size and a free on every path, so the core hints
   that P could be automatic; a second allocation of 8192 bytes is over
   the stack limit and gets none.  */
static esc_fn *
build_scratch (esc_unit *unit)
{
  const char *file = "src/a.c";
  esc_fn *fn = esc_fn_new (unit, "scratch", 4, P (file, 30), 0);
  esc_node sizes[2] = { esc_var_new (fn, "p"), esc_var_new (fn, "q") };
  int64_t bytes[2] = { 64, 8192 };
  for (int i = 0; i < 2; i++)
    {
      esc_arg arg = { ESC_NONE, 1, bytes[i] };
      esc_call_info call;
      memset (&call, 0, sizeof call);
      call.callee = "malloc";
      call.callee_uid = -1;
      call.ret = sizes[i];
      call.args = &arg;
      call.nargs = 1;
      call.pos = P (file, 31 + i);
      call.alloc_size = bytes[i];
      call.alloc_flags = ESC_ALLOC_FREED;
      esc_call (fn, &call);
    }
  esc_fn_solve (fn);
  return fn;
}

/* The same shape with hostile names: XML specials and bytes that are not
   UTF-8 in the file, function and object names.  */
static esc_fn *
build_hostile (esc_unit *unit)
{
  const char *file = "dir/sp&cial<\x80>.c";
  esc_fn *fn = esc_fn_new (unit, "we<ird>&\"fn\xff", 2, P (file, 3), 0);
  esc_obj b = esc_obj_new (fn, ESC_OBJ_LOCAL, "b&<uf\xfe\x01", P (file, 4), 8);
  esc_node t = esc_var_new (fn, "t");
  esc_addr (fn, t, b, 0, P (file, 5));
  esc_return (fn, t, P (file, 5));
  esc_fn_solve (fn);
  return fn;
}

/* int *acc (void) { int z; return &z; }, accepted with REASON.  */
static esc_fn *
build_accepted (esc_unit *unit)
{
  const char *file = "src/b.c";
  esc_fn *fn = esc_fn_new (unit, "acc", 3, P (file, 20), 0);
  esc_obj z = esc_obj_new (fn, ESC_OBJ_LOCAL, "z", P (file, 21), 4);
  esc_fn_accept (fn, "caller copies it <at once> & never keeps it");
  esc_node t = esc_var_new (fn, "t");
  esc_addr (fn, t, z, 0, P (file, 22));
  esc_return (fn, t, P (file, 22));
  esc_fn_solve (fn);
  return fn;
}

/* Nonzero if directory OUTDIR/SUB holds a file whose name starts with
   PREFIX (a leftover temporary file).  */
static int
leftover_p (const char *sub, const char *prefix)
{
  char *dir = out_path (sub);
  DIR *d = opendir (dir);
  int found = 0;
  struct dirent *e;
  while (d && (e = readdir (d)))
    if (!strncmp (e->d_name, prefix, strlen (prefix)))
      found = 1;
  if (d)
    closedir (d);
  free (dir);
  return found;
}

/* Nonzero if esc_baseline_load on PATH fails with a message containing
   NEEDLE.  */
static int
load_fails_p (const char *path, const char *needle)
{
  esc_unit *u = esc_unit_new (NULL);
  char *err = NULL;
  int rc = esc_baseline_load (path, u, &err);
  int ok = rc != 0 && err && strstr (err, needle);
  if (!ok)
    printf ("  esc_baseline_load (%s): rc %d, '%s'\n", path, rc,
	    err ? err : "(no message)");
  free (err);
  esc_unit_free (u);
  return ok;
}

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: test_report OUTDIR\n");
      return 2;
    }
  outdir = argv[1];

  /* A unit with three functions; add them out of order.  */
  esc_unit *unit = esc_unit_new (NULL);
  const char *opts[] = { "-fplugin-arg-escape-xml", "-O2 & <more>" };
  esc_report_info info = { "0.2.0", "12.2.0", "src/a.c", "build/a.o",
			   opts, 2, 1 };
  esc_report *rep = esc_report_new (&info);
  esc_fn *fns[4] = { build_accepted (unit), build_hostile (unit),
		     build_leak (unit), build_scratch (unit) };
  char *leak_fp = NULL;
  const esc_finding *fs;
  CHECK ("leak has one finding", esc_fn_findings (fns[2], &fs) == 1);
  if (esc_fn_findings (fns[2], &fs) >= 1)
    leak_fp = strdup (fs[0].fingerprint);
  const esc_hint *hs;
  CHECK ("scratch has one hint", esc_fn_hints (fns[3], &hs) == 1);
  for (int i = 0; i < 4; i++)
    {
      esc_report_add_function (rep, fns[i]);
      esc_fn_free (fns[i]); /* the report must not need it any more */
    }

  char *path = out_path ("unit.escape.xml");
  char *err = NULL;
  CHECK ("write succeeds", esc_report_write (rep, path, &err) == 0 && !err);
  CHECK ("no temporary file left", !leftover_p ("", ".unit.escape.xml."));
  char *text = slurp (path);
  CHECK ("report written", text != NULL);
  if (!text)
    text = strdup ("");
  CHECK ("root element is versioned",
	 strstr (text, "<escape-report version=\"1\" tool=\"gcc-escape\" "
		       "tool-version=\"0.2.0\" kind=\"unit\">"));
  CHECK ("unit names tu, object and gcc",
	 strstr (text, "<unit tu=\"src/a.c\" object=\"build/a.o\" "
		       "gcc-version=\"12.2.0\" verbose=\"1\">"));
  CHECK ("options escaped", strstr (text, "<option>-O2 &amp; &lt;more&gt;"));
  /* Sorted by file: "dir/..." < "src/a.c" < "src/b.c".  */
  char *h = strstr (text, "<function name=\"we&lt;ird&gt;&amp;&quot;fn\\xff\"");
  char *l = strstr (text, "<function name=\"leak\"");
  char *a = strstr (text, "<function name=\"acc\"");
  CHECK ("hostile function name escaped", h != NULL);
  CHECK ("functions sorted by file", h && l && a && h < l && l < a);
  CHECK ("hostile file name escaped",
	 strstr (text, "file=\"dir/sp&amp;cial&lt;\\x80&gt;.c\""));
  CHECK ("control character escaped", strstr (text, "b&amp;&lt;uf\\xfe\\x01"));
  CHECK ("finding attributes",
	 strstr (text, "<finding rule=\"return\" severity=\"warning\" "
		       "function=\"leak\" fingerprint=\""));
  CHECK ("finding location",
	 strstr (text, "<location file=\"src/a.c\" line=\"14\" column=\"5\"/>"));
  CHECK ("finding object",
	 strstr (text, "<object kind=\"local\" name=\"x\" display=\"x\" "
		       "file=\"src/a.c\" line=\"11\" column=\"5\"/>"));
  CHECK ("finding flow", strstr (text, "<flow>")
			   && strstr (text, "<step kind=\"addr\" file=\"src/a.c\" "
					    "line=\"14\""));
  CHECK ("non-escaping address-taken object listed",
	 strstr (text, "<objects automatic=\"2\" address-taken=\"2\" "
		       "escaping=\"1\" not-escaping=\"1\">")
	   && strstr (text, "name=\"y\" display=\"y\""));
  CHECK ("accepted finding marked",
	 strstr (text, "suppressed=\"accepted\" reason=\"caller copies it "
		       "&lt;at once&gt; &amp; never keeps it\""));
  CHECK ("hint written",
	 strstr (text, "<hint callee=\"malloc\" size=\"64\" file=\"src/a.c\" "
		       "line=\"31\" column=\"5\">heap allocation of 64 bytes "
		       "by 'malloc' could be an automatic object: it does not "
		       "escape and is freed on every path</hint>"));
  CHECK ("no hint over the stack limit", !strstr (text, "size=\"8192\""));
  CHECK ("stats written", strstr (text, "<stats objects=\""));
  CHECK ("unit totals count hints",
	 strstr (text, "findings=\"3\" suppressed=\"1\" hints=\"1\" "));
  CHECK ("unit totals",
	 strstr (text, "<totals functions=\"4\"")
	   && strstr (text, "<rule name=\"return\" findings=\"3\" "
			    "suppressed=\"1\"/>"));
  free (text);

  /* Writing twice gives the same bytes but for solve-ms.  */
  char *path2 = out_path ("unit-again.escape.xml");
  CHECK ("second write succeeds", esc_report_write (rep, path2, NULL) == 0);
  free (path2);

  /* Unwritable destinations: a missing directory, a directory as the
     file, a path through a regular file.  */
  char *bad = out_path ("no/such/dir/x.escape.xml");
  err = NULL;
  CHECK ("missing directory fails", esc_report_write (rep, bad, &err) != 0);
  CHECK ("missing directory message",
	 err && strstr (err, "cannot write report '") && strstr (err, bad)
	   && strstr (err, "No such file or directory"));
  free (err);
  free (bad);
  char *isdir = out_path ("adir");
  mkdir (isdir, 0777);
  err = NULL;
  CHECK ("directory as destination fails",
	 esc_report_write (rep, isdir, &err) != 0 && err
	   && strstr (err, "cannot write report"));
  CHECK ("failed rename leaves no temporary file", !leftover_p ("", ".adir."));
  free (err);
  free (isdir);
  esc_report_free (rep);
  esc_unit_free (unit);

  /* Baseline round trip: load the report just written as a baseline; the
     same finding is then suppressed "baseline".  */
  esc_unit *unit2 = esc_unit_new (NULL);
  err = NULL;
  CHECK ("baseline from a report loads",
	 esc_baseline_load (path, unit2, &err) == 0 && !err);
  free (err);
  CHECK ("baseline has the fingerprint",
	 leak_fp && esc_unit_baseline_has_p (unit2, leak_fp));
  esc_fn *again = build_leak (unit2);
  CHECK ("baselined finding is suppressed",
	 esc_fn_findings (again, &fs) == 1 && fs[0].suppressed
	   && !strcmp (fs[0].suppressed, "baseline"));
  esc_report_info info2 = { NULL, NULL, "src/a.c", NULL, NULL, 0, 0 };
  esc_report *rep2 = esc_report_new (&info2);
  esc_report_add_function (rep2, again);
  esc_fn_free (again);
  char *bpath = out_path ("baselined.escape.xml");
  CHECK ("baselined report written", esc_report_write (rep2, bpath, NULL) == 0);
  text = slurp (bpath);
  CHECK ("baselined report marks it",
	 text && strstr (text, "suppressed=\"baseline\""));
  CHECK ("report without optional info",
	 text && strstr (text, "tool=\"gcc-escape\" kind=\"unit\"")
	   && strstr (text, "<unit tu=\"src/a.c\" verbose=\"0\">"));
  CHECK ("verbose 0: objects counted, not listed",
	 text && strstr (text, "<objects automatic=\"2\" address-taken=\"2\" "
			       "escaping=\"1\" not-escaping=\"1\"/>")
	   && !strstr (text, "name=\"y\""));
  free (text);
  free (bpath);
  esc_report_free (rep2);
  esc_unit_free (unit2);

  /* A baseline file in the baseline format.  */
  char *btext = malloc (512);
  snprintf (btext, 512,
	    "<?xml version=\"1.0\"?>\n<escape-baseline version=\"1\" "
	    "tool=\"gcc-escape\">\n  <finding fingerprint=\"%s\" "
	    "rule=\"return\"/>\n</escape-baseline>\n",
	    leak_fp ? leak_fp : "0000000000000000");
  char *bfile = write_file ("base.xml", btext);
  esc_unit *unit3 = esc_unit_new (NULL);
  CHECK ("baseline file loads", esc_baseline_load (bfile, unit3, NULL) == 0);
  CHECK ("baseline file fingerprint",
	 leak_fp && esc_unit_baseline_has_p (unit3, leak_fp));
  esc_unit_free (unit3);
  free (btext);
  free (bfile);

  /* Every error of esc_baseline_load.  */
  char *missing = out_path ("missing.xml");
  CHECK ("baseline: missing file",
	 load_fails_p (missing, "cannot read baseline '")
	   && load_fails_p (missing, "No such file or directory"));
  free (missing);
  char *dirpath = out_path ("adir");
  CHECK ("baseline: a directory", load_fails_p (dirpath, "cannot read baseline"));
  free (dirpath);
  char *f;
  f = write_file ("malformed.xml", "<escape-baseline version=\"1\"><finding");
  CHECK ("baseline: malformed", load_fails_p (f, "is not well-formed XML: line"));
  free (f);
  f = write_file ("empty.xml", "");
  CHECK ("baseline: empty file", load_fails_p (f, "is not well-formed XML"));
  free (f);
  f = write_file ("wrongroot.xml", "<?xml version=\"1.0\"?><results version=\"2\"/>");
  CHECK ("baseline: wrong root",
	 load_fails_p (f, "is not an escape report or baseline"));
  free (f);
  f = write_file ("version2.xml", "<escape-baseline version=\"2\" tool=\"x\"/>");
  CHECK ("baseline: unknown version", load_fails_p (f, "format version '2'"));
  free (f);
  f = write_file ("badfp.xml", "<escape-baseline version=\"1\" tool=\"x\">\n"
			       "<finding fingerprint=\"xyz\" rule=\"return\"/>"
			       "</escape-baseline>");
  CHECK ("baseline: malformed fingerprint",
	 load_fails_p (f, "malformed fingerprint 'xyz' on line 2"));
  free (f);
  err = NULL;
  CHECK ("baseline: no file name",
	 esc_baseline_load ("", NULL, &err) != 0 && err);
  free (err);

  free (leak_fp);
  free (path);
  printf ("%d passed, %d failed\n", npass, nfail);
  return nfail ? 1 : 0;
}
