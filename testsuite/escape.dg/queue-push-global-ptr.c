/* Queue rule, positive: the queue passed to push is not a global's
   address but a pointer loaded from a global (the current run queue);
   what it points to outlives the frame all the same.  */
/* { dg-do compile } */

#include <stddef.h>

struct item { int v; struct item *next; };
struct q { struct item *head; };

struct q *g_runq;

static void
push (struct q *q, struct item *it)
{
  it->next = q->head;
  q->head = it;
}

void
warn_push_loaded_queue (void)
{
  struct item it = { 0, NULL };
  push (g_runq, &it); /* { dg-warning "address of local variable 'it' is passed to 'push', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_push_copied_queue (int v)
{
  struct item it = { v, NULL };
  struct q *q = g_runq;
  push (q, &it); /* { dg-warning "address of local variable 'it' is passed to 'push', which keeps it after returning \\\[escape:queue\\\]" } */
}
