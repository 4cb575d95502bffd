/* Queue rule, positive: a same-file push whose summary says the item is
   stored into the queue's memory.  Pushing a local item onto a global
   queue is reported at the call, naming the callee; push itself is
   clean (it stores what its caller gave it).  Compare queue-push-local.c.  */
/* { dg-do compile } */

#include <stddef.h>

struct item { int v; struct item *next; };
struct q { struct item *head; int len; };

struct q global_q;
static struct q static_q;

static void
push (struct q *q, struct item *it)
{
  it->next = q->head;
  q->head = it; /* { dg-bogus "escape" } */
  q->len++;
}

void
warn_push_global (void)
{
  struct item item = { 1, NULL };
  push (&global_q, &item); /* { dg-warning "address of local variable 'item' is passed to 'push', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_push_static (int v)
{
  struct item it;
  it.v = v;
  push (&static_q, &it); /* { dg-warning "address of local variable 'it' is passed to 'push', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_push_caller_queue (struct q *q)
{
  struct item node = { 0, NULL };
  push (q, &node); /* { dg-warning "address of local variable 'node' is passed to 'push', which keeps it after returning \\\[escape:queue\\\]" } */
}
