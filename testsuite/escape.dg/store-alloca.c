/* Store rule, positive: alloca storage dies with the frame; storing a
   pointer into it (directly, after arithmetic, or through a copy) into a
   global or the caller's memory is reported as "alloca storage".  */
/* { dg-do compile } */

#include <alloca.h>
#include <string.h>

char *g_buf;

void
warn_alloca_global (size_t n)
{
  char *p = alloca (n + 1);
  memset (p, 0, n + 1);
  g_buf = p; /* { dg-warning "address of alloca storage is stored into global 'g_buf', which outlives 'warn_alloca_global' \\\[escape:store\\\]" } */
}

void
warn_alloca_offset (size_t n)
{
  char *p = __builtin_alloca (n + 8);
  g_buf = p + 8; /* { dg-warning "address of alloca storage is stored into global 'g_buf', which outlives 'warn_alloca_offset' \\\[escape:store\\\]" } */
}

void
warn_alloca_out (char **out, size_t n)
{
  char *p = alloca (n);
  *out = p; /* { dg-warning "address of alloca storage is stored into memory pointed to by parameter 'out', which outlives 'warn_alloca_out' \\\[escape:store\\\]" } */
}
