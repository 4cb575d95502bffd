/* Dump intrinsic: the points-to set of a pointer to a local, of a copy
   of it, and of an address taken in the argument itself (label `&x').
   The local does not escape.  */
/* { dg-do compile } */

#include "escape-test.h"

void
dump_local (void)
{
  int x = 0;
  int *p = &x;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ x \\}" } */
  /* { dg-message "escape state of 'x': does not escape" "'x' does not escape" { target *-*-* } .-1 } */
}

void
dump_copy (void)
{
  int y = 0;
  int *p = &y;
  int *q = p;
  __escape_dump (q); /* { dg-message "points-to set of 'q': \\{ y \\}" } */
}

void
dump_address (void)
{
  long z = 0;
  __escape_dump (&z); /* { dg-message "points-to set of '&z': \\{ z \\}" } */
  /* { dg-message "escape state of 'z': does not escape" "'z' does not escape" { target *-*-* } .-1 } */
}
