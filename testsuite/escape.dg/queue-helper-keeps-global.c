/* Queue rule, negative: a helper that keeps something, but not what its
   parameters point to: it keeps a pointer to a global, or a heap copy of
   its argument.  Its callers passing locals are not reported.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

static const char *g_last;
static const char *g_default = "none";
static char *g_copy;

static void
note_default (const char *ignored)
{
  (void) ignored;
  g_last = g_default;
}

static void
keep_copy (const char *s)
{
  free (g_copy);
  g_copy = strdup (s);
}

void
nowarn_note_default (void)
{
  char name[8] = "temp";
  note_default (name); /* { dg-bogus "escape" } */
}

void
nowarn_keep_copy (void)
{
  char name[8] = "temp";
  keep_copy (name); /* { dg-bogus "escape" } */
}
