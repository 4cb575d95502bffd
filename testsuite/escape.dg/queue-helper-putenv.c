/* Queue rule, positive: a same-file helper hands its argument to putenv,
   which keeps the string as part of the environment; the helper's
   callers are reported with the helper as the callee.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
set_env_line (char *line)
{
  if (!strchr (line, '='))
    return -1;
  return putenv (line); /* { dg-bogus "escape" } */
}

int
warn_set_lang (void)
{
  char line[32] = "LANG=C";
  return set_env_line (line); /* { dg-warning "address of local variable 'line' is passed to 'set_env_line', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_set_formatted (const char *name, int value)
{
  char buf[64];
  snprintf (buf, sizeof buf, "%s=%d", name, value);
  return set_env_line (buf); /* { dg-warning "address of local variable 'buf' is passed to 'set_env_line', which keeps it after returning \\\[escape:queue\\\]" } */
}
