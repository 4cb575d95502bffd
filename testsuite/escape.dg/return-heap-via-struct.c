/* Return rule, negative: a heap pointer stored through a local struct (or
   local array of pointers) and loaded back before the return; the local
   container itself never escapes.  */
/* { dg-do compile } */

#include <stdlib.h>

struct buf { size_t len; char *data; };

char *
nowarn_heap_in_struct (size_t n)
{
  struct buf b;
  b.len = n;
  b.data = malloc (n + 1);
  return b.data; /* { dg-bogus "escape" } */
}

char *
nowarn_heap_in_array (size_t n)
{
  char *slots[2];
  slots[0] = malloc (n);
  slots[1] = slots[0];
  return slots[1]; /* { dg-bogus "escape" } */
}

struct buf
nowarn_struct_with_heap (size_t n)
{
  struct buf b = { n, malloc (n) };
  return b; /* { dg-bogus "escape" } */
}
