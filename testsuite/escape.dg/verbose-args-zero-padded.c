/* Arguments: -fplugin-arg-escape-verbose=01 is an error (levels are plain
   decimal numbers, without a leading zero); the analysis does not run, so
   the finding below is not printed (it would fail the dg-bogus).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=01" } */
/* { dg-regexp "cc1: error: escape: argument 'verbose' needs a number from 0 to 9, e\\.g\\. 'verbose=1'" "a leading zero" } */

int *
nowarn_not_analysed (void)
{
  int x = 0; /* { dg-bogus "escape" } */
  return &x; /* { dg-bogus "escape" } */
}
