/* Optimisation levels: findings made inside macros (one defined here,
   the others in a header, one nested) are at the expansion point, with
   the same count, lines and text at -O0, -O1, -O2, -O3 and -Os.  */
/* { dg-do compile } */

#include <stddef.h>
#include "macro-defs.h"

#define FIRST_OF(a) ((a)[0] ? &(a)[0] : NULL)
#define PICK(c, a, b) ((c) ? &(a) : &(b))

int *
warn_first_of (void)
{
  int arr[4] = { 1, 2, 3, 4 };
  return FIRST_OF (arr); /* { dg-warning "address of local variable 'arr' is returned from 'warn_first_of'" } */
}

int *
warn_pick (int c)
{
  int a = c, b = 2;
  return PICK (c, a, b); /* { dg-warning "address of local variable 'a' is returned from 'warn_pick'" } */
  /* { dg-warning "address of local variable 'b' is returned from 'warn_pick'" "second object 'b'" { target *-*-* } .-1 } */
}

void
warn_keep (int n)
{
  int x = n;
  MACRO_KEEP (&x); /* { dg-warning "address of local variable 'x' is stored into global 'g_macro_keep'" } */
}

void
warn_keep_nested (int n)
{
  int y = n;
  MACRO_KEEP_TWICE (&y); /* { dg-warning "address of local variable 'y' is stored into global 'g_macro_keep'" } */
}

int *
warn_return_macro (int n)
{
  int z = n;
  MACRO_RETURN_ADDR (z); /* { dg-warning "address of local variable 'z' is returned from 'warn_return_macro'" } */
}

int
nowarn_through_macro (void)
{
  int v[2] = { 0, 1 };
  int *p = FIRST_OF (v);
  return p ? *p : -1;
}
