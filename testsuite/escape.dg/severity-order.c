/* Severity: items apply left to right and arguments in order, so the
   last one for a rule wins: all:off,fnptr:error runs fnptr alone, as
   errors; store:error in a first argument is overridden by store:warning
   in a second.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=all:off,fnptr:error,store:error -fplugin-arg-escape-severity=store:warning" } */

int *g;
void (*g_callback) (int *);

void
warn_fnptr_error (void)
{
  int w = 0;
  g_callback (&w); /* { dg-error "address of local variable 'w' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_store_warning (void)
{
  int y = 0;
  g = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_store_warning' \\\[escape:store\\\]" } */
}

int *
nowarn_return_off (void)
{
  int x = 0;
  return &x; /* { dg-bogus "escape" } */
}
