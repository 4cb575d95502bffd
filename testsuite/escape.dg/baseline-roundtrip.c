/* Baseline round trip: compile writing the report; `escape-report
   baseline' turns it into a baseline; compiled again with
   -fplugin-arg-escape-baseline, the same findings are not reported at
   all, the new report keeps every one of them marked
   suppressed="baseline", and `escape-report check' finds nothing new.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "baseline-roundtrip.escape.xml" } */
/* { dg-escape-file "baseline-roundtrip.base.xml" } */
/* { dg-escape-file "baseline-roundtrip.again.xml" } */

int *g;
void (*g_callback) (int *);

int *
warn_return (void)
{
  int x = 0;
  return &x; /* { dg-warning "\\\[escape:return\\\]" } */
}

void
warn_store_and_fnptr (void)
{
  int y = 0, w = 0;
  g = &y; /* { dg-warning "\\\[escape:store\\\]" } */
  g_callback (&w); /* { dg-warning "\\\[escape:fnptr\\\]" } */
}

/* { dg-final { escape-run-report baseline baseline-roundtrip.escape.xml -o baseline-roundtrip.base.xml } } */
/* { dg-final { escape-xml-valid "baseline-roundtrip.base.xml" } } */
/* { dg-final { escape-recompile "-fplugin-arg-escape-baseline=baseline-roundtrip.base.xml -fplugin-arg-escape-xml=baseline-roundtrip.again.xml" } } */
/* { dg-final { escape-xml-valid "baseline-roundtrip.again.xml" } } */
/* { dg-final { escape-scan-file "baseline-roundtrip.again.xml" "<finding rule=\"return\" severity=\"warning\" function=\"warn_return\" fingerprint=\"\[0-9a-f\]{16}\" suppressed=\"baseline\">" } } */
/* { dg-final { escape-scan-file "baseline-roundtrip.again.xml" "<finding rule=\"store\" \[^>\]* suppressed=\"baseline\">" } } */
/* { dg-final { escape-scan-file "baseline-roundtrip.again.xml" "<finding rule=\"fnptr\" \[^>\]* suppressed=\"baseline\">" } } */
/* { dg-final { escape-scan-file "baseline-roundtrip.again.xml" "<totals functions=\"2\" \[^>\]* findings=\"3\" suppressed=\"3\"" } } */
/* { dg-final { escape-run-report check baseline-roundtrip.again.xml } } */
