/* Return rule, negative: ?: and if/else choosing between pointers that
   are all non-automatic (parameter, global, heap, literal, static).  */
/* { dg-do compile } */

#include <stdlib.h>

int g;

int *
nowarn_choose (int c, int *q)
{
  static int s;
  int *p = c == 0 ? q : c == 1 ? &g : c == 2 ? &s : malloc (sizeof (int));
  return p; /* { dg-bogus "escape" } */
}

const char *
nowarn_choose_string (int c, const char *dflt)
{
  const char *s;
  if (c)
    s = "set";
  else
    s = dflt;
  return s; /* { dg-bogus "escape" } */
}
