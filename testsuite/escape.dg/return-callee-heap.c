/* Return rule, negative: same-file helpers that take a local's address
   but return something else (fresh heap, a global, their other
   argument); the caller returns what the helper returned.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

int g;

static char *
dup_of (const char *s, size_t n)
{
  char *d = malloc (n + 1);
  if (d)
    {
      memcpy (d, s, n);
      d[n] = 0;
    }
  return d;
}

static int *
store_and_return_global (int *p)
{
  g = *p;
  return &g;
}

static int *
other (int *a, int *b)
{
  *a = *b;
  return b;
}

char *
nowarn_dup_of_local (void)
{
  char buf[8] = "abc";
  return dup_of (buf, 3); /* { dg-bogus "escape" } */
}

int *
nowarn_global_from_helper (void)
{
  int x = 1;
  return store_and_return_global (&x); /* { dg-bogus "escape" } */
}

int *
nowarn_other_argument (int *q)
{
  int x = 0;
  int *r = other (&x, q);
  return r; /* { dg-bogus "escape" } */
}
