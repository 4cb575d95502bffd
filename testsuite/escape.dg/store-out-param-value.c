/* Store rule, negative: filling the caller's memory with non-automatic
   pointers: the caller's own pointer, a result into the caller's string,
   a fresh heap object, a global's address, NULL.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

struct slice { const char *p; size_t n; };

int g_zero;

void
nowarn_out_from_input (const char *s, struct slice *out)
{
  const char *colon = strchr (s, ':');
  out->p = colon ? colon + 1 : s; /* { dg-bogus "escape" } */
  out->n = strlen (out->p);
}

int
nowarn_out_heap (size_t n, char **out)
{
  char *p = malloc (n);
  *out = p; /* { dg-bogus "escape" } */
  return p != NULL;
}

void
nowarn_out_global (int **out, int c)
{
  *out = c ? &g_zero : NULL; /* { dg-bogus "escape" } */
}

void
nowarn_out_swap (int **a, int **b)
{
  int *t = *a;
  *a = *b; /* { dg-bogus "escape" } */
  *b = t; /* { dg-bogus "escape" } */
}
