/* Return rule, negative: functions that return nothing, however they use
   local addresses (a bare return, falling off the end).  */
/* { dg-do compile } */

#include <string.h>

void
nowarn_void_bare_return (int *out)
{
  int x = 3;
  int *p = &x;
  *out = *p;
  return; /* { dg-bogus "escape" } */
}

void
nowarn_void_fall_off (char *dst)
{
  char tmp[16];
  memcpy (tmp, "temporary", 10);
  memcpy (dst, tmp, 10);
}

void
nowarn_void_early (int c, int *out)
{
  int arr[4] = { 0 };
  int *p = arr;
  if (c)
    return; /* { dg-bogus "escape" } */
  *out = p[1];
}
