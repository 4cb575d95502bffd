/* Queue rule, positive: a variable length array passed to a retaining
   callee is reported with the noun "variable length array".  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
warn_vla_putenv (const char *name, const char *value)
{
  size_t n = strlen (name) + strlen (value) + 2;
  char line[n];
  snprintf (line, n, "%s=%s", name, value);
  return putenv (line); /* { dg-warning "address of variable length array 'line' is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_vla_setvbuf (FILE *f, size_t size)
{
  char buf[size];
  return setvbuf (f, buf, _IOFBF, size); /* { dg-warning "address of variable length array 'buf' is passed to 'setvbuf', which keeps it after returning \\\[escape:queue\\\]" } */
}
