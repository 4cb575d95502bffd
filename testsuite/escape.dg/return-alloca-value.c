/* Return rule, negative: alloca and VLA storage used inside the function
   only; values computed from it, or a heap copy of it, are returned.  */
/* { dg-do compile } */

#include <alloca.h>
#include <stdlib.h>
#include <string.h>

int
nowarn_alloca_sum (int n)
{
  int *v = alloca ((size_t) (n > 0 ? n : 1) * sizeof (int));
  int s = 0;
  for (int i = 0; i < n; i++)
    v[i] = i;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s; /* { dg-bogus "escape" } */
}

char *
nowarn_vla_copied_to_heap (int n, const char *src)
{
  char tmp[n + 1];
  memcpy (tmp, src, (size_t) n);
  tmp[n] = 0;
  char *out = malloc ((size_t) n + 1);
  if (out)
    memcpy (out, tmp, (size_t) n + 1);
  return out; /* { dg-bogus "escape" } */
}

long
nowarn_vla_value (int n)
{
  long m[n + 1];
  for (int i = 0; i <= n; i++)
    m[i] = i * 2L;
  return m[n]; /* { dg-bogus "escape" } */
}
