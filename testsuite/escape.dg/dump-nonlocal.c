/* Dump intrinsic: a pointer loaded from a global points to <nonlocal>
   (whatever outside code stored there); merged with a local's address
   the set lists both, in order of creation.  <nonlocal> is one of the
   function's predefined objects, created before any local, so it comes
   first.  */
/* { dg-do compile } */

#include "escape-test.h"

int *gp;

void
dump_loaded_from_global (void)
{
  int *q = gp;
  __escape_dump (q); /* { dg-message "points-to set of 'q': \\{ <nonlocal> \\}" } */
}

void
dump_local_or_nonlocal (int c)
{
  int x = 0;
  int *p = c ? &x : gp;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ <nonlocal>, x \\}" } */
  /* { dg-message "escape state of 'x': does not escape" "'x' does not escape" { target *-*-* } .-1 } */
}
