/* gcc-escape: the plugin's entry point and its arguments.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Arguments are parsed strictly, as the kernel's plugins do: an unknown
   -fplugin-arg-escape-KEY, a missing or malformed value, or an unknown rule
   is a hard error naming what is valid.  With an error the pass is not
   registered, and the compilation fails on the error count.  */

#include "gcc-common.h"
#include "plugin-version.h"
#include "glue.h"
#include "escape/util.h"

#include <stdlib.h>
#include <string.h>

int plugin_is_GPL_compatible;


escape_args escape_config;

static struct plugin_info escape_plugin_info = {
  ESCAPE_VERSION,
  "Escape analysis: warns when the address of an automatic object\n"
  "outlives its function.  Arguments (-fplugin-arg-escape-KEY[=VALUE]):\n"
  "  rules=LIST          rules to run: return, store, queue, fnptr, all\n"
  "  severity=R:S,...    severity of rule R: off, note, warning, error\n"
  "  sink=NAME:N,...     argument N (from 1) of function NAME is kept\n"
  "  xml[=PATH]          write the XML report (default OBJECT.escape.xml)\n"
  "  baseline=FILE       do not report the findings listed in FILE\n"
  "  verbose=N           notes on what escapes and why (1-3), like go -m\n"
  "  stack-limit=BYTES   largest heap allocation hinted as automatic\n"
  "  version             print the version\n"
};

/* The keys every argument is checked against, for the error message.  */
static const char *const valid_keys
  = "rules, severity, sink, xml, baseline, verbose, stack-limit, version";
const char escape_valid_rules[] = "return, store, queue, fnptr, all";

/* Split VALUE at commas: call ITEM on each piece (start and length) with
   DATA; false if ITEM fails on one.  An empty VALUE is an error naming
   KEY and EXAMPLE.  */

static bool
for_each_item (const char *key, const char *value, const char *example,
	       bool (*item) (const char *, size_t, void *), void *data)
{
  if (!value || !*value)
    {
      error ("escape: argument %qs needs a value, e.g. %qs", key, example);
      return false;
    }
  for (const char *p = value;;)
    {
      const char *comma = strchr (p, ',');
      size_t len = comma ? (size_t) (comma - p) : strlen (p);
      if (!item (p, len, data))
	return false;
      if (!comma)
	return true;
      p = comma + 1;
    }
}

/* The rules mask of rule name NAME[0..LEN) or "all", or 0.  */

unsigned
escape_rule_mask (const char *name, size_t len)
{
  if (len == 3 && strncmp (name, "all", 3) == 0)
    return (1u << ESC_RULE_COUNT) - 1;
  int rule = esc_rule_from_name (name, len);
  return rule >= 0 ? 1u << rule : 0;
}

/* escape_rule_mask, or 0 after an error naming KEY.  */

static unsigned
rule_mask (const char *name, size_t len, const char *key)
{
  unsigned m = escape_rule_mask (name, len);
  if (!m)
    error ("escape: unknown rule %<%.*s%> in %qs; valid rules are %s",
	   (int) len, name, key, escape_valid_rules);
  return m;
}

/* rules=: one rule name of the list.  */

static bool
rules_item (const char *p, size_t len, void *data)
{
  unsigned m = rule_mask (p, len, "rules");
  *(unsigned *) data |= m;
  return m != 0;
}

/* severity=: one RULE:SEVERITY of the list.  (Not RULE=SEVERITY: GCC
   drops every `=' after the first from a plugin argument's value, and
   the character count with it.)  */

static bool
severity_item (const char *p, size_t len, void *)
{
  const char *eq = (const char *) memchr (p, ':', len);
  if (!eq)
    {
      error ("escape: bad value %<%.*s%> in %qs; expected RULE:SEVERITY, "
	     "e.g. %qs", (int) len, p, "severity", "store:error");
      return false;
    }
  unsigned m = rule_mask (p, (size_t) (eq - p), "severity");
  if (!m)
    return false;
  const char *sev = eq + 1;
  size_t slen = len - (size_t) (sev - p);
  static const struct { const char *name; esc_severity sev; } names[] = {
    { "off", ESC_SEV_DEFAULT }, { "note", ESC_SEV_NOTE },
    { "warning", ESC_SEV_WARNING }, { "error", ESC_SEV_ERROR }
  };
  for (unsigned k = 0; k < ARRAY_SIZE (names); k++)
    if (strlen (names[k].name) == slen && !strncmp (names[k].name, sev, slen))
      {
	for (int r = 0; r < ESC_RULE_COUNT; r++)
	  if (m & (1u << r))
	    {
	      if (k == 0)
		escape_config.off |= 1u << r;
	      else
		{
		  escape_config.off &= ~(1u << r);
		  escape_config.core.severity[r] = names[k].sev;
		}
	    }
	return true;
      }
  error ("escape: unknown severity %<%.*s%> in %qs; valid severities are "
	 "off, note, warning, error", (int) slen, sev, "severity");
  return false;
}

/* sink=: one NAME:ARGNO of the list.  */

static bool
sink_item (const char *p, size_t len, void *)
{
  const char *colon = (const char *) memchr (p, ':', len);
  long argno = 0;
  if (!colon || colon == p
      || !esc_parse_decimal (colon + 1, (size_t) (p + len - colon - 1), 1, 64,
			     &argno))
    {
      error ("escape: bad value %<%.*s%> in %qs; expected NAME:ARGNO with "
	     "ARGNO from 1, e.g. %qs", (int) len, p, "sink",
	     "g_async_queue_push:2");
      return false;
    }
  escape_sink s;
  s.name = xstrndup (p, (size_t) (colon - p));
  s.arg = (int) argno - 1;
  escape_config.sinks.safe_push (s);
  return true;
}

/* Parse the value of KEY, a decimal number from MIN to MAX, into *OUT;
   false after an error (EXAMPLE shows a valid one).  */

static bool
parse_number (const char *key, const char *value, long min, long max,
	      const char *example, int *out)
{
  long v = 0;
  if (!value || !esc_parse_decimal (value, strlen (value), min, max, &v))
    {
      error ("escape: argument %qs needs a number from %ld to %ld, e.g. %qs",
	     key, min, max, example);
      return false;
    }
  *out = (int) v;
  return true;
}

/* Whether argument KEY has no value; an error otherwise.  */

static bool
no_value_p (const char *key, const char *value)
{
  if (!value)
    return true;
  error ("escape: argument %qs takes no value", key);
  return false;
}

/* Parse the plugin's arguments ARGV[0..ARGC) into escape_config.
   Returns false after an error.  */

static bool
parse_args (int argc, const struct plugin_argument *argv)
{
  bool ok = true;
  unsigned rules = 0;
  bool rules_given = false;
  for (int i = 0; i < argc; i++)
    {
      const char *key = argv[i].key;
      const char *value = argv[i].value;
      escape_report_note_option (value ? concat ("-fplugin-arg-escape-", key,
						 "=", value, NULL)
				       : concat ("-fplugin-arg-escape-", key,
						 NULL));
      if (strcmp (key, "rules") == 0)
	{
	  /* Given again, the last list counts, as for GCC's options.  */
	  rules_given = true;
	  rules = 0;
	  ok &= for_each_item (key, value, "rules=return,store", rules_item,
			       &rules);
	}
      else if (strcmp (key, "severity") == 0)
	ok &= for_each_item (key, value, "severity=store:error", severity_item,
			     NULL);
      else if (strcmp (key, "sink") == 0)
	ok &= for_each_item (key, value, "sink=g_async_queue_push:2",
			     sink_item, NULL);
      else if (strcmp (key, "xml") == 0)
	{
	  if (value && !*value)
	    {
	      error ("escape: argument %qs needs a file name after %<=%>, or "
		     "no value for the default", key);
	      ok = false;
	    }
	  escape_config.xml = true;
	  escape_config.xml_path = value ? xstrdup (value) : NULL;
	}
      else if (strcmp (key, "baseline") == 0)
	{
	  if (!value || !*value)
	    {
	      error ("escape: argument %qs needs a file name, e.g. %qs", key,
		     "baseline=escape-baseline.xml");
	      ok = false;
	    }
	  else
	    escape_config.baseline = xstrdup (value);
	}
      else if (strcmp (key, "verbose") == 0)
	ok &= parse_number (key, value, 0, 9, "verbose=1",
			    &escape_config.core.verbose);
      else if (strcmp (key, "stack-limit") == 0)
	{
	  int limit = 0;
	  ok &= parse_number (key, value, 1, 1 << 30, "stack-limit=4096",
			      &limit);
	  escape_config.core.stack_limit = limit;
	}
      else if (strcmp (key, "version") == 0)
	{
	  if (no_value_p (key, value))
	    fprintf (stderr, "gcc-escape %s (built for GCC %s)\n",
		     ESCAPE_VERSION, gcc_version.basever);
	  else
	    ok = false;
	}
      else
	{
	  error ("escape: unknown argument %qs; valid arguments are %s",
		 key, valid_keys);
	  ok = false;
	}
    }
  escape_config.core.rules = (rules_given ? rules : (1u << ESC_RULE_COUNT) - 1)
			     & ~escape_config.off;
  return ok;
}

/* The entry point GCC calls when the plugin is loaded.  */

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("escape: this plugin was built for GCC %s and cannot run in "
	     "GCC %s; rebuild it with this compiler",
	     gcc_version.basever, version->basever);
      return 1;
    }
  register_callback (info->base_name, PLUGIN_INFO, NULL, &escape_plugin_info);
  if (!parse_args (info->argc, info->argv))
    return 0;
  escape_register_attributes (info->base_name);
  escape_register_frontend (info->base_name);
  escape_register_pragmas (info->base_name);
  escape_register_pass (info->base_name);
  return 0;
}
