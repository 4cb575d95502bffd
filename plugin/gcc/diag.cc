/* gcc-escape: positions, and the core's findings as GCC diagnostics.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A finding is a diagnostic at its sink (the return, store or call), with
   the rule as a trailing `[escape:RULE]' tag that tools parse, then a note
   at the object's declaration and, when the flow is indirect, a note per
   step.  Its kind is the finding's severity: a warning by default (option
   index 0, so -Werror promotes it and only the plugin's own arguments
   select rules), an error, or a note.  Suppressed findings (baseline,
   accepted) are not reported here; the XML report keeps them.

   A statement that comes from a macro expansion has a virtual location.
   GCC reports its own warnings there at the spelling point, the token
   in the `#define', and unwinds the expansions in notes; a finding is
   about the user's function, so it is reported at the outermost
   expansion point in the user's file instead (where escape_pos, and so
   the XML report, puts it), followed by one note per macro, outermost
   first: "in definition of macro 'X'" at the token of X's definition the
   statement comes from.  Every other note (declaration, flow steps,
   verbose notes) is at the expansion point too.  */

#include "gcc-common.h"
#include "glue.h"

esc_pos
escape_pos (location_t loc)
{
  /* A macro from a system header (alloca, assert) is reported where it is
     used: GCC drops diagnostics located in system headers.  */
  loc = expansion_point_location_if_in_system_header (loc);
  esc_pos pos = { NULL, 0, 0, (uint64_t) loc };
  if (loc == UNKNOWN_LOCATION)
    return pos;
  expanded_location x = expand_location (loc);
  pos.file = x.file;
  pos.line = x.line;
  pos.column = x.column;
  return pos;
}

/* LOC resolved out of every macro expansion: the outermost expansion
   point (LOC itself when it is not virtual).  */

static location_t
user_location (location_t loc)
{
  return escape_macro_expansion_point (loc);
}

/* The location_t of POS in the user's file, or FALLBACK when POS is
   unknown.  */

static location_t
pos_location (esc_pos pos, location_t fallback)
{
  return user_location (pos.line > 0 ? (location_t) pos.cookie : fallback);
}

/* After a diagnostic at the expansion point of LOC, one note per macro
   LOC was expanded from, outermost first, at the token of its definition
   that the statement comes from.  */

static void
note_macro_definitions (location_t loc)
{
  auto_vec<location_t, 8> defs;
  auto_vec<const char *, 8> names;
  escape_macro_unwind (loc, defs, names);
  for (unsigned i = defs.length (); i-- > 0;)
    inform (defs[i], "in definition of macro '%s'", names[i]);
}

/* Whether F's flow is worth showing: some step is on another line than the
   sink.  */

static bool
indirect_flow_p (const esc_finding *f)
{
  for (int i = 0; i < f->nsteps; i++)
    if (f->steps[i].pos.line > 0
	&& (f->steps[i].pos.line != f->pos.line
	    || f->steps[i].pos.file != f->pos.file))
      return true;
  return false;
}

/* Emit the note that says where F's object comes from.  */

static void
note_declaration (const esc_finding *f)
{
  if (f->obj_pos.line <= 0)
    return;
  /* The core's messages quote names with plain quotes; so does this note,
     whatever the locale, so that tools can match them.  */
  char text[512];
  if (f->obj_name)
    snprintf (text, sizeof text, "'%s' declared here", f->obj_name);
  else if (f->obj_kind == ESC_OBJ_ALLOCA)
    snprintf (text, sizeof text, "alloca storage allocated here");
  else
    snprintf (text, sizeof text, "%s declared here",
	      esc_obj_kind_noun (f->obj_kind));
  inform (user_location ((location_t) f->obj_pos.cookie), "%s", text);
}

/* While one lives, notes print no source line and caret (GCC's
   -fno-diagnostics-show-caret): the flow steps and the verbose notes
   read as a list, like Go's -m output, and GCC does not reread lines of
   a large file far behind the last one it showed for each of them (in
   sqlite3.c that cost more than the analysis).  The warning and the
   declaration note keep theirs.  */

struct without_source_lines
{
  bool saved;
  without_source_lines () : saved (global_dc->show_caret)
  {
    global_dc->show_caret = false;
  }
  ~without_source_lines () { global_dc->show_caret = saved; }
};

void
escape_report_function (const esc_fn *fn, location_t fallback)
{
  const esc_finding *findings;
  size_t n = esc_fn_findings (fn, &findings);
  for (size_t i = 0; i < n; i++)
    {
      const esc_finding *f = &findings[i];
      location_t where = f->pos.line > 0 ? (location_t) f->pos.cookie
			 : fallback;
      if (f->pos.line <= 0 && f->nsteps > 0
	  && f->steps[f->nsteps - 1].pos.line > 0)
	where = (location_t) f->steps[f->nsteps - 1].pos.cookie;
      location_t loc = user_location (where);
      if (f->suppressed)
	continue;
      auto_diagnostic_group d;
      const char *tag = esc_rule_name (f->rule);
      switch (f->severity)
	{
	case ESC_SEV_ERROR:
	  error_at (loc, "%s [escape:%s]", f->message, tag);
	  break;
	case ESC_SEV_NOTE:
	  inform (loc, "%s [escape:%s]", f->message, tag);
	  break;
	default:
	  if (!warning_at (loc, 0, "%s [escape:%s]", f->message, tag))
	    continue;
	  break;
	}
      note_macro_definitions (where);
      note_declaration (f);
      if (indirect_flow_p (f) || escape_config.core.verbose >= 2)
	{
	  without_source_lines quiet;
	  for (int s = 0; s < f->nsteps; s++)
	    if (f->steps[s].pos.line > 0)
	      inform (user_location ((location_t) f->steps[s].pos.cookie),
		      "%s", f->steps[s].text);
	}
    }

  const esc_note *notes;
  size_t m = esc_fn_notes (fn, &notes);
  without_source_lines quiet;
  for (size_t i = 0; i < m; i++)
    inform (pos_location (notes[i].pos, fallback), "%s", notes[i].text);
}
