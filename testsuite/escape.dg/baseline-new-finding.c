/* Baseline: only the findings it lists are silenced.  Compiled again
   with the baseline and with new code (-DNEW_CODE), the old finding is
   not reported and the new one is, as a warning; the report marks the
   old one only.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "baseline-new-finding.escape.xml" } */
/* { dg-escape-file "baseline-new-finding.base.xml" } */
/* { dg-escape-file "baseline-new-finding.again.xml" } */

int *g;

void
warn_old (void)
{
  int old = 0;
  g = &old; /* { dg-warning "\\\[escape:store\\\]" } */
}

#ifdef NEW_CODE
void
warn_new (void)
{
  int fresh = 0;
  g = &fresh;
}
#endif

/* { dg-final { escape-run-report baseline baseline-new-finding.escape.xml -o baseline-new-finding.base.xml } } */
/* { dg-final { escape-recompile "-DNEW_CODE -fplugin-arg-escape-baseline=baseline-new-finding.base.xml -fplugin-arg-escape-xml=baseline-new-finding.again.xml" "\[^\n\]*baseline-new-finding\\.c:25:5: warning: address of local variable 'fresh' is stored into global 'g', which outlives 'warn_new' \\\[escape:store\\\]" } } */
/* { dg-final { escape-scan-file "baseline-new-finding.again.xml" "<finding rule=\"store\" \[^>\]*function=\"warn_old\" \[^>\]* suppressed=\"baseline\">" } } */
/* { dg-final { escape-scan-file "baseline-new-finding.again.xml" "<finding rule=\"store\" \[^>\]*function=\"warn_new\" fingerprint=\"\[0-9a-f\]{16}\">" } } */
