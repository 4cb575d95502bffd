/* Store rule, cleared stores: a local's address published in a global
   for the duration of some work and overwritten with NULL before every
   return is not reported (CERT DCL30-C compliant), with a void function
   falling off its end, an explicit return, and a returned value.  */
/* { dg-do compile } */

#include <stddef.h>

int *g;
const char *g_phase;

extern void work (void);
extern int compute (void);

void
nowarn_cleared_void (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  work ();
  g = NULL;
}

void
nowarn_cleared_explicit_return (void)
{
  char phase[16] = "init";
  g_phase = phase; /* { dg-bogus "escape" } */
  work ();
  g_phase = NULL;
  return;
}

int
nowarn_cleared_value (void)
{
  int x = 5;
  int r;
  g = &x; /* { dg-bogus "escape" } */
  r = compute ();
  g = 0;
  return r + x;
}
