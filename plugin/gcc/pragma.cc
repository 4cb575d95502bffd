/* gcc-escape: #pragma escape, the rules' settings for a region of a file.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   `#pragma GCC diagnostic' cannot name a plugin's warnings (they have no
   option of their own), so the plugin registers a pragma of its own:

     #pragma escape rule RULE[,RULE...] off|note|warning|error|default
     #pragma escape push
     #pragma escape pop

   RULE is return, store, queue, fnptr or all.  From the pragma on, a
   finding of RULE whose sink comes later in the translation unit is
   accepted (off: kept in the XML report as suppressed="accepted", with
   the pragma as its reason, not reported), reported as a note, a warning
   or an error, or back to what the command line says (default).  push
   saves the settings, pop restores the last saved.  As with GCC's own
   diagnostic pragmas, "later" is the order the compiler reads the
   source in: a pragma in a header goes on after the #include, so a
   header that changes a setting pushes and pops around it.  A macro's
   statements are where the user's file expands the macro, as their
   warnings are (diag.cc).

   A pragma cannot turn on a rule that the command line turned off
   (rules=, severity=RULE:off): its findings are not computed.  Anything
   else malformed is an error at the pragma.  Code that must also build
   without the plugin writes ESCAPE_RULE (store, off), ESCAPE_PUSH () and
   ESCAPE_POP () of <escape/escape.h>, which become these pragmas only when
   the plugin is loaded (plain GCC warns about an unknown #pragma under
   -Wall).

   The settings are recorded as they are read, one snapshot per pragma at
   the pragma's location (its macro expansion point); the core asks, for
   each finding, which snapshot was the last one before its sink.  Every
   pragma has been read before the pass runs.  */

#include "gcc-common.h"
#include "glue.h"

namespace {

/* What a region makes of a rule's findings.  */
enum setting : unsigned char
{
  SET_DEFAULT, SET_OFF, SET_NOTE, SET_WARNING, SET_ERROR
};

const char *const setting_names[] = {
  "default", "off", "note", "warning", "error"
};

/* The settings in force: per rule, and for an `off' the reason the
   findings it accepts carry (never freed: findings point to it until
   the compiler exits).  */
struct settings
{
  setting rule[ESC_RULE_COUNT];
  const char *reason[ESC_RULE_COUNT];
};

/* The settings from LOC on.  */
struct snapshot
{
  location_t loc;
  settings s;
};

vec<snapshot> snapshots;
vec<settings> saved;
settings current;

/* The next token of the pragma, its location in *LOC, and in *WORD its
   spelling when it is an identifier or a keyword (`return' is one in
   C++), else NULL.  */

enum cpp_ttype
next_token (const char **word, location_t *loc)
{
  tree x = NULL_TREE;
  enum cpp_ttype t = pragma_lex (&x, loc);
  *word = t == CPP_NAME || (x && TREE_CODE (x) == IDENTIFIER_NODE)
	  ? IDENTIFIER_POINTER (x) : NULL;
  return t;
}

/* Nothing may follow the pragma's last word.  */

bool
at_end (const char *pragma)
{
  location_t loc = UNKNOWN_LOCATION;
  const char *word;
  if (next_token (&word, &loc) == CPP_EOF)
    return true;
  error_at (loc, "escape: junk at end of %<#pragma escape %s%>", pragma);
  return false;
}

/* The setting named WORD, or -1.  */

int
setting_from_name (const char *word)
{
  for (unsigned k = 0; k < ARRAY_SIZE (setting_names); k++)
    if (!strcmp (word, setting_names[k]))
      return (int) k;
  return -1;
}

/* From the pragma at AT on, the rules of MASK have setting K.  */

void
set_rules (unsigned mask, setting k, location_t at)
{
  expanded_location e = expand_location (at);
  for (int r = 0; r < ESC_RULE_COUNT; r++)
    if (mask & (1u << r))
      {
	current.rule[r] = k;
	current.reason[r]
	  = k == SET_OFF
	    ? xasprintf ("#pragma escape rule %s off at %s:%d",
			 esc_rule_name ((esc_rule) r),
			 e.file ? e.file : "<unknown>", e.line)
	    : NULL;
      }
}

/* #pragma escape rule RULE[,RULE...] SETTING; AT is the pragma's place.  */

bool
parse_rule (location_t at)
{
  unsigned mask = 0;
  location_t loc = at;
  const char *word;
  enum cpp_ttype t;
  do
    {
      t = next_token (&word, &loc);
      unsigned m = word ? escape_rule_mask (word, strlen (word)) : 0;
      if (!m)
	{
	  if (word)
	    error_at (loc, "escape: unknown rule %qs in %<#pragma escape "
		      "rule%>; valid rules are %s", word, escape_valid_rules);
	  else
	    error_at (t == CPP_EOF ? at : loc, "escape: expected a rule name "
		      "in %<#pragma escape rule%>; valid rules are %s",
		      escape_valid_rules);
	  return false;
	}
      mask |= m;
      t = next_token (&word, &loc);
    }
  while (t == CPP_COMMA);
  int k = word ? setting_from_name (word) : -1;
  if (k < 0)
    {
      if (word)
	error_at (loc, "escape: unknown setting %qs in %<#pragma escape "
		  "rule%>; valid settings are off, note, warning, error, "
		  "default", word);
      else
	error_at (t == CPP_EOF ? at : loc, "escape: expected %<,%> or a "
		  "setting (off, note, warning, error, default) after the "
		  "rules in %<#pragma escape rule%>");
      return false;
    }
  if (!at_end ("rule"))
    return false;
  set_rules (mask, (setting) k, at);
  return true;
}

/* #pragma escape ...  */

void
handle_pragma (cpp_reader *)
{
  location_t loc = UNKNOWN_LOCATION;
  const char *word;
  next_token (&word, &loc);
  location_t at = escape_macro_expansion_point (loc);
  bool ok;
  if (word && !strcmp (word, "rule"))
    ok = parse_rule (at);
  else if (word && !strcmp (word, "push"))
    {
      ok = at_end ("push");
      if (ok)
	saved.safe_push (current);
    }
  else if (word && !strcmp (word, "pop"))
    {
      ok = at_end ("pop");
      if (ok && saved.is_empty ())
	{
	  error_at (loc, "escape: %<#pragma escape pop%> without a "
		    "%<#pragma escape push%>");
	  ok = false;
	}
      if (ok)
	current = saved.pop ();
    }
  else
    {
      error_at (loc, "escape: expected %<rule%>, %<push%> or %<pop%> after "
		"%<#pragma escape%>");
      ok = false;
    }
  if (ok)
    snapshots.safe_push ({ at, current });
}

/* PLUGIN_PRAGMAS: only the C family's front ends send it.  */

void
register_pragmas (void *, void *)
{
  if (c_register_pragma)
    c_register_pragma (NULL, "escape", handle_pragma);
}

} // namespace

/* The core's esc_region_fn: the settings of the last pragma before the
   sink at POS.  */

esc_severity
escape_region_of (void *, esc_rule rule, const esc_pos *pos,
		  const char **accept)
{
  if (snapshots.is_empty () || pos->line <= 0 || rule >= ESC_RULE_COUNT)
    return ESC_SEV_DEFAULT;
  location_t at = escape_macro_expansion_point ((location_t) pos->cookie);
  for (unsigned i = snapshots.length (); i-- > 0;)
    if (snapshots[i].loc < at)
      {
	const settings &s = snapshots[i].s;
	switch (s.rule[rule])
	  {
	  case SET_OFF:
	    *accept = s.reason[rule];
	    return ESC_SEV_DEFAULT;
	  case SET_NOTE:
	    return ESC_SEV_NOTE;
	  case SET_WARNING:
	    return ESC_SEV_WARNING;
	  case SET_ERROR:
	    return ESC_SEV_ERROR;
	  case SET_DEFAULT:
	    return ESC_SEV_DEFAULT;
	  }
      }
  return ESC_SEV_DEFAULT;
}

void
escape_register_pragmas (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PRAGMAS, register_pragmas, NULL);
}
