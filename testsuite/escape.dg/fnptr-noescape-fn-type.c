/* Fnptr rule, negative: noescape on the parameter of a function type
   (not a pointer type) typedef, used through a pointer, and on a
   parameter declared with a function type.  */
/* { dg-do compile } */

struct node { int key; };

typedef void visit_fn (struct node *n __attribute__ ((noescape)));

visit_fn *g_visit;

void
nowarn_fn_type_typedef (void)
{
  struct node n = { 1 };
  g_visit (&n); /* { dg-bogus "escape" } */
}

void
nowarn_fn_type_param (void each (struct node *n __attribute__ ((noescape))))
{
  struct node n = { 2 };
  each (&n); /* { dg-bogus "escape" } */
}
