/* Header: under the plugin, ESCAPE_ACCEPT (reason) from <escape/escape.h>
   is escape_accept: on a local, a parameter and a function the findings
   are accepted (not reported; kept in the report with the reason); a
   finding that is not accepted is still reported.  */
/* { dg-do compile } */
/* { dg-options "-I$srcdir/../include -fplugin-arg-escape-xml" } */
/* { dg-escape-file "header-accept.escape.xml" } */

#include <escape/escape.h>

void *g_ctx;

void
nowarn_local (void)
{
  int ctx ESCAPE_ACCEPT ("cleared by leave ()") = 0;
  g_ctx = &ctx; /* { dg-bogus "escape" } */
}

void
nowarn_param (int arg ESCAPE_ACCEPT ("read back before return"))
{
  g_ctx = &arg; /* { dg-bogus "escape" } */
}

ESCAPE_ACCEPT ("debugger frame registration")
void
nowarn_function (void)
{
  char frame[32];
  g_ctx = frame; /* { dg-bogus "escape" } */
}

void
warn_unaccepted (void)
{
  long l = 0;
  g_ctx = &l; /* { dg-warning "address of local variable 'l' is stored into global 'g_ctx', which outlives 'warn_unaccepted' \\\[escape:store\\\]" } */
}

/* { dg-final { escape-xml-valid "header-accept.escape.xml" } } */
/* { dg-final { escape-scan-file "header-accept.escape.xml" "function=\"nowarn_local\" \[^>\]* suppressed=\"accepted\" reason=\"cleared by leave \\(\\)\"" } } */
/* { dg-final { escape-scan-file "header-accept.escape.xml" "function=\"nowarn_param\" \[^>\]* suppressed=\"accepted\" reason=\"read back before return\"" } } */
/* { dg-final { escape-scan-file "header-accept.escape.xml" "function=\"nowarn_function\" \[^>\]* suppressed=\"accepted\" reason=\"debugger frame registration\"" } } */
