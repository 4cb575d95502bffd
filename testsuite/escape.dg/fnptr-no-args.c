/* Fnptr rule, negative: indirect calls with no pointer argument at all,
   or with NULL, while locals are in use nearby.  */
/* { dg-do compile } */

#include <stddef.h>

typedef int (*tick_fn) (void);
typedef void (*maybe_fn) (void *p);

int
nowarn_no_args (tick_fn tick)
{
  int local[4] = { 0 };
  local[0] = tick (); /* { dg-bogus "escape" } */
  return local[0];
}

void
nowarn_null_arg (maybe_fn f)
{
  int x = 0;
  int *p = &x;
  *p = 1;
  f (NULL); /* { dg-bogus "escape" } */
}
