/* Store rule, positive: casts do not hide an address: to void *, to
   another pointer type, to const, and to an integer of pointer width
   (uintptr_t, intptr_t) stored into a global integer.  */
/* { dg-do compile } */

#include <stdint.h>

void *g_any;
const unsigned char *g_bytes;
uintptr_t g_addr;
intptr_t g_iaddr;

void
warn_cast_void (void)
{
  long x = 0;
  g_any = (void *) &x; /* { dg-warning "address of local variable 'x' is stored into global 'g_any', which outlives 'warn_cast_void' \\\[escape:store\\\]" } */
}

void
warn_cast_bytes (void)
{
  double d = 0;
  g_bytes = (const unsigned char *) &d; /* { dg-warning "address of local variable 'd' is stored into global 'g_bytes', which outlives 'warn_cast_bytes' \\\[escape:store\\\]" } */
}

void
warn_cast_uintptr (void)
{
  int n = 0;
  g_addr = (uintptr_t) &n; /* { dg-warning "address of local variable 'n' is stored into global 'g_addr', which outlives 'warn_cast_uintptr' \\\[escape:store\\\]" } */
}

void
warn_cast_intptr_offset (void)
{
  char buf[16];
  intptr_t i = (intptr_t) buf;
  i += 4;
  g_iaddr = i; /* { dg-warning "address of local variable 'buf' is stored into global 'g_iaddr', which outlives 'warn_cast_intptr_offset' \\\[escape:store\\\]" } */
}
