/* Return rule, negative: functions that use local addresses and then
   return a null pointer.  */
/* { dg-do compile } */

#include <stddef.h>
#include <string.h>

char *
nowarn_return_null (const char *s)
{
  char buf[16];
  char *p = buf;
  strncpy (p, s, 15);
  p[15] = 0;
  if (strlen (p) > 3)
    return NULL; /* { dg-bogus "escape" } */
  return 0; /* { dg-bogus "escape" } */
}

int *
nowarn_null_after_loop (int n)
{
  int v[4] = { 0 };
  int *p = v;
  for (int i = 0; i < n; i++)
    *p++ = i;
  p = NULL;
  return p; /* { dg-bogus "escape" } */
}
