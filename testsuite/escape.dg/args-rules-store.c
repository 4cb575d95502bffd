/* Arguments: rules=store disables the return rule: no return finding,
   even for the plainest one.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=store" } */

int *
nowarn_return_disabled (void)
{
  int x = 0;
  return &x; /* { dg-bogus "escape" } */
}

char *
nowarn_return_disabled_copy (void)
{
  char buf[8] = "abc";
  char *p = buf + 1;
  return p; /* { dg-bogus "escape" } */
}
