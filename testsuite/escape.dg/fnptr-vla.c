/* Fnptr rule, positive: a variable length array passed through a
   function pointer is reported with the noun "variable length array".  */
/* { dg-do compile } */

typedef double (*reduce_fn) (const double *v, int n);

double
warn_vla_reduce (reduce_fn reduce, int n)
{
  double v[n];
  for (int i = 0; i < n; i++)
    v[i] = i * 0.5;
  return reduce (v, n); /* { dg-warning "address of variable length array 'v' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
