/* Heap-to-stack hints at level 3: the hint, and the debugging views
   show the heap object behind it ("heap@LINE" in the constraints and the
   points-to sets).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=3" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_hint (void) /* { dg-message "points-to: p = \\{ heap@\[0-9\]+ \\}" } */
/* { dg-message "summary: returns heap no, returns non-local no" "nothing is returned" { target *-*-* } .-1 } */
{
  char *p = calloc (8, 8); /* { dg-message "heap allocation of 64 bytes by 'calloc' could be an automatic object: it does not escape and is freed on every path" } */
  /* { dg-message "constraint: p >= &heap@\[0-9\]+\\+0" "the allocation's constraint" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  memset (p, 0, 64);
  free (p);
  return 0;
}
