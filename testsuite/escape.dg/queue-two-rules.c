/* Queue rule: one object that escapes twice, once by a store into a
   global and once by a retaining call, is one finding per rule, each at
   its own statement.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stddef.h>

struct state { int n; };

struct state *g_state;

static void *
loop (void *p)
{
  return p;
}

int
warn_store_and_queue (void)
{
  pthread_t t;
  struct state s = { 0 };
  g_state = &s; /* { dg-warning "address of local variable 's' is stored into global 'g_state', which outlives 'warn_store_and_queue' \\\[escape:store\\\]" } */
  return pthread_create (&t, NULL, loop, &s); /* { dg-warning "address of local variable 's' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}
