/* noescape, negative: bodies that honour the promise: they read through
   the parameter, write through it, copy it into locals, pass it to
   non-retaining library functions and to other noescape parameters.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

struct view { const char *p; size_t n; };

static size_t
measure (const char *s __attribute__ ((noescape)))
{
  return strlen (s); /* { dg-bogus "escape" } */
}

size_t
nowarn_reads (const char *s __attribute__ ((noescape)))
{
  size_t n = 0;
  for (const char *t = s; *t; t++)
    n += *t == ' ';
  return n + measure (s); /* { dg-bogus "escape" } */
}

void
nowarn_writes (int *p __attribute__ ((noescape)), int v)
{
  *p = v;
  p[1] = v + 1;
}

int
nowarn_local_copy (const char *s __attribute__ ((noescape)))
{
  struct view v = { s, strlen (s) }; /* { dg-bogus "escape" } */
  char buf[64];
  snprintf (buf, sizeof buf, "%.*s", (int) v.n, v.p); /* { dg-bogus "escape" } */
  memcpy (buf, s, 1); /* { dg-bogus "escape" } */
  return printf ("%s\n", buf); /* { dg-bogus "escape" } */
}
