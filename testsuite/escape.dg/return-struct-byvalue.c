/* Return rule, positive: a struct returned by value holds the address.
   Small structs come back in registers, large ones through the return
   slot; both are reported at the return statement.  */
/* { dg-do compile } */

#include <stddef.h>

struct small { int *p; long n; };
struct big { long pad[4]; int *p; };
struct r { int tag; int *p; };

struct small
warn_small (void)
{
  int x = 0;
  struct small s;
  s.p = &x;
  s.n = 1;
  return s; /* { dg-warning "address of local variable 'x' is returned from 'warn_small'" } */
}

struct big
warn_big (void)
{
  int x = 0;
  struct big b = { { 0, 0, 0, 0 }, 0 };
  b.p = &x;
  return b; /* { dg-warning "address of local variable 'x' is returned from 'warn_big'" } */
}

struct r
warn_res (int n)
{
  int x = n;
  struct r res;
  res.tag = n;
  res.p = &x;
  return res; /* { dg-warning "address of local variable 'x' is returned from 'warn_res'" } */
}

struct small
warn_compound_init (void)
{
  long counter = 0;
  return (struct small) { (int *) &counter, 0 }; /* { dg-warning "address of local variable 'counter' is returned from 'warn_compound_init'" } */
}
