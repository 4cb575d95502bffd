/* Queue rule, positive: the address of a field or an element of a local
   aggregate passed to a retaining callee escapes the whole aggregate,
   which is the object named.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

struct worker_state { pthread_t tid; int id; int result; };
struct env_block { int count; char lines[4][32]; };

static void *
run (void *p)
{
  int *id = p;
  return id;
}

int
warn_field_to_thread (void)
{
  struct worker_state ws = { 0, 7, 0 };
  return pthread_create (&ws.tid, NULL, run, &ws.id); /* { dg-warning "address of local variable 'ws' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_row_to_putenv (int i)
{
  struct env_block b = { 1, { "A=1", "B=2", "C=3", "D=4" } };
  return putenv (b.lines[i & 3]); /* { dg-warning "address of local variable 'b' is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}
