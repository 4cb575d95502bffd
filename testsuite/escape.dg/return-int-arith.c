/* Return rule, negative: integer results computed from an address that
   are not addresses: alignment remainder, comparison, pointer
   difference, truth value.  */
/* { dg-do compile } */

#include <stddef.h>
#include <stdint.h>

uintptr_t
nowarn_misalignment (void)
{
  int x = 0;
  return (uintptr_t) &x % 16; /* { dg-bogus "escape" } */
}

int
nowarn_equal (int *q)
{
  int x = 0;
  return &x == q; /* { dg-bogus "escape" } */
}

ptrdiff_t
nowarn_index_of (char c)
{
  char buf[8] = "abcdefg";
  char *p = buf;
  while (*p && *p != c)
    p++;
  return p - buf; /* { dg-bogus "escape" } */
}

int
nowarn_truth (void)
{
  int x = 0;
  int *p = &x;
  return p != 0; /* { dg-bogus "escape" } */
}
