/* Store rule, negative: heap objects are not automatic; storing a heap
   pointer, or the address of a field of a heap object, into a global or
   the caller's memory is not a finding of this rule.  */
/* { dg-do compile } */

#include <stdlib.h>

struct node { int key; int val; struct node *next; };

struct node *g_head;
int *g_val;

void
nowarn_publish_heap (int key)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    return;
  n->key = key;
  n->next = g_head;
  g_head = n; /* { dg-bogus "escape" } */
}

void
nowarn_heap_field_addr (void)
{
  struct node *n = calloc (1, sizeof *n);
  if (n)
    g_val = &n->val; /* { dg-bogus "escape" } */
}

int
nowarn_heap_out (struct node **out)
{
  struct node *n = calloc (1, sizeof *n);
  *out = n; /* { dg-bogus "escape" } */
  return n != NULL;
}
