/* Heap-to-stack hints, never for memory that is reallocated: an
   automatic object cannot grow.  The allocation passed to realloc gets
   its plain fact, freed or not, and so does realloc's own result.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_grow (const char *s)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "reallocated" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  char *q = realloc (p, 64); /* { dg-message "heap allocation by 'realloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "realloc's result is not hinted" { target *-*-* } .-1 } */
  if (!q)
    {
      free (p);
      return -1;
    }
  strncpy (q, s, 63);
  q[63] = 0;
  int n = (int) strlen (q);
  free (q);
  return n;
}

int
nowarn_grow_in_place (int n)
{
  int *v = calloc (4, sizeof (int)); /* { dg-message "heap allocation by 'calloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "reallocated" { target *-*-* } .-1 } */
  if (!v)
    return -1;
  if (n > 4)
    {
      int *w = realloc (v, 8 * sizeof (int));
      if (!w)
	{
	  free (v);
	  return -1;
	}
      v = w;
    }
  v[0] = n;
  int r = v[0];
  free (v);
  return r;
}
