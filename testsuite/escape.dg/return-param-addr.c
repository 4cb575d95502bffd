/* Return rule, positive: the address of a parameter itself (not its
   value) has automatic storage; the noun is "parameter".  */
/* { dg-do compile } */

struct big { long v[8]; };

int *
warn_param_scalar (int a)
{
  return &a; /* { dg-warning "address of parameter 'a' is returned from 'warn_param_scalar'" } */
}

char **
warn_param_pointer (char *s)
{
  char **pp = &s;
  return pp; /* { dg-warning "address of parameter 's' is returned from 'warn_param_pointer'" } */
}

long *
warn_param_struct (struct big b)
{
  return &b.v[2]; /* { dg-warning "address of parameter 'b' is returned from 'warn_param_struct'" } */
}

int *
warn_param_second (int a, int b)
{
  return a > 0 ? &b : 0; /* { dg-warning "address of parameter 'b' is returned from 'warn_param_second'" } */
}
