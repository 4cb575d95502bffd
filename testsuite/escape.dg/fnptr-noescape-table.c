/* Fnptr rule, negative: a table of handlers whose type declares the
   context noescape, indexed at run time and called with a local
   context.  */
/* { dg-do compile } */

struct ctx { int op; long acc; };

typedef void (*op_fn) (struct ctx *c __attribute__ ((noescape)));

extern op_fn g_ops[4];

long
nowarn_run_ops (const int *prog, int n)
{
  struct ctx c = { 0, 0 };
  for (int i = 0; i < n; i++)
    {
      c.op = prog[i] & 3;
      g_ops[c.op] (&c); /* { dg-bogus "escape" } */
    }
  return c.acc;
}
