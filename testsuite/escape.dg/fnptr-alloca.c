/* Fnptr rule, positive: alloca storage passed through a function pointer
   is reported with the noun "alloca storage".  */
/* { dg-do compile } */

#include <alloca.h>
#include <string.h>

typedef void (*fill_fn) (char *buf, size_t n);

void
warn_alloca_cb (fill_fn fill, size_t n)
{
  char *buf = alloca (n);
  memset (buf, 0, n);
  fill (buf, n); /* { dg-warning "address of alloca storage is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
