/* Header: the macros misused under the plugin give the attributes'
   -Wattributes warnings: ESCAPE_NOESCAPE and ESCAPE_SINK on a parameter
   that is not a pointer, or on something that is not a parameter;
   ESCAPE_ACCEPT on a type.  The declarations still compile.  */
/* { dg-do compile } */
/* { dg-options "-I$srcdir/../include" } */

#include <escape/escape.h>

void by_value (int n ESCAPE_NOESCAPE); /* { dg-warning "'noescape' attribute ignored on parameter 'n' of non-pointer type \\\[-Wattributes\\\]" } */
void sink_value (long v ESCAPE_SINK); /* { dg-warning "'escape_sink' attribute ignored on parameter 'v' of non-pointer type \\\[-Wattributes\\\]" } */
int *g_noescape ESCAPE_NOESCAPE; /* { dg-warning "'noescape' attribute applies only to function parameters \\\[-Wattributes\\\]" } */
ESCAPE_SINK void sink_function (void *p); /* { dg-warning "'escape_sink' attribute applies only to function parameters \\\[-Wattributes\\\]" } */
struct ESCAPE_ACCEPT ("type") tagged { int v; }; /* { dg-warning "'escape_accept' attribute does not apply to types \\\[-Wattributes\\\]" } */

void
nowarn_uses (void)
{
  int x = 0;
  by_value (x);
  sink_function (&x); /* { dg-bogus "escape" } */
}
