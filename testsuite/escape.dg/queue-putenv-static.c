/* Queue rule, negative: putenv with storage that outlives the call (a
   static buffer, a heap string, a strdup'ed copy of a local), and setenv,
   which copies its arguments.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
nowarn_putenv_static_buffer (int level)
{
  static char buf[32];
  snprintf (buf, sizeof buf, "DEBUG=%d", level);
  return putenv (buf); /* { dg-bogus "escape" } */
}

int
nowarn_putenv_heap (const char *name, const char *value)
{
  size_t n = strlen (name) + strlen (value) + 2;
  char *s = malloc (n);
  if (!s)
    return -1;
  snprintf (s, n, "%s=%s", name, value);
  return putenv (s); /* { dg-bogus "escape" } */
}

int
nowarn_putenv_strdup (void)
{
  char tmp[16] = "LC_ALL=C";
  return putenv (strdup (tmp)); /* { dg-bogus "escape" } */
}

int
nowarn_setenv_copies (void)
{
  char value[16] = "vi";
  return setenv ("EDITOR", value, 1); /* { dg-bogus "escape" } */
}
