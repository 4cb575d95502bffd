/* Severity: severity=store:error makes store findings errors (tagged
   [escape:store], without GCC's [-Werror], so the compilation fails
   without -Werror) and leaves the other rules warnings.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=store:error" } */

int *g;

void
warn_store_error (void)
{
  int y = 0;
  g = &y; /* { dg-error "address of local variable 'y' is stored into global 'g', which outlives 'warn_store_error' \\\[escape:store\\\](?! \\\[-Werror\\\])" } */
}

int *
warn_return_still_warning (void)
{
  int x = 0;
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_return_still_warning' \\\[escape:return\\\]" } */
}

void
nowarn_store_static (void)
{
  static int s;
  g = &s; /* { dg-bogus "escape" } */
}
