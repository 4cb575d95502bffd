/* Store rule, cleared stores: several returns, each preceded by the
   clearing store; a switch whose every case clears.  Not reported.  */
/* { dg-do compile } */

#include <stddef.h>

int *g;

extern int step (int *p);

int
nowarn_each_return_clears (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  if (step (&x) < 0)
    {
      g = NULL;
      return -1;
    }
  if (x > 10)
    {
      g = NULL;
      return 1;
    }
  g = NULL;
  return 0;
}

int
nowarn_switch_clears (int k)
{
  int x = k;
  g = &x; /* { dg-bogus "escape" } */
  switch (step (&x))
    {
    case 0:
      g = NULL;
      return 0;
    case 1:
      g = NULL;
      break;
    default:
      g = NULL;
      return -1;
    }
  return x;
}
