/* Store rule, positive: the stored pointer is a merge of the local's
   address with non-local values (a global's address, NULL, a parameter).
   One path is enough: the analysis is conservative about branches.  */
/* { dg-do compile } */

int *g;
int fallback;

void
warn_cond_expr (int c)
{
  int x = 0;
  g = c ? &x : &fallback; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_cond_expr' \\\[escape:store\\\]" } */
}

void
warn_if_else (int c, int *param)
{
  int y = 0;
  int *p;
  if (c)
    p = &y;
  else
    p = param;
  g = p; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_if_else' \\\[escape:store\\\]" } */
}

void
warn_maybe_null (int c)
{
  int z = 0;
  int *p = 0;
  if (c > 3)
    p = &z;
  g = p; /* { dg-warning "address of local variable 'z' is stored into global 'g', which outlives 'warn_maybe_null' \\\[escape:store\\\]" } */
}
