/* escape_accept in the report: an accepted finding is kept with
   suppressed="accepted" and its reason, XML specials in the reason
   escaped; without an argument the reason is empty; the totals count
   accepted findings as suppressed; findings not accepted are plain.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "accept-xml.escape.xml" } */

int *g;

void
nowarn_with_reason (void)
{
  int x __attribute__ ((escape_accept ("a<b & \"c\""))) = 0;
  g = &x; /* { dg-bogus "escape" } */
}

void
nowarn_without_reason (void)
{
  int y __attribute__ ((escape_accept)) = 0;
  g = &y; /* { dg-bogus "escape" } */
}

void
warn_plain (void)
{
  int z = 0;
  g = &z; /* { dg-warning "\\\[escape:store\\\]" } */
}

/* { dg-final { escape-xml-valid "accept-xml.escape.xml" } } */
/* { dg-final { escape-scan-file "accept-xml.escape.xml" "<finding rule=\"store\" severity=\"warning\" function=\"nowarn_with_reason\" fingerprint=\"\[0-9a-f\]{16}\" suppressed=\"accepted\" reason=\"a&lt;b &amp; &quot;c&quot;\">" } } */
/* { dg-final { escape-scan-file "accept-xml.escape.xml" "<finding rule=\"store\" severity=\"warning\" function=\"nowarn_without_reason\" fingerprint=\"\[0-9a-f\]{16}\" suppressed=\"accepted\" reason=\"\">" } } */
/* { dg-final { escape-scan-file "accept-xml.escape.xml" "<finding rule=\"store\" severity=\"warning\" function=\"warn_plain\" fingerprint=\"\[0-9a-f\]{16}\">" } } */
/* { dg-final { escape-scan-file "accept-xml.escape.xml" "<rule name=\"store\" findings=\"3\" suppressed=\"2\"/>" } } */
