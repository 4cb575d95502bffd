/* Baseline: well-formed XML that is not an escape report or baseline
   (here a cppcheck results file) is an error naming its root element.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=baseline-wrong-root.base.xml" } */
/* { dg-escape-file "baseline-wrong-root.base.xml" "<?xml version=\"1.0\"?>\n<results version=\"2\">\n  <errors/>\n</results>\n" } */
/* { dg-regexp "cc1: error: escape: baseline 'baseline-wrong-root\\.base\\.xml' is not an escape report or baseline \\(its root element is <results>\\)" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
