/* Queue rule, positive: a helper stores its argument into a heap object
   reachable from a global (a growable registry); the argument escapes
   through the call.  */
/* { dg-do compile } */

#include <stdlib.h>

struct registry { int n, cap; void **items; };

static struct registry *reg;

static int
registry_add (void *item)
{
  if (!reg)
    {
      reg = calloc (1, sizeof *reg);
      if (!reg)
        return -1;
    }
  if (reg->n == reg->cap)
    {
      int cap = reg->cap ? 2 * reg->cap : 8;
      void **v = realloc (reg->items, (size_t) cap * sizeof *v);
      if (!v)
        return -1;
      reg->items = v;
      reg->cap = cap;
    }
  reg->items[reg->n++] = item; /* { dg-bogus "escape" } */
  return 0;
}

int
warn_registry_add (void)
{
  double sample = 1.5;
  return registry_add (&sample); /* { dg-warning "address of local variable 'sample' is passed to 'registry_add', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
nowarn_registry_add_heap (void)
{
  double *sample = malloc (sizeof *sample);
  if (!sample)
    return -1;
  *sample = 2.5;
  return registry_add (sample); /* { dg-bogus "escape" } */
}
