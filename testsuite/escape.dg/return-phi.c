/* Return rule, positive: a pointer assigned in an if/else and in a
   switch (PHI nodes in SSA form) reaches the return.  */
/* { dg-do compile } */

int *
warn_if_else (int c, int *q)
{
  int x = 0;
  int *p;
  if (c)
    p = &x;
  else
    p = q;
  return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_if_else'" } */
}

int *
warn_if_only (int c)
{
  static int s;
  int x = 0;
  int *p = &s;
  if (c > 3)
    p = &x;
  return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_if_only'" } */
}

int *
warn_switch (int k)
{
  int a = 0, b = 0;
  int *p = 0;
  switch (k)
    {
    case 1:
      p = &a;
      break;
    case 2:
      p = &b;
      break;
    default:
      break;
    }
  return p; /* { dg-warning "address of local variable 'a' is returned from 'warn_switch'" } */
  /* { dg-warning "address of local variable 'b' is returned from 'warn_switch'" "second object 'b'" { target *-*-* } .-1 } */
}
