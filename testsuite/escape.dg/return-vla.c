/* Return rule, positive: a pointer into a variable length array; the
   noun is "variable length array".  */
/* { dg-do compile } */

char *
warn_vla (int n)
{
  char buf[n];
  buf[0] = 0;
  return buf; /* { dg-warning "address of variable length array 'buf' is returned from 'warn_vla'" } */
}

int *
warn_vla_elem (int n, int i)
{
  int vals[n + 1];
  vals[i] = 1;
  return &vals[i]; /* { dg-warning "address of variable length array 'vals' is returned from 'warn_vla_elem'" } */
}

double *
warn_vla_2d (int rows, int cols)
{
  double m[rows][cols];
  m[0][0] = 0.0;
  double *p = &m[rows - 1][0];
  return p; /* { dg-warning "address of variable length array 'm' is returned from 'warn_vla_2d'" } */
}
