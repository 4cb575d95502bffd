/* Queue rule, negative: atexit keeps its argument, but the argument is a
   function (code, not automatic storage); a local used around the call
   is not involved.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>

static FILE *g_out;

static void
flush_out (void)
{
  if (g_out)
    fflush (g_out);
}

int
nowarn_register_cleanup (const char *path)
{
  char mode[4] = "w";
  g_out = fopen (path, mode); /* { dg-bogus "escape" } */
  if (!g_out)
    return -1;
  return atexit (flush_out); /* { dg-bogus "escape" } */
}
