/* Return rule, negative: a local whose address is taken but never
   reaches the return value: passed to library functions that do not
   retain it, compared, used for a local computation.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

int *
nowarn_memset (int *q)
{
  int x;
  memset (&x, 0, sizeof x);
  *q = x;
  return q; /* { dg-bogus "escape" } */
}

const char *
nowarn_printf (const char *s)
{
  char buf[16];
  strncpy (buf, s, sizeof buf - 1);
  buf[15] = 0;
  printf ("%s %p\n", buf, (void *) buf);
  return s; /* { dg-bogus "escape" } */
}

int *
nowarn_compared (int *q)
{
  int x = 0;
  if (q == &x)
    return 0; /* { dg-bogus "escape" } */
  return q; /* { dg-bogus "escape" } */
}

int *
nowarn_local_computation (int *out, int n)
{
  int acc[4] = { 0 };
  int *p = acc;
  for (int i = 0; i < n; i++)
    p[i & 3] += i;
  *out = acc[0] + acc[3];
  return out; /* { dg-bogus "escape" } */
}

size_t
nowarn_strlen (void)
{
  char buf[8] = "abc";
  return strlen (buf); /* { dg-bogus "escape" } */
}
