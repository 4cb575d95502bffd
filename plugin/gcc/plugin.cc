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

#include <string.h>

int plugin_is_GPL_compatible;

#define ESCAPE_VERSION "0.1.0"

escape_args escape_config;

static struct plugin_info escape_plugin_info = {
  ESCAPE_VERSION,
  "Escape analysis: warns when the address of an automatic object\n"
  "outlives its function.  Arguments:\n"
  "  -fplugin-arg-escape-rules=LIST   rules to run, comma-separated:\n"
  "                                   return, all\n"
  "  -fplugin-arg-escape-version      print the version\n"
};

/* The keys every argument is checked against, for the error message.  */
static const char *const valid_keys = "rules, version";

/* The rules this version reports.  The core already computes the other
   escapes (they feed summaries), but without the precision of summaries
   across parameters and cleared stores they would be mostly false alarms,
   so they cannot be selected yet.  */
static const unsigned available_rules = 1u << ESC_RULE_RETURN;

/* Parse the value of rules=: a comma-separated list of rule names or
   "all" into *MASK.  Returns false after an error.  */

static bool
parse_rules (const char *value, unsigned *mask)
{
  if (!value || !*value)
    {
      error ("escape: argument %qs needs a value, e.g. %qs", "rules",
	     "-fplugin-arg-escape-rules=return");
      return false;
    }
  unsigned m = 0;
  const char *p = value;
  for (;;)
    {
      const char *comma = strchr (p, ',');
      size_t len = comma ? (size_t) (comma - p) : strlen (p);
      int rule = esc_rule_from_name (p, len);
      if (len == 3 && strncmp (p, "all", 3) == 0)
	m |= available_rules;
      else if (rule < 0)
	{
	  error ("escape: unknown rule %<%.*s%> in %qs; valid rules are "
		 "return, all",
		 (int) len, p, "rules");
	  return false;
	}
      else if (!(available_rules & (1u << rule)))
	{
	  error ("escape: rule %<%.*s%> is not available in this version; "
		 "available rules are return, all", (int) len, p);
	  return false;
	}
      else
	m |= 1u << rule;
      if (!comma)
	break;
      p = comma + 1;
    }
  *mask = m;
  return true;
}

/* Parse the plugin's arguments ARGV[0..ARGC) into escape_config.
   Returns false after an error.  */

static bool
parse_args (int argc, const struct plugin_argument *argv)
{
  bool ok = true;
  escape_config.core.rules = available_rules;
  for (int i = 0; i < argc; i++)
    {
      const char *key = argv[i].key;
      const char *value = argv[i].value;
      if (strcmp (key, "rules") == 0)
	ok &= parse_rules (value, &escape_config.core.rules);
      else if (strcmp (key, "version") == 0)
	{
	  if (value)
	    {
	      error ("escape: argument %qs takes no value", key);
	      ok = false;
	    }
	  else
	    fprintf (stderr, "gcc-escape %s (built for GCC %s)\n",
		     ESCAPE_VERSION, gcc_version.basever);
	}
      else
	{
	  error ("escape: unknown argument %qs; valid arguments are %s",
		 key, valid_keys);
	  ok = false;
	}
    }
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
  escape_register_frontend (info->base_name);
  escape_register_pass (info->base_name);
  return 0;
}
