/* Queue rule, positive: putenv does not copy its argument; the string
   becomes part of the environment.  A local char array there is
   reported, whether filled by an initializer, snprintf or strcpy.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
warn_putenv_init (void)
{
  char env[] = "TZ=UTC";
  return putenv (env); /* { dg-warning "address of local variable 'env' is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_putenv_formatted (int level)
{
  char buf[32];
  snprintf (buf, sizeof buf, "DEBUG=%d", level);
  return putenv (buf); /* { dg-warning "address of local variable 'buf' is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_putenv_built (const char *home)
{
  char line[256] = "HOME=";
  strncat (line, home, sizeof line - 6);
  char *p = line;
  return putenv (p); /* { dg-warning "address of local variable 'line' is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}
