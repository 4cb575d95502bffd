/* Arguments: -fplugin-arg-escape-verbose is an error (a level must be
   given), with the valid range and an example; the analysis does not
   run, so the finding below is not printed (it would fail the dg-bogus).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose" } */
/* { dg-regexp "cc1: error: escape: argument 'verbose' needs a number from 0 to 9, e\\.g\\. 'verbose=1'" "a level must be given" } */

int *
nowarn_not_analysed (void)
{
  int x = 0; /* { dg-bogus "escape" } */
  return &x; /* { dg-bogus "escape" } */
}
