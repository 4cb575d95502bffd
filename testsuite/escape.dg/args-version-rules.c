/* Arguments: version prints its banner and does not stop the other
   arguments from applying: with rules=store, the store finding is
   reported and the return finding is not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-version -fplugin-arg-escape-rules=store" } */
/* { dg-regexp "gcc-escape \[0-9\]+\\.\[0-9\]+\\.\[0-9\]+ \\(built for GCC \[0-9\]+\\.\[0-9\]+\\.\[0-9\]+\\)" "version banner" } */

int *g;

void
warn_store (void)
{
  int y = 0;
  g = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\]" } */
}

int *
nowarn_return_not_selected (void)
{
  int x = 0;
  return &x; /* { dg-bogus "escape" } */
}
