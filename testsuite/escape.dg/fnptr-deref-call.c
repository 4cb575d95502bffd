/* Fnptr rule, positive: the explicit dereference syntax `(*fp) (buf)',
   with a local array decaying to a pointer, is a call through a function
   pointer like `fp (buf)'.  */
/* { dg-do compile } */

#include <stddef.h>

size_t
warn_deref_call (size_t (*fp) (char *, size_t))
{
  char buf[64];
  buf[0] = 0;
  return (*fp) (buf, sizeof buf); /* { dg-warning "address of local variable 'buf' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_deref_twice (void (**fpp) (int *))
{
  int n = 0;
  (**fpp) (&n); /* { dg-warning "address of local variable 'n' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
