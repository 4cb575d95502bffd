/* Baseline: a fingerprint that is not 16 hex digits is an error giving
   its line.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=baseline-bad-fingerprint.base.xml" } */
/* { dg-escape-file "baseline-bad-fingerprint.base.xml" "<?xml version=\"1.0\"?>\n<escape-baseline version=\"1\" tool=\"gcc-escape\">\n  <finding fingerprint=\"9c0e51d2a4b6f71\" rule=\"return\"/>\n</escape-baseline>\n" } */
/* { dg-regexp "cc1: error: escape: baseline 'baseline-bad-fingerprint\\.base\\.xml' has a malformed fingerprint '9c0e51d2a4b6f71' on line 3" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
