/* Dump intrinsic: a pointer that points to nothing (null, an integer
   constant converted) has the empty set `{ }' and no escape-state
   notes.  */
/* { dg-do compile } */

#include "escape-test.h"

void
dump_null (void)
{
  int *p = 0;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ \\}" } */
  /* { dg-bogus "escape state" "no escape state" { target *-*-* } .-1 } */
}

void
dump_null_after_use (int c)
{
  int x = c;
  int *p = &x;
  c = *p;
  p = 0;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ \\}" } */
  /* { dg-bogus "escape state" "no escape state" { target *-*-* } .-1 } */
}
