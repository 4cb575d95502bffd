/* Queue rule, positive: the helper is recursive (a strongly connected
   component of one function) and stores its argument into a global at
   the bottom of the recursion; two mutually recursive helpers likewise.
   The summaries are computed per component, and the callers reported.  */
/* { dg-do compile } */

struct node { int depth; };

static struct node *deepest;

static void
descend (struct node *n, int d)
{
  if (d > 0)
    descend (n, d - 1); /* { dg-bogus "escape" } */
  else
    deepest = n;
}

static void odd_step (struct node *n, int d);

static void
even_step (struct node *n, int d)
{
  if (d == 0)
    deepest = n;
  else
    odd_step (n, d - 1);
}

static void
odd_step (struct node *n, int d)
{
  if (d > 0)
    even_step (n, d - 1); /* { dg-bogus "escape" } */
}

void
warn_recursive (void)
{
  struct node n = { 3 };
  descend (&n, 3); /* { dg-warning "address of local variable 'n' is passed to 'descend', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_mutual (void)
{
  struct node m = { 4 };
  odd_step (&m, 5); /* { dg-warning "address of local variable 'm' is passed to 'odd_step', which keeps it after returning \\\[escape:queue\\\]" } */
}
