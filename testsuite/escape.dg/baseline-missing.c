/* Baseline: a baseline file that does not exist is an error naming it
   and the reason; the compilation fails.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=baseline-missing.none.xml" } */
/* { dg-escape-file "baseline-missing.none.xml" } */
/* { dg-regexp "cc1: error: escape: cannot read baseline 'baseline-missing\\.none\\.xml': No such file or directory" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
