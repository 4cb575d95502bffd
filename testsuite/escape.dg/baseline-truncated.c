/* Baseline: a truncated baseline (cut in the middle of a finding) is an
   error, not a partial list.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=baseline-truncated.base.xml" } */
/* { dg-escape-file "baseline-truncated.base.xml" "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<escape-baseline version=\"1\" tool=\"gcc-escape\">\n  <finding fingerprint=\"9c0e51d2a4b6f713\" rule=\"return\">address of" } */
/* { dg-regexp "cc1: error: escape: baseline 'baseline-truncated\\.base\\.xml' is not well-formed XML: line 3: Premature end of data in tag finding line 3" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
