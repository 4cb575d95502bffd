/* gcc-escape: the XML report and the baseline of a translation unit.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   With -fplugin-arg-escape-xml the pass gives every analysed function to
   an esc_report (include/escape/report.h) and writes it at the end of
   the unit: by default beside the object, as GCC writes -fstack-usage's
   .su file (`gcc -c src/a.c -o obj/a.o' writes obj/a.escape.xml); with
   xml=PATH to PATH, or into PATH when it is a directory (ends with `/' or
   exists as one) as a-HASH.escape.xml, unique per object.  With -fplugin-arg-escape-baseline the unit's baseline
   is loaded before the first function is solved.  Failures are errors
   (`error: escape: cannot write report ...'), so the compilation fails.  */

#include "gcc-common.h"
#include "glue.h"
#include "plugin-version.h"
#include "escape/report.h"
#include "escape/util.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static esc_report *report;

/* The options recorded in the report: the optimisation level and the
   plugin's own arguments.  */
static auto_vec<const char *> report_options;

void
escape_report_note_option (const char *text)
{
  report_options.safe_push (xstrdup (text));
}

/* The last component of PATH.  */

static const char *
base_name (const char *path)
{
  const char *b = path;
  for (const char *p = path; *p; p++)
    if (*p == '/')
      b = p + 1;
  return b;
}

/* The name of BASE's report inside a directory: the object's base name
   and eight hex digits of a hash of its absolute path, so that the
   reports of src/net/util.o and src/db/util.o do not overwrite each other
   (malloc'd).  */

static char *
unique_name (const char *base)
{
  char *abs = NULL;
  if (base[0] != '/')
    {
      char *cwd = getcwd (NULL, 0);
      if (cwd)
	abs = concat (cwd, "/", base, NULL);
      free (cwd);
    }
  const char *key = abs ? abs : base;
  uint64_t h = esc_fnv1a (ESC_FNV_INIT, key, strlen (key));
  free (abs);
  char hex[16];
  snprintf (hex, sizeof hex, "-%08x", (unsigned) (h & 0xffffffffu));
  return concat (base_name (base), hex, ".escape.xml", NULL);
}

/* The path of the report (malloc'd).  */

static char *
report_path (void)
{
  const char *base = aux_base_name ? aux_base_name
		     : dump_base_name ? dump_base_name : "escape";
  const char *given = escape_config.xml_path;
  if (!given)
    return concat (base, ".escape.xml", NULL);
  size_t len = strlen (given);
  struct stat st;
  if (given[len - 1] == '/'
      || (stat (given, &st) == 0 && S_ISDIR (st.st_mode)))
    {
      char *name = unique_name (base);
      char *path = concat (given, given[len - 1] == '/' ? "" : "/", name,
			   NULL);
      free (name);
      return path;
    }
  return xstrdup (given);
}

bool
escape_report_begin (esc_unit *unit)
{
  if (escape_config.baseline)
    {
      char *err = NULL;
      if (esc_baseline_load (escape_config.baseline, unit, &err))
	{
	  error_at (UNKNOWN_LOCATION, "escape: %s",
		    err ? err : "cannot read the baseline");
	  free (err);
	  return false;
	}
    }
  if (!escape_config.xml)
    return true;
  char level[32];
  snprintf (level, sizeof level, "-O%s",
	    optimize_size == 1 ? "s" : optimize_size == 2 ? "z"
	    : optimize_fast ? "fast" : optimize == 0 ? "0"
	    : optimize == 1 ? "1" : optimize == 2 ? "2" : "3");
  auto_vec<const char *> options;
  options.safe_push (level);
  for (const char *o : report_options)
    options.safe_push (o);
  esc_report_info info;
  memset (&info, 0, sizeof info);
  info.tool_version = ESCAPE_VERSION;
  info.gcc_version = gcc_version.basever;
  info.tu = main_input_filename ? main_input_filename : "<stdin>";
  info.object = aux_base_name;
  info.options = options.address ();
  info.noptions = options.length ();
  info.verbose = escape_config.core.verbose;
  report = esc_report_new (&info);
  return true;
}

void
escape_report_add (const esc_fn *fn)
{
  if (report && fn)
    esc_report_add_function (report, fn);
}

void
escape_report_end (void)
{
  if (!report)
    return;
  char *path = report_path ();
  char *err = NULL;
  if (esc_report_write (report, path, &err))
    {
      error_at (UNKNOWN_LOCATION, "escape: %s",
		err ? err : "cannot write the report");
      free (err);
    }
  free (path);
  esc_report_free (report);
  report = NULL;
}
