/* Return rule, positive: a union returned by value whose pointer member
   holds the address of a local; also a struct nesting such a union.  */
/* { dg-do compile } */

union val { long i; char *s; };
struct tagged { int kind; union val v; };

union val
warn_union (void)
{
  char name[8] = "abc";
  union val v;
  v.s = name;
  return v; /* { dg-warning "address of local variable 'name' is returned from 'warn_union'" } */
}

struct tagged
warn_tagged (int k)
{
  char name[8] = "abc";
  struct tagged t;
  t.kind = k;
  if (k)
    t.v.s = name;
  else
    t.v.i = 0;
  return t; /* { dg-warning "address of local variable 'name' is returned from 'warn_tagged'" } */
}
