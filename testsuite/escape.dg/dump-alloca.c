/* Dump intrinsic: unnamed automatic objects are displayed by kind and
   line: alloca@LINE (the call's line) and compound literal@LINE.  */
/* { dg-do compile } */

#include <alloca.h>
#include "escape-test.h"

void
dump_alloca (void)
{
  char *p = alloca (32);
  p[0] = 0;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ alloca@11 \\}" } */
  /* { dg-message "escape state of 'alloca@11': does not escape" "'alloca@11' does not escape" { target *-*-* } .-1 } */
}

void
dump_compound_literal (void)
{
  int *p = (int[]) { 1, 2, 3 };
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ compound literal@20 \\}" } */
}
