/* xml: what the report says about a function besides its findings:
   each pointer parameter, leaking to the result or not escaping; the
   flow of an indirect finding, object first, sink last; the counts of
   automatic objects (one address-taken local escapes, one stays on the
   stack); the options.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml -fplugin-arg-escape-rules=return,store" } */
/* { dg-escape-file "xml-content.escape.xml" } */

int *
nowarn_identity (int *p, const int *unused)
{
  (void) unused;
  return p; /* { dg-bogus "escape" } */
}

int *
warn_through_copy (int c)
{
  int on_stack = 1;
  int buf[4] = { 0 };
  int *q = c ? &buf[1] : &buf[2];
  int *r = &on_stack;
  *r = c;
  return q; /* { dg-warning "address of local variable 'buf' is returned from 'warn_through_copy'" } */
}

/* { dg-final { escape-xml-valid "xml-content.escape.xml" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<option>-fplugin-arg-escape-rules=return,store</option>" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<param index=\"0\" name=\"p\">" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<leak kind=\"result\" level=\"0\"" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<param index=\"1\" name=\"unused\">" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<does-not-escape/>" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<step kind=\"addr\"" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<step kind=\"return\"" } } */
/* { dg-final { escape-scan-file "xml-content.escape.xml" "<objects automatic=\"2\" address-taken=\"2\" escaping=\"1\" not-escaping=\"1\"" } } */
