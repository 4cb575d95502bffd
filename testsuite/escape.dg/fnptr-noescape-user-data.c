/* Fnptr rule, negative: the `void *user_data' callback pattern with the
   user-data parameter declared noescape, and a foreach that passes its
   stack accumulator.  */
/* { dg-do compile } */

#include <stddef.h>

typedef int (*each_fn) (int value, void *user_data __attribute__ ((noescape)));

struct stats { long sum; int n; };

long
nowarn_foreach_sum (const int *v, size_t n, each_fn fn)
{
  struct stats st = { 0, 0 };
  for (size_t i = 0; i < n; i++)
    if (fn (v[i], &st)) /* { dg-bogus "escape" } */
      break;
  return st.sum;
}
