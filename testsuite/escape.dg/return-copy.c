/* Return rule, positive: the address reaches the return value through
   local pointer copies; the warning is at the return statement, not at
   the line where the address was taken.  */
/* { dg-do compile } */

int *
warn_one_copy (void)
{
  int x = 0;
  int *p = &x;
  return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_one_copy'" } */
}

int *
warn_chain (void)
{
  int x = 0;
  int *p = &x;
  int *q = p;
  int *r = q;
  return r; /* { dg-warning "address of local variable 'x' is returned from 'warn_chain'" } */
}

const int *
warn_assigned_later (int n)
{
  int x = n;
  const int *p;
  n *= 2;
  p = &x;
  return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_assigned_later'" } */
}
