/* Fnptr rule, negative: the caller's pointers (parameters, pointers
   derived from them, pointers loaded from the caller's memory) passed
   through a function pointer are not automatic objects of this
   function.  */
/* { dg-do compile } */

struct node { int key; struct node *next; };

typedef void (*visit_fn) (struct node *n);

void
nowarn_each (struct node *head, visit_fn visit)
{
  for (struct node *n = head; n; n = n->next)
    visit (n); /* { dg-bogus "escape" } */
}

void
nowarn_second (struct node **slots, visit_fn visit)
{
  visit (slots[1]); /* { dg-bogus "escape" } */
  visit (*slots + 1); /* { dg-bogus "escape" } */
}
