/* Store rule, cleared stores: an element of a global array at a constant
   index set to a local and cleared at the same index is not reported;
   clearing another element does not clear it.  */
/* { dg-do compile } */

#include <stddef.h>

int *g_stack[4];

extern void work (void);

void
nowarn_same_elem_cleared (void)
{
  int x = 0;
  g_stack[0] = &x; /* { dg-bogus "escape" } */
  work ();
  g_stack[0] = NULL;
}

void
warn_other_elem_cleared (void)
{
  int y = 0;
  g_stack[1] = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g_stack', which outlives 'warn_other_elem_cleared' \\\[escape:store\\\]" } */
  work ();
  g_stack[2] = NULL;
}
