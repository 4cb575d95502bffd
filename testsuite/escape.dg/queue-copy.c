/* Queue rule, positive: the argument reaches the retaining callee
   through copies, casts, a phi and a field of a local struct loaded
   back.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

struct arg { int n; };
struct launch { void *arg; int flags; };

extern struct arg global_arg;

static void *
work (void *p)
{
  return p;
}

int
warn_cast_copy (void)
{
  pthread_t t;
  struct arg a = { 1 };
  void *p = (void *) &a;
  void *q = p;
  return pthread_create (&t, NULL, work, q); /* { dg-warning "address of local variable 'a' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_phi (int c)
{
  pthread_t t;
  struct arg a = { 2 };
  void *p = c ? (void *) &a : (void *) &global_arg;
  return pthread_create (&t, NULL, work, p); /* { dg-warning "address of local variable 'a' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_loaded_field (void)
{
  pthread_t t;
  struct arg a = { 3 };
  struct launch l = { &a, 0 };
  return pthread_create (&t, NULL, work, l.arg); /* { dg-warning "address of local variable 'a' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}
