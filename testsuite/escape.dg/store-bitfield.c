/* Store rule, bit-fields: a bit-field at a bit offset has no byte offset
   of its own, but it lies in known bytes and holds a number, so writing
   it must not merge the struct's fields into one.  Reduced from a
   configuration context with one-bit flags, where `ctx.elts' seemed to
   hold the address of the local that `ctx.cf' holds.  */
/* { dg-do compile } */

struct ctx { int *cf; int *elts; unsigned hostnames:1; unsigned no_cacheable:1; };

int *g_elts;

void
nowarn_flag_beside_pointer (int *heap)
{
  int save = 0;
  struct ctx ctx;
  ctx.cf = &save;
  ctx.elts = heap;
  ctx.no_cacheable = 0;
  g_elts = ctx.elts; /* { dg-bogus "escape" } */
}

void
nowarn_flag_read_back (int *heap, int c)
{
  int save = 0;
  struct ctx ctx;
  ctx.cf = &save;
  ctx.elts = heap;
  ctx.hostnames = c;
  ctx.no_cacheable = ctx.hostnames;
  if (ctx.no_cacheable)
    g_elts = ctx.elts; /* { dg-bogus "escape" } */
}

/* The field that does hold the local's address still escapes.  */

void
warn_flag_beside_pointer (int *heap)
{
  int save = 0;
  struct ctx ctx;
  ctx.cf = &save;
  ctx.elts = heap;
  ctx.no_cacheable = 0;
  g_elts = ctx.cf; /* { dg-warning "address of local variable 'save' is stored into global 'g_elts'" } */
}

/* Bit-fields in nested structs and wide bit-fields at bit offsets.  */

struct inner { unsigned a:3; unsigned long wide:60; int *p; };
struct outer { int *q; struct inner in; };

void
nowarn_nested_wide (int *heap)
{
  int x = 0;
  struct outer o;
  o.q = heap;
  o.in.p = &x;
  o.in.a = 5;
  o.in.wide = 7;
  g_elts = o.q; /* { dg-bogus "escape" } */
}

void
warn_nested_wide (int *heap)
{
  int x = 0;
  struct outer o;
  o.q = heap;
  o.in.p = &x;
  o.in.wide = o.in.a;
  g_elts = o.in.p; /* { dg-warning "address of local variable 'x' is stored into global 'g_elts'" } */
}
