/* Arguments: rules=return alone reports return findings.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return" } */

int *
warn_only_return (void)
{
  int x = 0;
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_only_return' \\\[escape:return\\\]" } */
}
