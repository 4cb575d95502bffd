/* Fnptr rule, negative: heap objects passed through a function pointer
   are not automatic storage.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

typedef void (*consume_fn) (char *s);

void
nowarn_heap_string (consume_fn consume, const char *src)
{
  char *s = strdup (src);
  if (s)
    consume (s); /* { dg-bogus "escape" } */
}

void
nowarn_heap_block (consume_fn consume, size_t n)
{
  char *b = malloc (n + 1);
  if (!b)
    return;
  memset (b, 'x', n);
  b[n] = 0;
  consume (b + 1); /* { dg-bogus "escape" } */
  free (b);
}
