/* Queue rule, negative: qsort and bsearch use the array and the key
   only during the call; sorting a local array and searching it with a
   local key are fine.  */
/* { dg-do compile } */

#include <stdlib.h>

static int
cmp_int (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

int
nowarn_sort_search (int needle)
{
  int v[8] = { 5, 3, 8, 1, 9, 2, 7, 4 };
  int key = needle;
  int *hit;
  qsort (v, 8, sizeof v[0], cmp_int); /* { dg-bogus "escape" } */
  hit = bsearch (&key, v, 8, sizeof v[0], cmp_int); /* { dg-bogus "escape" } */
  return hit ? (int) (hit - v) : -1; /* { dg-bogus "escape" } */
}

struct rec { const char *name; int score; };

static int
cmp_rec (const void *a, const void *b)
{
  return ((const struct rec *) a)->score - ((const struct rec *) b)->score;
}

int
nowarn_sort_structs (void)
{
  char n1[8] = "ann", n2[8] = "bob";
  struct rec recs[2] = { { n1, 3 }, { n2, 1 } };
  qsort (recs, 2, sizeof recs[0], cmp_rec); /* { dg-bogus "escape" } */
  return recs[0].score;
}
