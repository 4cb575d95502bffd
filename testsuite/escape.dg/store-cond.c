/* Store rule, positive: a store on one branch only, never cleared, is a
   dangling global on that path.  */
/* { dg-do compile } */

int *g_best;

void
warn_store_if (int c)
{
  int x = c;
  if (c > 0)
    g_best = &x; /* { dg-warning "address of local variable 'x' is stored into global 'g_best', which outlives 'warn_store_if' \\\[escape:store\\\]" } */
}

void
warn_store_in_switch (int k, int **out)
{
  int small = 1, large = 2;
  switch (k)
    {
    case 0:
      *out = &small; /* { dg-warning "address of local variable 'small' is stored into memory pointed to by parameter 'out', which outlives 'warn_store_in_switch' \\\[escape:store\\\]" } */
      break;
    case 1:
      *out = &large; /* { dg-warning "address of local variable 'large' is stored into memory pointed to by parameter 'out', which outlives 'warn_store_in_switch' \\\[escape:store\\\]" } */
      break;
    default:
      break;
    }
}

void
warn_best_of (const int *v, int n)
{
  int best = v[0];
  for (int i = 1; i < n; i++)
    if (v[i] > best)
      best = v[i];
  if (best > 100)
    g_best = &best; /* { dg-warning "address of local variable 'best' is stored into global 'g_best', which outlives 'warn_best_of' \\\[escape:store\\\]" } */
}
