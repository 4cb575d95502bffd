/* Return rule, positive: the address survives a round trip through an
   integer of pointer width (uintptr_t, intptr_t, unsigned long), with
   address-preserving arithmetic on the way.  */
/* { dg-do compile } */

#include <stdint.h>

int *
warn_uintptr_roundtrip (void)
{
  int x = 0;
  return (int *) (uintptr_t) &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_uintptr_roundtrip'" } */
}

char *
warn_uintptr_offset (void)
{
  char buf[32] = "";
  uintptr_t u = (uintptr_t) buf;
  u += 4;
  return (char *) u; /* { dg-warning "address of local variable 'buf' is returned from 'warn_uintptr_offset'" } */
}

int *
warn_intptr_var (void)
{
  int x = 0;
  intptr_t i = (intptr_t) &x;
  intptr_t j = i;
  return (int *) j; /* { dg-warning "address of local variable 'x' is returned from 'warn_intptr_var'" } */
}

uintptr_t
warn_return_as_integer (void)
{
  int x = 0;
  return (uintptr_t) &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_return_as_integer'" } */
}
