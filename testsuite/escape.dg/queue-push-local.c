/* Queue rule, negative: the same push as queue-push-global.c onto a
   queue that is a local of the caller: the item goes into memory of the
   same frame, so nothing escapes.  Pushing heap or global items onto a
   global queue is not about automatic storage either.  */
/* { dg-do compile } */

#include <stdlib.h>

struct item { int v; struct item *next; };
struct q { struct item *head; int len; };

struct q global_q;
struct item global_item;

static void
push (struct q *q, struct item *it)
{
  it->next = q->head;
  q->head = it;
  q->len++;
}

static int
drain (struct q *q)
{
  int sum = 0;
  for (struct item *it = q->head; it; it = it->next)
    sum += it->v;
  q->head = NULL;
  return sum;
}

int
nowarn_push_local (void)
{
  struct q local_q = { 0 };
  struct item item = { 1, NULL };
  struct item more[3] = { { 2, NULL }, { 3, NULL }, { 4, NULL } };
  push (&local_q, &item); /* { dg-bogus "escape" } */
  for (int i = 0; i < 3; i++)
    push (&local_q, &more[i]); /* { dg-bogus "escape" } */
  return drain (&local_q); /* { dg-bogus "escape" } */
}

void
nowarn_push_heap_item (int v)
{
  struct item *it = malloc (sizeof *it);
  if (!it)
    return;
  it->v = v;
  push (&global_q, it); /* { dg-bogus "escape" } */
}

void
nowarn_push_global_item (void)
{
  push (&global_q, &global_item); /* { dg-bogus "escape" } */
}
