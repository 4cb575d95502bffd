/* escape_accept and noescape: a noescape parameter that escapes in the
   body is an error, which escape_accept accepts, on the function or on
   the parameter itself (the finding is about what 'p' points to, "address
   held by noescape parameter 'p'", which the annotation on 'p' covers).  */
/* { dg-do compile } */

int *g;

__attribute__ ((escape_accept ("legacy registration, audited")))
void
nowarn_function_accepted (int *p __attribute__ ((noescape)))
{
  g = p; /* { dg-bogus "escape" } */
}

void
nowarn_param_accepted (int *p __attribute__ ((noescape, escape_accept ("audited"))))
{
  g = p; /* { dg-bogus "escape" "escape_accept on a noescape parameter" } */
}
