/* Store rule, positive: a struct passed by value is
   a parameter in the callee's frame; the address of the parameter or of
   one of its fields stored into a global is reported as "parameter".  */
/* { dg-do compile } */

struct big { int a[8]; int n; };

int *g_n;
int *g_first;
const struct big *g_big;

void
warn_param_field (struct big b)
{
  g_n = &b.n; /* { dg-warning "address of parameter 'b' is stored into global 'g_n', which outlives 'warn_param_field' \\\[escape:store\\\]" } */
}

void
warn_param_array_elem (struct big b)
{
  g_first = &b.a[0]; /* { dg-warning "address of parameter 'b' is stored into global 'g_first', which outlives 'warn_param_array_elem' \\\[escape:store\\\]" } */
}

void
warn_param_whole (struct big b, const struct big **out)
{
  *out = &b; /* { dg-warning "address of parameter 'b' is stored into memory pointed to by parameter 'out', which outlives 'warn_param_whole' \\\[escape:store\\\]" } */
}
