/* Store rule, cleared stores, positive: a clear that comes before the
   store, or that happens only on some paths, does not clear it.  */
/* { dg-do compile } */

#include <stddef.h>

int *g;

extern void work (void);

void
warn_clear_first (void)
{
  int x = 0;
  g = NULL;
  g = &x; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_clear_first' \\\[escape:store\\\]" } */
  work ();
}

void
warn_conditional_clear (int c)
{
  int y = 0;
  g = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_conditional_clear' \\\[escape:store\\\]" } */
  work ();
  if (c)
    g = NULL;
}
