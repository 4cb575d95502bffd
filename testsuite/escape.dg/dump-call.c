/* Dump intrinsic: call results.  A same-file helper returning its
   argument gives back the caller's object; a helper returning fresh heap
   gives a heap object; libc strchr points into its first
   argument.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>
#include "escape-test.h"

static int *
id (int *p)
{
  return p;
}

static int *
fresh (void)
{
  return malloc (sizeof (int));
}

void
dump_id (void)
{
  int x = 0;
  int *r = id (&x);
  __escape_dump (r); /* { dg-message "points-to set of 'r': \\{ x \\}" } */
  /* { dg-message "escape state of 'x': does not escape" "'x' does not escape" { target *-*-* } .-1 } */
}

void
dump_fresh (void)
{
  int *r = fresh ();
  __escape_dump (r); /* { dg-message "points-to set of 'r': \\{ heap@\[0-9\]+ \\}" } */
  free (r);
}

void
dump_strchr (void)
{
  char buf[8] = "abc";
  char *c = strchr (buf, 'b');
  __escape_dump (c); /* { dg-message "points-to set of 'c': \\{ buf \\}" } */
}
