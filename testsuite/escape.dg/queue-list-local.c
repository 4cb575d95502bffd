/* Queue rule, negative (realistic): the list_add of queue-list-global.c
   used on a list whose head is a local of the caller: every node stays
   in this frame, so no call keeps anything.  */
/* { dg-do compile } */

#include <stddef.h>

struct list_head { struct list_head *next, *prev; };

#define container_of(ptr, type, member) \
  ((type *) ((char *) (ptr) - offsetof (type, member)))

static void
list_init (struct list_head *h)
{
  h->next = h;
  h->prev = h;
}

static void
list_add_between (struct list_head *new, struct list_head *prev,
                  struct list_head *next)
{
  next->prev = new;
  new->next = next;
  new->prev = prev;
  prev->next = new;
}

static void
list_add (struct list_head *new, struct list_head *head)
{
  list_add_between (new, head, head->next);
}

struct item { struct list_head link; int v; };

static int
sum (struct list_head *head)
{
  int s = 0;
  for (struct list_head *p = head->next; p != head; p = p->next)
    s += container_of (p, struct item, link)->v;
  return s;
}

int
nowarn_local_list (void)
{
  struct list_head head;
  struct item a = { { NULL, NULL }, 1 };
  struct item b = { { NULL, NULL }, 2 };
  list_init (&head); /* { dg-bogus "escape" } */
  list_add (&a.link, &head); /* { dg-bogus "escape" } */
  list_add (&b.link, &head); /* { dg-bogus "escape" } */
  return sum (&head); /* { dg-bogus "escape" } */
}

int
nowarn_local_array_list (int n)
{
  struct list_head head;
  struct item items[8];
  list_init (&head);
  for (int i = 0; i < n && i < 8; i++)
    {
      items[i].v = i;
      list_add (&items[i].link, &head); /* { dg-bogus "escape" } */
    }
  return sum (&head); /* { dg-bogus "escape" } */
}
