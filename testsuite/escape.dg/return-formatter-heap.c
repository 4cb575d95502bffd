/* Return rule, negative (realistic): a formatter that measures into a
   local buffer, then returns a malloc'd copy, and one that formats
   straight into malloc'd memory.  Compare return-formatter-local.c.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
nowarn_format_dup (int x, int y)
{
  char buf[64];
  int n = snprintf (buf, sizeof buf, "(%d, %d)", x, y);
  char *out = malloc ((size_t) n + 1);
  if (out)
    memcpy (out, buf, (size_t) n + 1);
  return out; /* { dg-bogus "escape" } */
}

char *
nowarn_format_alloc (const char *name)
{
  size_t n = strlen (name) + 8;
  char *out = malloc (n);
  if (!out)
    return 0; /* { dg-bogus "escape" } */
  snprintf (out, n, "<%s>", name);
  return out; /* { dg-bogus "escape" } */
}
