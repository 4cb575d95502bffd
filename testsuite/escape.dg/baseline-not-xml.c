/* Baseline: a file that is not XML (a list of fingerprints) is an error
   giving the parser's line and message.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=baseline-not-xml.base" } */
/* { dg-escape-file "baseline-not-xml.base" "9c0e51d2a4b6f713\n" } */
/* { dg-regexp "cc1: error: escape: baseline 'baseline-not-xml\\.base' is not well-formed XML: line 1: Start tag expected, '<' not found" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
