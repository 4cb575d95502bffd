/* Return rule, positive: pointer arithmetic on a local array keeps the
   address: constant and variable offsets, increments, differences added
   back.  */
/* { dg-do compile } */

char *
warn_plus_const (void)
{
  char buf[16] = "hello";
  return buf + 2; /* { dg-warning "address of local variable 'buf' is returned from 'warn_plus_const'" } */
}

char *
warn_plus_var (unsigned i)
{
  char buf[16] = "hello";
  return buf + (i & 7); /* { dg-warning "address of local variable 'buf' is returned from 'warn_plus_var'" } */
}

int *
warn_minus (int i)
{
  int arr[8] = { 0 };
  int *end = arr + 8;
  return end - i; /* { dg-warning "address of local variable 'arr' is returned from 'warn_minus'" } */
}

int *
warn_increment (void)
{
  int arr[8] = { 0 };
  int *p = arr;
  p++;
  p += 3;
  return p; /* { dg-warning "address of local variable 'arr' is returned from 'warn_increment'" } */
}
