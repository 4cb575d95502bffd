/* Return rule, negative (realistic): a formatter writing into a static
   buffer (not reentrant, but not a dangling pointer).  Compare
   return-formatter-local.c.  */
/* { dg-do compile } */

#include <stdio.h>

const char *
nowarn_format_point (int x, int y)
{
  static char buf[64];
  snprintf (buf, sizeof buf, "(%d, %d)", x, y);
  return buf; /* { dg-bogus "escape" } */
}

static char shared[32];

const char *
nowarn_format_hex (unsigned v)
{
  char *p = shared;
  snprintf (p, sizeof shared, "0x%08x", v);
  return p; /* { dg-bogus "escape" } */
}
