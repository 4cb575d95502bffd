/* Return rule, positive: several return statements.  Each object is
   reported at the first return statement that carries it; a return that
   carries nothing automatic is not reported.  */
/* { dg-do compile } */

int g;

int *
warn_two_objects (int c)
{
  int x = 0, y = 0;
  if (c)
    return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_two_objects'" } */
  if (c > 10)
    return &g; /* { dg-bogus "escape" } */
  return &y; /* { dg-warning "address of local variable 'y' is returned from 'warn_two_objects'" } */
}

int *
warn_same_object_twice (int c)
{
  int x = 0;
  int *p = &x;
  if (c)
    return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_same_object_twice'" } */
  g++;
  return p; /* { dg-bogus "escape" "reported once, at the first return" } */
}
