/* Return rule, positive: ?: conditionals.  Each automatic object the
   value may point to gets its own warning at the return; a global
   alternative does not.  */
/* { dg-do compile } */

int g;

int *
warn_both_arms (int c)
{
  int x = 1, y = 2;
  return c ? &x : &y; /* { dg-warning "address of local variable 'x' is returned from 'warn_both_arms'" } */
  /* { dg-warning "address of local variable 'y' is returned from 'warn_both_arms'" "second object 'y'" { target *-*-* } .-1 } */
}

int *
warn_one_arm (int c)
{
  int x = 1;
  return c ? &x : &g; /* { dg-warning "address of local variable 'x' is returned from 'warn_one_arm'" } */
}

int *
warn_nested_cond (int a, int b, int *q)
{
  int x = 1;
  int *p = a ? q : (b ? &x : 0);
  return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_nested_cond'" } */
}
