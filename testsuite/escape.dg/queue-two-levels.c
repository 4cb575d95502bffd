/* Queue rule, positive: the retaining store is two calls deep (enqueue
   calls push); the summary propagates, and the caller of enqueue is
   reported, naming enqueue.  On a local queue it is fine.  */
/* { dg-do compile } */

#include <stddef.h>

struct item { int prio; struct item *next; };
struct q { struct item *head; unsigned n; };

struct q runq;

static void
push (struct q *q, struct item *it)
{
  it->next = q->head;
  q->head = it;
  q->n++;
}

static int
enqueue (struct q *q, struct item *it, int prio)
{
  if (prio < 0)
    return -1;
  it->prio = prio;
  push (q, it); /* { dg-bogus "escape" } */
  return 0;
}

static int
enqueue_run (struct item *it)
{
  return enqueue (&runq, it, 1); /* { dg-bogus "escape" } */
}

void
warn_enqueue_global (void)
{
  struct item item = { 0, NULL };
  enqueue (&runq, &item, 5); /* { dg-warning "address of local variable 'item' is passed to 'enqueue', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_three_levels (void)
{
  struct item task = { 0, NULL };
  enqueue_run (&task); /* { dg-warning "address of local variable 'task' is passed to 'enqueue_run', which keeps it after returning \\\[escape:queue\\\]" } */
}

unsigned
nowarn_enqueue_local (void)
{
  struct q local_q = { NULL, 0 };
  struct item item = { 0, NULL };
  enqueue (&local_q, &item, 5); /* { dg-bogus "escape" } */
  return local_q.n;
}
