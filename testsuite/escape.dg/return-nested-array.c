/* Return rule, positive: arrays inside structs and structs inside
   arrays; pointers into them returned after arithmetic.  */
/* { dg-do compile } */

struct line { int len; char text[32]; };
struct item { int key; int val; };

char *
warn_struct_member_array (void)
{
  struct line l = { 0, "" };
  return l.text + 3; /* { dg-warning "address of local variable 'l' is returned from 'warn_struct_member_array'" } */
}

int *
warn_array_of_structs (int i)
{
  struct item items[4] = { { 0, 0 } };
  return &items[i & 3].val; /* { dg-warning "address of local variable 'items' is returned from 'warn_array_of_structs'" } */
}

struct item *
warn_array_of_structs_ptr (void)
{
  struct item items[4] = { { 0, 0 } };
  struct item *it = items;
  it += 2;
  return it; /* { dg-warning "address of local variable 'items' is returned from 'warn_array_of_structs_ptr'" } */
}
