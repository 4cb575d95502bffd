/* Arguments: rules=all runs every rule: one finding of each of return,
   store, queue and fnptr is reported, each with its tag.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=all" } */

#include <pthread.h>

int *g;
void (*g_callback) (int *);

static void *
worker (void *arg)
{
  return arg;
}

int *
warn_return (void)
{
  int x = 0;
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_return' \\\[escape:return\\\]" } */
}

void
warn_store (void)
{
  int y = 0;
  g = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\]" } */
}

void
warn_queue (pthread_t *t)
{
  int z = 0;
  pthread_create (t, 0, worker, &z); /* { dg-warning "address of local variable 'z' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_fnptr (void)
{
  int w = 0;
  g_callback (&w); /* { dg-warning "address of local variable 'w' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
