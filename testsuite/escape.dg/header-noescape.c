/* Header: under the plugin, ESCAPE_NOESCAPE from <escape/escape.h> is the
   noescape attribute: checked in the body (an escape is an error),
   trusted by direct callers and through a function-pointer type that
   carries it, where an unmarked callback parameter is a fnptr finding.  */
/* { dg-do compile } */
/* { dg-options "-I$srcdir/../include" } */

#include <escape/escape.h>

struct node { int v; };
typedef int (*visit_fn) (struct node *n ESCAPE_NOESCAPE);
typedef int (*plain_fn) (struct node *n);

static struct node *g_node;

int
warn_keeps (struct node *n ESCAPE_NOESCAPE)
{
  g_node = n; /* { dg-error "address held by noescape parameter 'n' is stored into global 'g_node', which outlives 'warn_keeps' \\\[escape:store\\\]" } */
  return 0;
}

int
nowarn_reads (ESCAPE_NOESCAPE const struct node *n)
{
  return n->v; /* { dg-bogus "escape" } */
}

int
nowarn_callers (visit_fn visit)
{
  struct node a = { 1 }, b = { 2 };
  return nowarn_reads (&a) + visit (&b); /* { dg-bogus "escape" } */
}

int
warn_plain_callback (plain_fn visit)
{
  struct node c = { 3 };
  return visit (&c); /* { dg-warning "address of local variable 'c' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
