/* Queue rule, positive: a compound literal in a function body has
   automatic storage; passing its address to a retaining callee is
   reported with the noun "compound literal".  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

struct range { int lo, hi; };

static void *
scan (void *p)
{
  struct range *r = p;
  return r->lo < r->hi ? p : NULL;
}

static const struct range *current;

static void
set_range (const struct range *r)
{
  current = r;
}

int
warn_compound_thread (int lo, int hi)
{
  pthread_t t;
  return pthread_create (&t, NULL, scan, &(struct range) { lo, hi }); /* { dg-warning "address of compound literal is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_compound_helper (void)
{
  set_range (&(struct range) { 0, 10 }); /* { dg-warning "address of compound literal is passed to 'set_range', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_compound_putenv (void)
{
  return putenv ((char[]) { "PAGER=less" }); /* { dg-warning "address of compound literal is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}
