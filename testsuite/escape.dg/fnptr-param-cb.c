/* Fnptr rule, positive: a callback received as a parameter may be any
   function, so a local's address passed to it is reported at the call.  */
/* { dg-do compile } */

typedef void (*cb_t) (int *p);
typedef int (*visit_t) (const char *s, void *user);

void
warn_cb (cb_t cb)
{
  int x = 0;
  cb (&x); /* { dg-warning "address of local variable 'x' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
warn_visit (visit_t visit, void *user)
{
  char word[16] = "hello";
  return visit (word, user); /* { dg-warning "address of local variable 'word' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_untyped_cb (void (*fn) (void *))
{
  double d = 1.0;
  fn (&d); /* { dg-warning "address of local variable 'd' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
