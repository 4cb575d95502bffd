/* Fnptr rule, positive: a generic binary search with a comparator; the
   key is built in a local of the search wrapper and passed to the
   comparator.  */
/* { dg-do compile } */

#include <stddef.h>

typedef int (*cmp_fn) (const void *key, const void *elem);

struct entry { int id; const char *name; };

const struct entry *
warn_find_by_id (const struct entry *v, size_t n, int id, cmp_fn cmp)
{
  struct entry key = { id, NULL };
  size_t lo = 0, hi = n;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = cmp (&key, &v[mid]); /* { dg-warning "address of local variable 'key' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
      if (c == 0)
        return &v[mid];
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}
