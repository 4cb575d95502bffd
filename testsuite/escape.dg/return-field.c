/* Return rule, positive: the address of a field of a local struct,
   nested struct and array member, and of a union member.  */
/* { dg-do compile } */

struct inner { int a; int b[4]; };
struct outer { char tag; struct inner in; long field; };
union u { int i; float f; };

long *
warn_field (void)
{
  struct outer s = { 0 };
  return &s.field; /* { dg-warning "address of local variable 's' is returned from 'warn_field'" } */
}

int *
warn_nested_field (void)
{
  struct outer s = { 0 };
  return &s.in.a; /* { dg-warning "address of local variable 's' is returned from 'warn_nested_field'" } */
}

int *
warn_member_array (int i)
{
  struct outer s = { 0 };
  return s.in.b + i; /* { dg-warning "address of local variable 's' is returned from 'warn_member_array'" } */
}

float *
warn_union_member (void)
{
  union u v;
  v.i = 0;
  return &v.f; /* { dg-warning "address of local variable 'v' is returned from 'warn_union_member'" } */
}
