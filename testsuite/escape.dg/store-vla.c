/* Store rule, positive: a variable length array has automatic storage;
   its address stored into a global or the caller's memory is reported
   with the noun "variable length array".  */
/* { dg-do compile } */

int *g_row;

void
warn_vla_global (int n)
{
  int v[n];
  for (int i = 0; i < n; i++)
    v[i] = i;
  g_row = v; /* { dg-warning "address of variable length array 'v' is stored into global 'g_row', which outlives 'warn_vla_global' \\\[escape:store\\\]" } */
}

void
warn_vla_elem (int n)
{
  int row[n + 1];
  row[n] = 0;
  g_row = &row[n]; /* { dg-warning "address of variable length array 'row' is stored into global 'g_row', which outlives 'warn_vla_elem' \\\[escape:store\\\]" } */
}

void
warn_vla_out (char **out, int n)
{
  char s[n + 1];
  s[0] = 0;
  *out = s; /* { dg-warning "address of variable length array 's' is stored into memory pointed to by parameter 'out', which outlives 'warn_vla_out' \\\[escape:store\\\]" } */
}
