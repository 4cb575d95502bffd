/* Fnptr rule, positive: the function pointer comes from a struct passed
   by value (a small "closure": function plus environment).  */
/* { dg-do compile } */

struct closure
{
  int (*fn) (void *env, int *arg);
  void *env;
};

int
warn_closure_call (struct closure c)
{
  int arg = 3;
  return c.fn (c.env, &arg); /* { dg-warning "address of local variable 'arg' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
nowarn_closure_env (struct closure c, int *arg)
{
  return c.fn (c.env, arg); /* { dg-bogus "escape" } */
}
