/* Return rule, negative: returning the VALUE loaded through a pointer to
   a local (an int, a struct copy, an element), not the address.  */
/* { dg-do compile } */

struct pair { int a, b; };

int
nowarn_deref (void)
{
  int x = 42;
  int *p = &x;
  return *p; /* { dg-bogus "escape" } */
}

struct pair
nowarn_struct_copy (void)
{
  struct pair s = { 1, 2 };
  struct pair *p = &s;
  return *p; /* { dg-bogus "escape" } */
}

long
nowarn_elem_value (int i)
{
  long arr[4] = { 1, 2, 3, 4 };
  long *p = &arr[i & 3];
  return p[0] + *(p - (i & 3)); /* { dg-bogus "escape" } */
}
