/* Store rule, negative: integer arithmetic on an address converted to an
   integer yields a number, not an address: an alignment remainder
   (`% 16', `& 15'), a byte distance between two local addresses, a
   pointer difference.  Storing it into a global is not an escape.  */
/* { dg-do compile } */

#include <stddef.h>
#include <stdint.h>

uintptr_t g_misalign;
unsigned g_low_bits;
ptrdiff_t g_dist;
size_t g_off;

void
nowarn_modulo (void)
{
  char buf[64];
  g_misalign = (uintptr_t) buf % 16; /* { dg-bogus "escape" } */
}

void
nowarn_mask (void)
{
  double d = 0;
  g_low_bits = (unsigned) ((uintptr_t) &d & 15); /* { dg-bogus "escape" } */
}

void
nowarn_ptrdiff (void)
{
  int arr[10];
  int *p = &arr[7];
  g_dist = p - arr; /* { dg-bogus "escape" } */
}

void
nowarn_offset_in_struct (void)
{
  struct { int a; char b[12]; } s;
  g_off = (size_t) ((char *) &s.b[3] - (char *) &s); /* { dg-bogus "escape" } */
}
