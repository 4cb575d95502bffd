/* Return rule, negative: function addresses are code, not automatic
   storage; returning them (directly, from a local variable, from a local
   table of function pointers) is fine.  */
/* { dg-do compile } */

typedef int (*op_fn) (int, int);

static int add (int a, int b) { return a + b; }
static int sub (int a, int b) { return a - b; }

op_fn
nowarn_fn (int c)
{
  return c ? add : sub; /* { dg-bogus "escape" } */
}

op_fn
nowarn_fn_local_var (void)
{
  op_fn f = &add;
  return f; /* { dg-bogus "escape" } */
}

op_fn
nowarn_fn_local_table (int i)
{
  op_fn table[2] = { add, sub };
  return table[i & 1]; /* { dg-bogus "escape" } */
}
