/* Queue rule, positive: a same-file wrapper around pthread_setspecific
   keeps its argument as the thread's value; the wrapper's callers are
   reported.  */
/* { dg-do compile } */

#include <pthread.h>

struct trace { const char *fn; int depth; };

static pthread_key_t trace_key;

static void
trace_set (struct trace *t)
{
  pthread_setspecific (trace_key, t); /* { dg-bogus "escape" } */
}

void
warn_trace_enter (const char *fn)
{
  struct trace t = { fn, 0 };
  trace_set (&t); /* { dg-warning "address of local variable 't' is passed to 'trace_set', which keeps it after returning \\\[escape:queue\\\]" } */
}
