/* Queue rule, negative: a helper that returns its argument (or a pointer
   into it) does not keep it; the caller that uses the result locally is
   not reported.  */
/* { dg-do compile } */

#include <stddef.h>

static char *
first_word (char *s)
{
  while (*s == ' ')
    s++;
  return s;
}

static int *
max_of (int *a, int *b)
{
  return *a >= *b ? a : b;
}

size_t
nowarn_first_word (void)
{
  char line[32] = "   hello";
  char *w = first_word (line); /* { dg-bogus "escape" } */
  size_t n = 0;
  while (w[n] && w[n] != ' ')
    n++;
  return n; /* { dg-bogus "escape" } */
}

int
nowarn_max_of (void)
{
  int x = 3, y = 9;
  int *m = max_of (&x, &y); /* { dg-bogus "escape" } */
  return *m;
}
