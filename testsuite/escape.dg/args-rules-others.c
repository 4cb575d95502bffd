/* Arguments: rules=queue,fnptr (every rule but return and store) reports
   no return finding.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=queue,fnptr" } */

int *
nowarn_return_not_selected (void)
{
  int x = 0;
  int *p = &x;
  return p; /* { dg-bogus "escape" } */
}
