/* Store rule, negative: with -fplugin-arg-escape-rules=return the store
   rule is off, so even the plainest store is not reported.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return" } */

int *g;

void
nowarn_store_disabled (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
}

void
nowarn_out_disabled (char **out)
{
  char buf[8] = "abc";
  *out = buf; /* { dg-bogus "escape" } */
}
