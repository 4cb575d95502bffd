/* Fnptr rule, negative: values, not addresses: ints and doubles read
   from locals, a struct passed by value holding no address, a char.  */
/* { dg-do compile } */

struct pt { int x, y; };

typedef int (*int_fn) (int v);
typedef double (*dbl_fn) (double d, struct pt p, char c);

int
nowarn_int_values (int_fn f)
{
  int x = 4;
  int *p = &x;
  return f (x) + f (*p); /* { dg-bogus "escape" } */
}

double
nowarn_struct_by_value (dbl_fn f)
{
  struct pt p = { 1, 2 };
  char name[4] = "abc";
  double d = 0.5;
  return f (d, p, name[1]); /* { dg-bogus "escape" } */
}
