/* Queue rule, positive: a helper that keeps its argument as an integer
   of pointer width (a handle table of uintptr_t) still keeps the
   address.  */
/* { dg-do compile } */

#include <stdint.h>

static uintptr_t handles[16];
static unsigned nhandles;

static unsigned
make_handle (void *p)
{
  handles[nhandles & 15] = (uintptr_t) p;
  return nhandles++;
}

unsigned
warn_make_handle (void)
{
  int obj = 0;
  return make_handle (&obj); /* { dg-warning "address of local variable 'obj' is passed to 'make_handle', which keeps it after returning \\\[escape:queue\\\]" } */
}
