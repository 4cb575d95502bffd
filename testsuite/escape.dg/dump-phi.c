/* Dump intrinsic: a pointer merged from several locals (if/else, ?:)
   points to all of them, in order of creation; a field-sensitive load
   picks only the field's target.  */
/* { dg-do compile } */

#include "escape-test.h"

struct two { int *a; int *b; };

void
dump_if_else (int c)
{
  int x = 0, y = 0;
  int *p;
  if (c)
    p = &x;
  else
    p = &y;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ x, y \\}" } */
}

void
dump_field (void)
{
  int x = 0, y = 0;
  struct two t;
  t.a = &x;
  t.b = &y;
  int *q = t.b;
  __escape_dump (q); /* { dg-message "points-to set of 'q': \\{ y \\}" } */
  /* { dg-message "escape state of 'y': does not escape" "'y' does not escape" { target *-*-* } .-1 } */
}
