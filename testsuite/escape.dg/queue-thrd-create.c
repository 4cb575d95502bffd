/* Queue rule, positive: the third argument of C11 thrd_create is kept by
   the new thread.  Also joined: still reported.  */
/* { dg-do compile } */

#include <threads.h>
#include <stddef.h>

struct ctx { int in; int out; };

static int
run (void *p)
{
  struct ctx *c = p;
  c->out = c->in + 1;
  return 0;
}

int
warn_thrd_detached (void)
{
  thrd_t t;
  struct ctx c = { 1, 0 };
  if (thrd_create (&t, run, &c) != thrd_success) /* { dg-warning "address of local variable 'c' is passed to 'thrd_create', which keeps it after returning \\\[escape:queue\\\]" } */
    return -1;
  return thrd_detach (t);
}

int
warn_thrd_joined (void)
{
  thrd_t t;
  struct ctx c = { 2, 0 };
  int res;
  thrd_create (&t, run, &c); /* { dg-warning "address of local variable 'c' is passed to 'thrd_create', which keeps it after returning \\\[escape:queue\\\]" } */
  thrd_join (t, &res);
  return c.out + res;
}
