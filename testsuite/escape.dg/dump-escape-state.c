/* Dump intrinsic: the escape state after solving.  A local whose address
   is also returned "escapes (return)" (and the return is reported); one
   whose address stays inside "does not escape".  */
/* { dg-do compile } */

#include "escape-test.h"

int *
dump_escapes (int c)
{
  int x = 0, y = 0;
  int *p = &x;
  int *q = &y;
  *q = c;
  __escape_dump (p); /* { dg-message "escape state of 'x': escapes \\(return\\)" } */
  __escape_dump (q); /* { dg-message "escape state of 'y': does not escape" } */
  return p; /* { dg-warning "address of local variable 'x' is returned from 'dump_escapes'" } */
}

int *
dump_escapes_through_pp (void)
{
  int z = 0;
  int *p = &z;
  __escape_dump (p); /* { dg-message "escape state of 'z': escapes \\(return\\)" } */
  int **pp = &p;
  return *pp; /* { dg-warning "address of local variable 'z' is returned from 'dump_escapes_through_pp'" } */
}
