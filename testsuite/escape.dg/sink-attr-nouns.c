/* Sink attribute: the object nouns for a parameter, a compound literal,
   a VLA and alloca storage passed to a marked parameter.  */
/* { dg-do compile } */

#include <alloca.h>

void retain (void *p __attribute__ ((escape_sink)));

struct pt { int x, y; };

void
warn_sink_param (int v)
{
  retain (&v); /* { dg-warning "address of parameter 'v' is passed to 'retain', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_sink_compound (int x)
{
  retain (&(struct pt) { x, x }); /* { dg-warning "address of compound literal is passed to 'retain', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_sink_vla (int n)
{
  char v[n + 1];
  v[0] = 0;
  retain (v); /* { dg-warning "address of variable length array 'v' is passed to 'retain', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_sink_alloca (int n)
{
  char *a = alloca ((unsigned) n + 1);
  a[0] = 0;
  retain (a); /* { dg-warning "address of alloca storage is passed to 'retain', which keeps it after returning \\\[escape:queue\\\]" } */
}
