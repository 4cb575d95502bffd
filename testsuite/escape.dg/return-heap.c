/* Return rule, negative: heap memory outlives the function: malloc,
   calloc, realloc and strdup results returned directly, through copies,
   with an offset.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

int *
nowarn_malloc (void)
{
  return malloc (16); /* { dg-bogus "escape" } */
}

int *
nowarn_malloc_var (size_t n)
{
  int *p = malloc (n * sizeof *p);
  if (!p)
    return 0;
  p[0] = 1;
  return p + 1; /* { dg-bogus "escape" } */
}

char *
nowarn_calloc_realloc (char *old, size_t n)
{
  char *p = old ? realloc (old, n) : calloc (n, 1);
  return p; /* { dg-bogus "escape" } */
}

char *
nowarn_strdup (const char *s)
{
  char *d = strdup (s);
  return d; /* { dg-bogus "escape" } */
}
