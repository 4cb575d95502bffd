/* Return rule, positive: two levels of helpers between the address and
   the return, including a non-static helper and a helper picking one of
   its arguments.  */
/* { dg-do compile } */

static int *
inner (int *p)
{
  return p;
}

static int *
outer (int *p)
{
  int *q = inner (p);
  return q;
}

int *
pick (int c, int *a, int *b)
{
  return c ? inner (a) : outer (b);
}

int *
warn_two_levels (void)
{
  int x = 0;
  return outer (&x); /* { dg-warning "address of local variable 'x' is returned from 'warn_two_levels'" } */
}

int *
warn_pick (int c, int *g)
{
  int y = 0;
  int *r = pick (c, g, &y);
  return r; /* { dg-warning "address of local variable 'y' is returned from 'warn_pick'" } */
}
