/* Return rule, positive (realistic): a formatter that writes into a
   local buffer with snprintf and returns the buffer.  Compare
   return-formatter-static.c and return-formatter-heap.c.  */
/* { dg-do compile } */

#include <stdio.h>

const char *
warn_format_point (int x, int y)
{
  char buf[64];
  snprintf (buf, sizeof buf, "(%d, %d)", x, y);
  return buf; /* { dg-warning "address of local variable 'buf' is returned from 'warn_format_point'" } */
}

const char *
warn_format_size (unsigned long bytes)
{
  static const char *const units[] = { "B", "KiB", "MiB", "GiB" };
  char out[32];
  int u = 0;
  while (bytes >= 1024 && u < 3)
    {
      bytes /= 1024;
      u++;
    }
  int len = snprintf (out, sizeof out, "%lu %s", bytes, units[u]);
  const char *r = len > 0 ? out : "?";
  return r; /* { dg-warning "address of local variable 'out' is returned from 'warn_format_size'" } */
}
