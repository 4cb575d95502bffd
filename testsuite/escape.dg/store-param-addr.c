/* Store rule, positive: a parameter whose address is taken lives in the
   callee's frame like any local; storing &p into a global or into the
   caller's memory is reported with the noun "parameter".  */
/* { dg-do compile } */

int *g_int;
const char **g_str;

void
warn_param_int (int a)
{
  g_int = &a; /* { dg-warning "address of parameter 'a' is stored into global 'g_int', which outlives 'warn_param_int' \\\[escape:store\\\]" } */
}

void
warn_param_ptr (const char *s)
{
  g_str = &s; /* { dg-warning "address of parameter 's' is stored into global 'g_str', which outlives 'warn_param_ptr' \\\[escape:store\\\]" } */
}

void
warn_param_out (int v, int **out)
{
  *out = &v; /* { dg-warning "address of parameter 'v' is stored into memory pointed to by parameter 'out', which outlives 'warn_param_out' \\\[escape:store\\\]" } */
}
