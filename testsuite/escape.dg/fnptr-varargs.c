/* Fnptr rule, positive: a variadic function pointer (a logging hook);
   a local's address among the variable arguments is reported.  */
/* { dg-do compile } */

typedef void (*log_fn) (const char *fmt, ...);

log_fn g_log;

void
warn_variadic_hook (int code)
{
  char where[32] = "parser";
  g_log ("%s: %d", where, code); /* { dg-warning "address of local variable 'where' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_variadic_param (log_fn log, int n)
{
  int count = n;
  log ("%p", (void *) &count); /* { dg-warning "address of local variable 'count' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
