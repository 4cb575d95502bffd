/* Baseline: a baseline of another format version is an error naming both
   versions.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=baseline-version.base.xml" } */
/* { dg-escape-file "baseline-version.base.xml" "<?xml version=\"1.0\"?>\n<escape-baseline version=\"2\" tool=\"gcc-escape\"/>\n" } */
/* { dg-regexp "cc1: error: escape: baseline 'baseline-version\\.base\\.xml' has format version '2'; this build reads version 1" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
