/* Queue rule, positive: a recursive function whose parameter is kept
   (stored into a global at the bottom of the recursion) passes a local
   of its own frame to the recursive call; that call is reported, naming
   the function itself.  */
/* { dg-do compile } */

static int *deepest;

void
warn_self_recursive (int *p, int n)
{
  if (n > 0)
    {
      int level = n;
      warn_self_recursive (&level, n - 1); /* { dg-warning "address of local variable 'level' is passed to 'warn_self_recursive', which keeps it after returning \\\[escape:queue\\\]" } */
    }
  else
    deepest = p;
}
