/* Store and queue rules with outside memory split in two (docs/rules.md,
   Precision): a store into the result of a function without a body, into
   memory reached through a global, a parameter or an integer parameter is
   a finding, whichever of the two outside objects it lands in.  Handing
   on an unknown function's result is not handing on what the function
   stored through a global; handing on a parameter (which may point to the
   same memory) is.  */
/* { dg-do compile } */

#include <stdint.h>

void *pool_alloc (unsigned long n);
struct q { struct q *next; };
extern struct q *g_list;

static struct q *g_keep;

static void
keeper (struct q *p)
{
  g_keep = p;
}

void
warn_into_pool_result (void)
{
  struct q tail;
  struct q *n = pool_alloc (sizeof *n);
  n->next = &tail; /* { dg-warning "'tail' is stored into memory outside 'warn_into_pool_result'\[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_into_pool_content (void)
{
  struct q tail;
  struct q *n = pool_alloc (sizeof *n);
  n->next->next = &tail; /* { dg-warning "'tail' is stored into memory outside\[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_into_int_param (uintptr_t a)
{
  struct q tail;
  ((struct q *) a)->next = &tail; /* { dg-warning "'tail' is stored into memory outside\[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_into_param_content (struct q *p)
{
  struct q tail;
  p->next->next = &tail; /* { dg-warning "'tail' is stored into memory reachable from parameter 'p'\[^\n\]*\\\[escape:store\\\]" } */
}

void
nowarn_keep_pool_result (void)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  keeper (pool_alloc (sizeof (struct q))); /* { dg-bogus "escape" } */
}

void
warn_keep_param (struct q *p)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  keeper (p); /* { dg-warning "'tail' is passed to 'keeper', which keeps it after returning \\\[escape:queue\\\]" } */
}
