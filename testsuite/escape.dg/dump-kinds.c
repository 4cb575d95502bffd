/* Dump intrinsic: the display names of non-automatic objects: a heap
   allocation site (heap@LINE, the line of the call), the string
   literals, a global by name, a function.  None gets an escape state.  */
/* { dg-do compile } */

#include <stdlib.h>
#include "escape-test.h"

int g;
void callee (void);

void
dump_heap (void)
{
  int *p = malloc (sizeof (int));
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ heap@15 \\}" } */
  /* { dg-bogus "escape state" "no escape state" { target *-*-* } .-1 } */
  free (p);
}

void
dump_string (void)
{
  const char *s = "text";
  __escape_dump (s); /* { dg-message "points-to set of 's': \\{ <string> \\}" } */
}

void
dump_global (void)
{
  int *p = &g;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ g \\}" } */
  /* { dg-bogus "escape state" "no escape state" { target *-*-* } .-1 } */
}

void
dump_function (void)
{
  void (*fp) (void) = callee;
  __escape_dump (fp); /* { dg-message "points-to set of 'fp': \\{ <function> \\}" } */
}
