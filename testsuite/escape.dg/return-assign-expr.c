/* Return rule, positive: the returned expression is itself an
   assignment, a comma expression, or a GNU statement expression.  */
/* { dg-do compile } */

int *
warn_assign_in_return (void)
{
  int x = 0;
  int *p;
  return p = &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_assign_in_return'" } */
}

int *
warn_comma (int *q)
{
  int x = 0;
  return (q = 0, &x); /* { dg-warning "address of local variable 'x' is returned from 'warn_comma'" } */
}

int *
warn_stmt_expr (int c)
{
  int x = c;
  return ({ int *t = &x; t; }); /* { dg-warning "address of local variable 'x' is returned from 'warn_stmt_expr'" } */
}
