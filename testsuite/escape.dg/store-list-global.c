/* Store rule, positive (realistic): an intrusive singly linked list of
   shutdown handlers whose head is a global.  Functions that link a
   handler living in their own frame into the global list and return
   without unlinking it are reported at the store that publishes the
   node.  Compare store-list-local.c: the same code on a local list.  */
/* { dg-do compile } */

#include <stddef.h>

struct link { struct link *next; };

struct handler
{
  struct link link;
  int prio;
  void (*run) (struct handler *);
};

#define handler_of(l) ((struct handler *) ((char *) (l) - offsetof (struct handler, link)))

static struct link *g_handlers;
static struct link g_sorted;     /* sentinel head of a sorted list */

static void
flush_logs (struct handler *h)
{
  h->prio = 0;
}

/* Push at the head of the global list.  */
void
warn_add_handler (int prio)
{
  struct handler h;
  h.prio = prio;
  h.run = flush_logs;
  h.link.next = g_handlers;
  g_handlers = &h.link; /* { dg-warning "address of local variable 'h' is stored into global 'g_handlers', which outlives 'warn_add_handler' \\\[escape:store\\\]" } */
}

/* Sorted insertion after a node found by walking the global list: the
   predecessor is the sentinel or a node loaded from the list.  */
void
warn_add_sorted (int prio)
{
  struct handler h = { { NULL }, prio, flush_logs };
  struct link *prev = &g_sorted;
  while (prev->next && handler_of (prev->next)->prio < prio)
    prev = prev->next;
  h.link.next = prev->next;
  prev->next = &h.link; /* { dg-warning "address of local variable 'h' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

/* Walking and running the handlers stores nothing of this frame.  */
int
nowarn_run_handlers (void)
{
  int n = 0;
  struct link *l;
  for (l = g_handlers; l; l = l->next)
    {
      struct handler *h = handler_of (l);
      if (h->run)
        h->run (h); /* { dg-bogus "escape" } */
      n++;
    }
  return n; /* { dg-bogus "escape" } */
}

/* Unlinking the first node stores a value loaded from the list.  */
void
nowarn_pop_handler (void)
{
  if (g_handlers)
    g_handlers = g_handlers->next; /* { dg-bogus "escape" } */
}
