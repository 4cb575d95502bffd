/* Return rule, positive: a local array of pointers holds the address;
   an element read at a constant or at a variable index is returned.  */
/* { dg-do compile } */

int *
warn_ptr_array_const (void)
{
  int x = 0, y = 0;
  int *v[2];
  v[0] = &x;
  v[1] = &y;
  return v[1]; /* { dg-warning "address of local variable 'y' is returned from 'warn_ptr_array_const'" } */
}

int *
warn_ptr_array_var (int i)
{
  int x = 0;
  int *v[4] = { 0, 0, 0, 0 };
  v[i & 3] = &x;
  return v[0]; /* { dg-warning "address of local variable 'x' is returned from 'warn_ptr_array_var'" } */
}

char *
warn_ptr_array_loop (int n)
{
  char a[8] = "a", b[8] = "b";
  char *names[2] = { a, b };
  char *best = 0;
  for (int i = 0; i < n && i < 2; i++)
    if (names[i][0] == 'b')
      best = names[i];
  return best; /* { dg-warning "address of local variable 'a' is returned from 'warn_ptr_array_loop'" } */
  /* { dg-warning "address of local variable 'b' is returned from 'warn_ptr_array_loop'" "second object 'b'" { target *-*-* } .-1 } */
}
