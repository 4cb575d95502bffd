/* Fnptr rule, positive: function types rather than pointer types in the
   declarations: a typedef of a function type used through a pointer, and
   a parameter declared with a function type (adjusted to a pointer).  */
/* { dg-do compile } */

typedef void handler_t (int *v);

handler_t *g_handler;

void
warn_fn_typedef (void)
{
  int v = 0;
  g_handler (&v); /* { dg-warning "address of local variable 'v' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_fn_param (void cb (char *s))
{
  char s[8] = "abc";
  cb (s); /* { dg-warning "address of local variable 's' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
