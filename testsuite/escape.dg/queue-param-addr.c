/* Queue rule, positive: the address of a parameter passed to a retaining
   callee is reported with the noun "parameter".  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

static void *
worker (void *p)
{
  return p;
}

static int *kept;

static void
keep_int (int *p)
{
  kept = p;
}

int
warn_param_thread (int n)
{
  pthread_t t;
  return pthread_create (&t, NULL, worker, &n); /* { dg-warning "address of parameter 'n' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_param_helper (int v)
{
  keep_int (&v); /* { dg-warning "address of parameter 'v' is passed to 'keep_int', which keeps it after returning \\\[escape:queue\\\]" } */
}

struct env { char line[32]; };

int
warn_param_struct_putenv (struct env e)
{
  return putenv (e.line); /* { dg-warning "address of parameter 'e' is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}
