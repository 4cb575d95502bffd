/* gcc-escape testsuite: the body of every argument-error test.

   With a bad plugin argument the analysis must not run at all.  This
   function returns the address of a local, so if it did run, its warning
   (at this file's line, which no test expects) would fail the test as an
   excess error.  */

#ifndef ARGS_ERROR_H
#define ARGS_ERROR_H

int *
nowarn_not_analysed (void)
{
  int x = 0;
  return &x;
}

#endif
