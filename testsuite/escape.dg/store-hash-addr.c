/* Store rule, negative: a hash of a local's address (shifted and reduced
   modulo the table size) is a bucket number, not an address; storing it
   into a global is not an escape.  */
/* { dg-do compile } */

#include <stdint.h>

unsigned g_bucket;
uintptr_t g_tag;

void
nowarn_bucket_of_local (void)
{
  int x = 0;
  g_bucket = (unsigned) (((uintptr_t) &x >> 4) % 64); /* { dg-bogus "escape" } */
}

void
nowarn_low_tag (void)
{
  char buf[32];
  uintptr_t u = (uintptr_t) buf;
  g_tag = u & 15; /* { dg-bogus "escape" } */
}
