/* gcc-escape: documents of the report model, their order and totals.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The model itself is the set of plain structs of escape/report_model.h;
   this file makes and frees documents, appends units and functions to
   them, orders functions the way every report lists them (file, line,
   column, name, uid), and sums what a function holds into the counts
   <totals> writes.  The producers fill the model (plugin/core/report.c
   from solved functions, read.c from XML); write.c writes it.  */

#include "escape/report_model.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Documents.  */

/* A new empty document.  */
esc_rdoc *
esc_rdoc_new (void)
{
  return esc_xcalloc (1, sizeof (esc_rdoc));
}

/* Free DOC and everything in it.  */
void
esc_rdoc_free (esc_rdoc *doc)
{
  if (!doc)
    return;
  for (size_t i = 0; i < doc->nunits; i++)
    free (doc->units[i].funcs);
  free (doc->units);
  esc_arena_free (&doc->arena);
  free (doc);
}

/* Append a zeroed unit to DOC.  */
esc_runit *
esc_rdoc_add_unit (esc_rdoc *doc)
{
  ESC_GROW (doc->units, doc->nunits, doc->cunits);
  esc_runit *u = &doc->units[doc->nunits++];
  memset (u, 0, sizeof *u);
  return u;
}

/* Append a zeroed function to UNIT.  */
esc_rfunc *
esc_runit_add_func (esc_runit *unit)
{
  ESC_GROW (unit->funcs, unit->nfuncs, unit->cfuncs);
  esc_rfunc *f = &unit->funcs[unit->nfuncs++];
  memset (f, 0, sizeof *f);
  return f;
}

/* ---------------------------------------------------------------------- */
/* Ordering and totals.  */

/* Compare file names A and B, NULL first.  */
int
esc_rfile_cmp (const char *a, const char *b)
{
  if (!a || !b)
    return (a != NULL) - (b != NULL);
  return strcmp (a, b);
}

/* Order two esc_rfunc by position, then name and uid.  */
int
esc_rfunc_cmp (const void *pa, const void *pb)
{
  const esc_rfunc *a = pa, *b = pb;
  int c = esc_rfile_cmp (a->pos.file, b->pos.file);
  if (c)
    return c;
  if (a->pos.line != b->pos.line)
    return a->pos.line < b->pos.line ? -1 : 1;
  if (a->pos.column != b->pos.column)
    return a->pos.column < b->pos.column ? -1 : 1;
  c = strcmp (a->name, b->name);
  if (c)
    return c;
  return (a->uid > b->uid) - (a->uid < b->uid);
}

/* The index of rule NAME, or -1.  */
int
esc_rule_index (const char *name)
{
  return name ? esc_rule_from_name (name, strlen (name)) : -1;
}

/* Add FN's counts to T.  */
void
esc_rtotals_add_func (esc_rtotals *t, const esc_rfunc *fn)
{
  t->functions++;
  t->objects += fn->stats.objects;
  t->constraints += fn->stats.constraints;
  t->solve_us += fn->stats.solve_us;
  t->hints += fn->nhints;
  for (size_t i = 0; i < fn->nfindings; i++)
    {
      const esc_rfinding *f = &fn->findings[i];
      int r = esc_rule_index (f->rule);
      t->findings++;
      t->suppressed += f->suppressed != NULL;
      if (r >= 0)
	{
	  t->rule_findings[r]++;
	  t->rule_suppressed[r] += f->suppressed != NULL;
	}
    }
}
