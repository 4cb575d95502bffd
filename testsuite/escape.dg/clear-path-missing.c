/* Store rule, cleared stores, positive: the global is cleared on the
   normal path but one path returns without clearing it; the store is
   reported.  Same for *out.  */
/* { dg-do compile } */

#include <stddef.h>

int *g;

extern int step (void);

int
warn_early_return (void)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_early_return' \\\[escape:store\\\]" } */
  if (step () < 0)
    return -1;
  g = NULL;
  return 0;
}

int
warn_out_early_return (int **out)
{
  int y = 0;
  *out = &y; /* { dg-warning "address of local variable 'y' is stored into memory pointed to by parameter 'out', which outlives 'warn_out_early_return' \\\[escape:store\\\]" } */
  if (step () != 0)
    return 1;
  *out = NULL;
  return 0;
}
