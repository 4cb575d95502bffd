/* Fnptr rule, positive (realistic): a generic insertion sort with a
   user comparator, like qsort.  The sort compares a saved element kept in
   a local temporary with the elements of the caller's array: the
   temporary reaches the comparator.  A version that compares only array
   elements is fine.  */
/* { dg-do compile } */

#include <stddef.h>
#include <string.h>

typedef int (*cmp_fn) (const void *a, const void *b);

#define MAX_ELEM 64

/* BAD: `tmp' is passed to the comparator.  */
void
warn_isort (void *base, size_t n, size_t size, cmp_fn cmp)
{
  unsigned char tmp[MAX_ELEM];
  unsigned char *a = base;
  if (size > MAX_ELEM)
    return;
  for (size_t i = 1; i < n; i++)
    {
      size_t j = i;
      memcpy (tmp, a + i * size, size);
      while (j > 0 && cmp (a + (j - 1) * size, tmp) > 0) /* { dg-warning "address of local variable 'tmp' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
        {
          memcpy (a + j * size, a + (j - 1) * size, size);
          j--;
        }
      memcpy (a + j * size, tmp, size);
    }
}

/* Right: swaps in place, compares only the caller's elements.  */
static void
swap_bytes (unsigned char *x, unsigned char *y, size_t size)
{
  for (size_t k = 0; k < size; k++)
    {
      unsigned char t = x[k];
      x[k] = y[k];
      y[k] = t;
    }
}

void
nowarn_bubble (void *base, size_t n, size_t size, cmp_fn cmp)
{
  unsigned char *a = base;
  for (size_t i = 0; i + 1 < n; i++)
    for (size_t j = 0; j + 1 < n - i; j++)
      if (cmp (a + j * size, a + (j + 1) * size) > 0) /* { dg-bogus "escape" } */
        swap_bytes (a + j * size, a + (j + 1) * size, size); /* { dg-bogus "escape" } */
}
