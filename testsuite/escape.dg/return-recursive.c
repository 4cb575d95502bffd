/* Return rule, positive: a recursive helper (a call-graph cycle) that
   eventually returns its argument; and two mutually recursive helpers.
   The summaries must reach a fixed point.  */
/* { dg-do compile } */

static int *
walk (int *p, int n)
{
  if (n <= 0)
    return p;
  return walk (p, n - 1);
}

static int *odd (int *p, int n);

static int *
even (int *p, int n)
{
  return n == 0 ? p : odd (p, n - 1);
}

static int *
odd (int *p, int n)
{
  return n == 0 ? 0 : even (p, n - 1);
}

int *
warn_recursive (int n)
{
  int x = 0;
  return walk (&x, n); /* { dg-warning "address of local variable 'x' is returned from 'warn_recursive'" } */
}

int *
warn_mutual (int n)
{
  int y = 0;
  int *r = even (&y, n);
  return r; /* { dg-warning "address of local variable 'y' is returned from 'warn_mutual'" } */
}
