/* Store rule, positive: a heap object reachable from a global outlives
   the frame; storing a local's address into it is reported at the store.
   The target's wording is not matched.  */
/* { dg-do compile } */

#include <stdlib.h>

struct registry { int count; int *items[16]; };

static struct registry *g_reg;

void
registry_init (void)
{
  g_reg = calloc (1, sizeof *g_reg);
}

void
warn_into_global_heap (void)
{
  int item = 7;
  g_reg->items[0] = &item; /* { dg-warning "address of local variable 'item' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_into_global_heap_var (int i)
{
  int cell = i;
  struct registry *r = g_reg;
  r->items[r->count++ & 15] = &cell; /* { dg-warning "address of local variable 'cell' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}
