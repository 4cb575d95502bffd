/* Return rule, positive: alloca storage, returned directly, through a
   variable, and at an offset.  alloca storage has no name.  */
/* { dg-do compile } */

#include <alloca.h>
#include <stddef.h>

void *
warn_alloca_direct (void)
{
  return alloca (16); /* { dg-warning "address of alloca storage is returned from 'warn_alloca_direct'" } */
}

char *
warn_alloca_var (size_t n)
{
  char *p = alloca (n + 1);
  p[0] = 0;
  return p; /* { dg-warning "address of alloca storage is returned from 'warn_alloca_var'" } */
}

int *
warn_alloca_offset (void)
{
  int *v = __builtin_alloca (4 * sizeof (int));
  v[0] = 1;
  return v + 1; /* { dg-warning "address of alloca storage is returned from 'warn_alloca_offset'" } */
}
