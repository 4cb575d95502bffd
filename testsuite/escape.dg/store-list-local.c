/* Store rule, negative (realistic): the intrusive list of
   store-list-global.c, but the head is a local of the function that owns
   the nodes, or a list the caller built on its own stack and passes by
   pointer is only walked.  Nodes on the stack linked into a local list
   never leave the frame.  */
/* { dg-do compile } */

#include <stddef.h>

struct link { struct link *next; };

struct handler
{
  struct link link;
  int prio;
  int done;
};

#define handler_of(l) ((struct handler *) ((char *) (l) - offsetof (struct handler, link)))

static int
run_all (struct link *head)
{
  int n = 0;
  for (struct link *l = head; l; l = l->next)
    {
      handler_of (l)->done = 1;
      n++;
    }
  return n; /* { dg-bogus "escape" } */
}

int
nowarn_local_head (void)
{
  struct handler a = { { NULL }, 1, 0 };
  struct handler b = { { NULL }, 2, 0 };
  struct link *head = NULL;

  a.link.next = head;
  head = &a.link; /* { dg-bogus "escape" } */
  b.link.next = head; /* { dg-bogus "escape" } */
  head = &b.link; /* { dg-bogus "escape" } */
  return run_all (head); /* { dg-bogus "escape" } */
}

int
nowarn_local_sentinel (int n)
{
  struct handler hs[4];
  struct link sentinel = { NULL };
  struct link *tail = &sentinel;

  for (int i = 0; i < n && i < 4; i++)
    {
      hs[i].prio = i;
      hs[i].done = 0;
      hs[i].link.next = NULL;
      tail->next = &hs[i].link; /* { dg-bogus "escape" } */
      tail = tail->next;
    }
  return run_all (sentinel.next); /* { dg-bogus "escape" } */
}

/* Sorted insertion into a local list through a pointer to the local
   sentinel: the stores go into this frame.  */
int
nowarn_local_sorted (const int *prios, int n)
{
  struct handler nodes[8];
  struct link head = { NULL };
  for (int i = 0; i < n && i < 8; i++)
    {
      struct link *prev = &head;
      nodes[i].prio = prios[i];
      nodes[i].done = 0;
      while (prev->next && handler_of (prev->next)->prio < prios[i])
        prev = prev->next;
      nodes[i].link.next = prev->next;
      prev->next = &nodes[i].link; /* { dg-bogus "escape" } */
    }
  return run_all (head.next); /* { dg-bogus "escape" } */
}
