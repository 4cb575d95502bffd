/* Fnptr rule, positive: several locals passed to several indirect calls
   in one function; each object is reported once, at its own call.  */
/* { dg-do compile } */

struct cbs
{
  void (*on_int) (int *v);
  void (*on_str) (char *s);
  void (*on_pair) (int *a, const int *b);
};

void
warn_three_calls (const struct cbs *c, const int *shared)
{
  int v = 1;
  char s[4] = "s";
  int a = 2;
  c->on_int (&v); /* { dg-warning "address of local variable 'v' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  c->on_str (s); /* { dg-warning "address of local variable 's' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  c->on_pair (&a, shared); /* { dg-warning "address of local variable 'a' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
