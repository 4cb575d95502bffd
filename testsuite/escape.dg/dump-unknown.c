/* Dump intrinsic: the two outside objects.  What a function without a
   body returns is <unknown>, and so is what it points to; a pointer
   loaded from a global, or an address passed as an integer parameter,
   is <nonlocal>.  <unknown> is created just before <nonlocal>, both
   before any local, so a set with both lists <unknown> first.  */
/* { dg-do compile } */

#include <stdint.h>
#include "escape-test.h"

void *frobnicate (void);
int *gp;

void
dump_unknown_result (void)
{
  int *r = frobnicate ();
  __escape_dump (r); /* { dg-message "points-to set of 'r': \\{ <unknown> \\}" } */
}

void
dump_unknown_content (void)
{
  int **r = frobnicate ();
  int *p = *r;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ <unknown> \\}" } */
}

void
dump_unknown_or_loaded (int c)
{
  int *p = c ? (int *) frobnicate () : gp;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ <unknown>, <nonlocal> \\}" } */
}

void
dump_int_param (uintptr_t a)
{
  int *p = (int *) a;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ <nonlocal> \\}" } */
}
