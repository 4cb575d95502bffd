/* Return rule, positive: the address is stored into a pointer field of a
   local struct, and the field is returned (store then load through the
   struct's memory, field-sensitively).  */
/* { dg-do compile } */

struct holder { int *p; int *q; long n; };

int *
warn_field_roundtrip (void)
{
  int x = 0;
  struct holder h;
  h.p = &x;
  h.q = 0;
  h.n = 1;
  return h.p; /* { dg-warning "address of local variable 'x' is returned from 'warn_field_roundtrip'" } */
}

int *
warn_initializer (void)
{
  int x = 0;
  struct holder h = { &x, 0, 0 };
  return h.p; /* { dg-warning "address of local variable 'x' is returned from 'warn_initializer'" } */
}

int *
warn_through_struct_pointer (void)
{
  int x = 0;
  struct holder h = { 0, 0, 0 };
  struct holder *hp = &h;
  hp->q = &x;
  return h.q; /* { dg-warning "address of local variable 'x' is returned from 'warn_through_struct_pointer'" } */
}
