/* Baseline: an empty file is not a baseline that lists nothing: it is an
   error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=baseline-empty.base.xml" } */
/* { dg-escape-file "baseline-empty.base.xml" "" } */
/* { dg-regexp "cc1: error: escape: baseline 'baseline-empty\\.base\\.xml' is not well-formed XML: line 1: Document is empty" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
