/* Fnptr rule, positive: a handler taken from a struct of operations
   (`ops->handler (&ctx)'), from the caller's struct or a global one.  */
/* { dg-do compile } */

struct ctx { int state; char name[16]; };

struct ops
{
  void (*handler) (struct ctx *c);
  int (*check) (const struct ctx *c);
};

extern const struct ops *g_ops;

void
warn_ops_param (const struct ops *ops)
{
  struct ctx ctx = { 0, "main" };
  ops->handler (&ctx); /* { dg-warning "address of local variable 'ctx' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
warn_ops_global (void)
{
  struct ctx ctx = { 1, "global" };
  return g_ops->check (&ctx); /* { dg-warning "address of local variable 'ctx' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
