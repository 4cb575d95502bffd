/* Return rule, positive: the address of an element of a local array, at
   a constant and at a variable index, and of a row of a 2-D array.  */
/* { dg-do compile } */

int *
warn_elem_const (void)
{
  int arr[8] = { 0 };
  return &arr[3]; /* { dg-warning "address of local variable 'arr' is returned from 'warn_elem_const'" } */
}

int *
warn_elem_var (int i)
{
  int arr[8] = { 0 };
  return &arr[i]; /* { dg-warning "address of local variable 'arr' is returned from 'warn_elem_var'" } */
}

int *
warn_row (int i)
{
  int grid[4][4] = { { 0 } };
  return grid[i & 3]; /* { dg-warning "address of local variable 'grid' is returned from 'warn_row'" } */
}

double *
warn_elem_past_end (void)
{
  double v[2] = { 0.0, 1.0 };
  return &v[2]; /* { dg-warning "address of local variable 'v' is returned from 'warn_elem_past_end'" } */
}
