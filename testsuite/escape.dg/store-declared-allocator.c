/* The store rule and allocators of the program's own: memory from a
   function declared __attribute__ ((malloc)), or from a same-file wrapper
   of malloc, is fresh heap memory like malloc's.  An address stored into
   it is reported when that memory outlives the function, not when it is
   freed or stays local.  (An unknown function's result is non-local
   memory: a store into it is reported.)  */
/* { dg-do compile } */

#include <stdlib.h>

struct ctx { int *slot; };

extern struct ctx *ctx_new (void) __attribute__ ((malloc));
extern struct ctx *ctx_lookup (int);
struct ctx *current;

static struct ctx *
ctx_alloc (void)
{
  struct ctx *c = malloc (sizeof *c);
  if (!c)
    abort ();
  c->slot = NULL;
  return c;
}

int
nowarn_declared_freed (void)
{
  int x = 1;
  struct ctx *c = ctx_new ();
  c->slot = &x; /* { dg-bogus "escape:" "the memory is freed before the return" } */
  int r = *c->slot;
  free (c);
  return r;
}

int
nowarn_wrapper_freed (void)
{
  int x = 1;
  struct ctx *c = ctx_alloc ();
  c->slot = &x; /* { dg-bogus "escape:" "the memory is freed before the return" } */
  int r = *c->slot;
  free (c);
  return r;
}

void
warn_declared_published (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  struct ctx *c = ctx_new ();
  c->slot = &x;
  current = c; /* { dg-warning "address of local variable 'x' is stored into global 'current', which outlives 'warn_declared_published'" } */
}

struct ctx *
warn_wrapper_returned (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  struct ctx *c = ctx_alloc ();
  c->slot = &x; /* { dg-warning "address of local variable 'x' is stored into heap memory, which outlives 'warn_wrapper_returned'" } */
  return c;
}

void
warn_unknown_result (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  struct ctx *c = ctx_lookup (0);
  c->slot = &x; /* { dg-warning "address of local variable 'x' is stored into" } */
}
