/* Queue rule, positive (realistic): a Linux-style intrusive doubly
   linked list with list_add (new, head).  list_add stores `new' into the
   head's memory, so adding a stack node to a global list is reported at
   the list_add call; adding it to a local list is fine, as is walking.
   Compare queue-list-local.c.  */
/* { dg-do compile } */

#include <stddef.h>

struct list_head { struct list_head *next, *prev; };

#define LIST_HEAD_INIT(name) { &(name), &(name) }
#define container_of(ptr, type, member) \
  ((type *) ((char *) (ptr) - offsetof (type, member)))

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
  list_add_between (new, head, head->next); /* { dg-bogus "escape" } */
}

static void
list_add_tail (struct list_head *new, struct list_head *head)
{
  list_add_between (new, head->prev, head); /* { dg-bogus "escape" } */
}

struct waiter { struct list_head link; int woken; };

static struct list_head wait_list = LIST_HEAD_INIT (wait_list);

void
warn_wait (void)
{
  struct waiter w = { { NULL, NULL }, 0 };
  list_add (&w.link, &wait_list); /* { dg-warning "address of local variable 'w' is passed to 'list_add', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_wait_tail (void)
{
  struct waiter w = { { NULL, NULL }, 0 };
  list_add_tail (&w.link, &wait_list); /* { dg-warning "address of local variable 'w' is passed to 'list_add_tail', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
nowarn_wake_all (void)
{
  int n = 0;
  for (struct list_head *p = wait_list.next; p != &wait_list; p = p->next)
    {
      container_of (p, struct waiter, link)->woken = 1;
      n++;
    }
  return n; /* { dg-bogus "escape" } */
}
