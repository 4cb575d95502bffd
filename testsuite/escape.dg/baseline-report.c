/* Baseline from a report: -fplugin-arg-escape-baseline also reads a
   report as written by the plugin (every finding in it counts as
   known), with no `escape-report baseline' step.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "baseline-report.escape.xml" } */
/* { dg-escape-file "baseline-report.again.xml" } */

int *g;

void
warn_store (void)
{
  int y = 0;
  g = &y; /* { dg-warning "\\\[escape:store\\\]" } */
}

/* { dg-final { escape-recompile "-fplugin-arg-escape-baseline=baseline-report.escape.xml -fplugin-arg-escape-xml=baseline-report.again.xml" } } */
/* { dg-final { escape-scan-file "baseline-report.again.xml" "<finding rule=\"store\" \[^>\]* suppressed=\"baseline\">" } } */
