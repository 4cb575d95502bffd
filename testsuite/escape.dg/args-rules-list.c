/* Arguments: rules= takes a comma-separated list; with return among
   others (in any order) the return rule runs.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=store,fnptr,return" } */

int *
warn_listed (void)
{
  int x = 0;
  int *p = &x;
  return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_listed' \\\[escape:return\\\]" } */
}
