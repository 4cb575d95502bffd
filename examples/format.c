/* format.c: format values for output.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfgtool.h"

/* Correct: a static buffer (not reentrant, but it does not dangle).  */
char *
fmt_int (int v)
{
  static char buf[16];

  snprintf (buf, sizeof buf, "%d", v);
  return buf;
}

/* Correct: the caller's buffer.  */
char *
fmt_into (char *out, size_t size, int v)
{
  snprintf (out, size, "%d", v);
  return out;
}

/* Correct: a heap copy the caller frees.  */
char *
fmt_alloc (const char *key, const char *value)
{
  size_t n = strlen (key) + strlen (value) + 4;
  char *s = malloc (n);

  if (s != NULL)
    snprintf (s, n, "%s = %s", key, value);
  return s;
}

/* E as a line of the configuration file.  */
const char *
fmt_entry (const struct entry *e)
{
  char line[160];

  snprintf (line, sizeof line, "%s = %s", e->key, e->value);
  /* escape: [escape:return] 'line' dies when fmt_entry returns; the
     caller prints freed stack memory.  */
  return line;
}

/* A line of N characters C, for separators.  */
char *
fmt_rule (char c, int n)
{
  char buf[n + 1];

  memset (buf, c, (size_t) n);
  buf[n] = '\0';
  /* escape: [escape:return] a variable length array is on the stack
     too.  */
  return buf;
}

/* The fractional part of V, as text.  */
const char *
fmt_fraction (double v)
{
  char buf[32];

  snprintf (buf, sizeof buf, "%.3f", v);
  /* escape: [escape:return] strchr returns a pointer into its first
     argument, the local 'buf'.  */
  return strchr (buf, '.');
}

/* Correct: string literals.  */
const char *
fmt_bool (int b)
{
  return b ? "true" : "false";
}
