/* Store rule, cleared stores: the global is overwritten not with NULL
   but with another value that does not point into the frame: another
   global's address, a string literal, a heap object, a parameter.  */
/* { dg-do compile } */

#include <stdlib.h>

int *g;
const char *g_name;
int fallback;

extern void work (void);

void
nowarn_reset_to_global (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  work ();
  g = &fallback;
}

void
nowarn_reset_to_literal (void)
{
  char name[8] = "tmp";
  g_name = name; /* { dg-bogus "escape" } */
  work ();
  g_name = "none";
}

void
nowarn_reset_to_heap (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  work ();
  g = malloc (sizeof *g);
}

void
nowarn_reset_to_param (int *p)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  work ();
  g = p;
}
