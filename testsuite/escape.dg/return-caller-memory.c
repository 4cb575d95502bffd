/* Return rule, negative: pointers loaded from the caller's memory (a
   field of a struct passed by pointer, an element of an array of
   pointers, a list walk) point to memory that is not this frame's.  */
/* { dg-do compile } */

struct node { int key; struct node *next; };
struct ctx { char *buf; int *slots[4]; };

char *
nowarn_field_of_caller (struct ctx *c)
{
  return c->buf; /* { dg-bogus "escape" } */
}

int *
nowarn_slot_of_caller (struct ctx *c, int i)
{
  int *s = c->slots[i & 3];
  return s; /* { dg-bogus "escape" } */
}

struct node *
nowarn_list_find (struct node *head, int key)
{
  struct node *n;
  for (n = head; n; n = n->next)
    if (n->key == key)
      break;
  return n; /* { dg-bogus "escape" } */
}

int *
nowarn_out_param_value (int **out)
{
  return *out; /* { dg-bogus "escape" } */
}
