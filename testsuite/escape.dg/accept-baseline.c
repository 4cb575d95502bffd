/* escape_accept and baselines: `escape-report baseline' leaves accepted
   findings out (the annotation already accepts them) and lists the
   others, so a baseline made from the report holds exactly the finding
   that is not accepted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "accept-baseline.escape.xml" } */
/* { dg-escape-file "accept-baseline.base.xml" } */

int *g;

void
nowarn_accepted (void)
{
  int x __attribute__ ((escape_accept ("audited"))) = 0;
  g = &x; /* { dg-bogus "escape" } */
}

void
warn_listed (void)
{
  int y = 0;
  g = &y; /* { dg-warning "\\\[escape:store\\\]" } */
}

/* { dg-final { escape-run-report baseline accept-baseline.escape.xml -o accept-baseline.base.xml } } */
/* { dg-final { escape-xml-valid "accept-baseline.base.xml" } } */
/* { dg-final { escape-scan-file "accept-baseline.base.xml" "<finding fingerprint=\"\[0-9a-f\]{16}\" rule=\"store\" function=\"warn_listed\"" } } */
/* { dg-final { escape-scan-file-not "accept-baseline.base.xml" "nowarn_accepted" } } */
