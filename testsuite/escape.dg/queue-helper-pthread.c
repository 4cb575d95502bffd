/* Queue rule, positive: a same-file wrapper around pthread_create passes
   its argument as the thread's argument; the wrapper's summary says the
   argument escapes, so its callers are reported, naming the wrapper.  A
   wrapper of a wrapper too.  The wrappers are clean.  */
/* { dg-do compile } */

#include <pthread.h>

struct task { int id; int result; };

static void *
run_task (void *arg)
{
  struct task *t = arg;
  t->result = t->id * 2;
  return NULL;
}

static int
spawn (struct task *t)
{
  pthread_t th;
  if (pthread_create (&th, NULL, run_task, t) != 0) /* { dg-bogus "escape" } */
    return -1;
  return pthread_detach (th);
}

static int
spawn_checked (struct task *t)
{
  if (!t)
    return -1;
  return spawn (t); /* { dg-bogus "escape" } */
}

int
warn_spawn (void)
{
  struct task t = { 1, 0 };
  return spawn (&t); /* { dg-warning "address of local variable 't' is passed to 'spawn', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_spawn_checked (int id)
{
  struct task t2 = { id, 0 };
  return spawn_checked (&t2); /* { dg-warning "address of local variable 't2' is passed to 'spawn_checked', which keeps it after returning \\\[escape:queue\\\]" } */
}
