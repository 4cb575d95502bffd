/* Fnptr rule, negative: passing a comparator to qsort and a local array
   to sort is a direct call of a non-retaining library function; the
   comparator is called by qsort, not through a pointer here.  */
/* { dg-do compile } */

#include <stdlib.h>

static int
cmp (const void *a, const void *b)
{
  return *(const int *) a - *(const int *) b;
}

int
nowarn_qsort_local (int (*user_cmp) (const void *, const void *))
{
  int v[5] = { 3, 1, 4, 1, 5 };
  qsort (v, 5, sizeof v[0], user_cmp ? user_cmp : cmp); /* { dg-bogus "escape" } */
  return v[0];
}
