/* Return rule, positive: the address of a local returned directly, for a
   scalar, a struct, an array (decayed) and a pointer variable.  The
   warning is at the return statement and names the object and the
   function, with the rule's tag.  */
/* { dg-do compile } */

struct point { int x, y; };

int *
warn_scalar (void)
{
  int x = 1;
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_scalar' \\\[escape:return\\\]" } */
}

struct point *
warn_struct (void)
{
  struct point pt = { 1, 2 };
  return &pt; /* { dg-warning "address of local variable 'pt' is returned from 'warn_struct' \\\[escape:return\\\]" } */
}

int *
warn_array_decay (void)
{
  int arr[4] = { 1, 2, 3, 4 };
  return arr; /* { dg-warning "address of local variable 'arr' is returned from 'warn_array_decay' \\\[escape:return\\\]" } */
}

int **
warn_pointer_var (int *q)
{
  int *p = q;
  return &p; /* { dg-warning "address of local variable 'p' is returned from 'warn_pointer_var' \\\[escape:return\\\]" } */
}
