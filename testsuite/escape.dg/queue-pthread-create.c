/* Queue rule, positive: the fourth argument of pthread_create is kept by
   the new thread after pthread_create returns; a local's address there
   is reported at the call, naming pthread_create.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stddef.h>

struct arg { int n; int *out; };

static void *
worker (void *p)
{
  struct arg *a = p;
  if (a->out)
    *a->out = a->n;
  return NULL;
}

int
warn_detached (void)
{
  pthread_t t;
  struct arg a = { 1, NULL };
  int rc = pthread_create (&t, NULL, worker, &a); /* { dg-warning "address of local variable 'a' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
  if (rc == 0)
    pthread_detach (t);
  return rc;
}

int
warn_scalar_arg (void)
{
  pthread_t t;
  int n = 5;
  return pthread_create (&t, NULL, worker, &n); /* { dg-warning "address of local variable 'n' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_via_void_ptr (void)
{
  pthread_t t;
  struct arg a = { 2, NULL };
  void *p = &a;
  return pthread_create (&t, NULL, worker, p); /* { dg-warning "address of local variable 'a' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}
