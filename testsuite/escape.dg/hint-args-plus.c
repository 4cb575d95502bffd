/* Arguments: -fplugin-arg-escape-stack-limit=+4096 is an error (sizes are
   plain decimal byte counts, without a sign), with the valid range and an
   example; the analysis does not run, so the finding below is not
   printed (it would fail the dg-bogus).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-stack-limit=+4096" } */
/* { dg-regexp "cc1: error: escape: argument 'stack-limit' needs a number from 1 to 1073741824, e\\.g\\. 'stack-limit=4096'" "sizes without a sign" } */

int *
nowarn_not_analysed (void)
{
  int x = 0; /* { dg-bogus "escape" } */
  return &x; /* { dg-bogus "escape" } */
}
