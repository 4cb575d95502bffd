/* Store rule, positive: a field of a struct the caller passed by pointer
   is the caller's memory: `list->head = &node', `args->buf = buf'.  */
/* { dg-do compile } */

#include <stddef.h>

struct node { int key; struct node *next; };
struct list { struct node *head; size_t len; };
struct args { char *buf; size_t size; };

void
warn_list_head (struct list *list, int key)
{
  struct node node = { key, NULL };
  node.next = list->head;
  list->head = &node; /* { dg-warning "address of local variable 'node' is stored into memory pointed to by parameter 'list', which outlives 'warn_list_head' \\\[escape:store\\\]" } */
  list->len++;
}

void
warn_args_buf (struct args *args)
{
  char buf[128];
  buf[0] = 0;
  args->buf = buf; /* { dg-warning "address of local variable 'buf' is stored into memory pointed to by parameter 'args', which outlives 'warn_args_buf' \\\[escape:store\\\]" } */
  args->size = sizeof buf;
}

void
warn_second_param (int unused, struct list *l)
{
  struct node n = { unused, NULL };
  l->head = &n; /* { dg-warning "address of local variable 'n' is stored into memory pointed to by parameter 'l', which outlives 'warn_second_param' \\\[escape:store\\\]" } */
}
