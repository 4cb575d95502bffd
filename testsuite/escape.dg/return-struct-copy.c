/* Return rule, positive: the address travels inside aggregates: a struct
   assigned to another struct, a struct copied with memcpy, and a pointer
   copied bytewise with memcpy.  */
/* { dg-do compile } */

#include <string.h>

struct holder { long n; int *p; };

int *
warn_struct_assign (void)
{
  int x = 0;
  struct holder a = { 0, &x };
  struct holder b;
  b = a;
  return b.p; /* { dg-warning "address of local variable 'x' is returned from 'warn_struct_assign'" } */
}

int *
warn_struct_memcpy (void)
{
  int x = 0;
  struct holder a = { 0, &x };
  struct holder b;
  memcpy (&b, &a, sizeof b);
  return b.p; /* { dg-warning "address of local variable 'x' is returned from 'warn_struct_memcpy'" } */
}

int *
warn_pointer_memcpy (void)
{
  int x = 0;
  int *src = &x;
  int *dst;
  memcpy (&dst, &src, sizeof dst);
  return dst; /* { dg-warning "address of local variable 'x' is returned from 'warn_pointer_memcpy'" } */
}
