/* Dump intrinsic: a pointer parameter points to its caller memory,
   displayed `*p'; the address of a parameter is the parameter itself (an
   automatic object, so its escape state follows).  */
/* { dg-do compile } */

#include "escape-test.h"

void
dump_param (int *p)
{
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ \\*p \\}" } */
  /* { dg-bogus "escape state" "no escape state" { target *-*-* } .-1 } */
}

void
dump_param_offset (char *s)
{
  char *t = s + 4;
  __escape_dump (t); /* { dg-message "points-to set of 't': \\{ \\*s \\}" } */
}

void
dump_param_address (int a)
{
  int *pa = &a;
  __escape_dump (pa); /* { dg-message "points-to set of 'pa': \\{ a \\}" } */
  /* { dg-message "escape state of 'a': does not escape" "'a' does not escape" { target *-*-* } .-1 } */
}
