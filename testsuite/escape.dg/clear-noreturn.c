/* Store rule, cleared stores: a path that ends in a call that does not
   return (abort, exit) is not a path to a return; clearing on the
   returning paths is enough.  */
/* { dg-do compile } */

#include <stdlib.h>

int *g;

extern int check (void);

void
nowarn_abort_path (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  if (check () < 0)
    abort ();
  g = NULL;
}

int
nowarn_exit_path (int code)
{
  int x = code;
  g = &x; /* { dg-bogus "escape" } */
  if (check () != 0)
    exit (code);
  g = 0;
  return x;
}
