/* Return rule, negative: a helper that returns its argument, called with
   a parameter's value, a global, or the heap: nothing automatic comes
   back.  The helper's own return is clean too.  */
/* { dg-do compile } */

#include <stdlib.h>

static int *
id (int *p)
{
  return p; /* { dg-bogus "escape" } */
}

int g;

int *
nowarn_id_param (int *p)
{
  return id (p); /* { dg-bogus "escape" } */
}

int *
nowarn_id_global (void)
{
  int *r = id (&g);
  return r; /* { dg-bogus "escape" } */
}

int *
nowarn_id_heap (void)
{
  return id (malloc (sizeof (int))); /* { dg-bogus "escape" } */
}

int
nowarn_id_of_local_value (void)
{
  int x = 5;
  return *id (&x); /* { dg-bogus "escape" } */
}
