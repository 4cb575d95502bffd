/* Baseline: a directory given as the baseline cannot be read: an error
   with the system's reason.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=." } */
/* { dg-regexp "cc1: error: escape: cannot read baseline '\\.': Is a directory" "baseline error" } */

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}
