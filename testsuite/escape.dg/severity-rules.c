/* Severity and rules: severity= sets how a rule is reported, not whether
   it runs.  With rules=return, severity=store:error does not bring the
   store rule back; return keeps its default.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return -fplugin-arg-escape-severity=store:error" } */

int *g;

void
nowarn_store_not_run (void)
{
  int y = 0;
  g = &y; /* { dg-bogus "escape" } */
}

int *
warn_return (void)
{
  int x = 0;
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_return' \\\[escape:return\\\]" } */
}
