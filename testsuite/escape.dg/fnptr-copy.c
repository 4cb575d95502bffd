/* Fnptr rule, positive: the argument reaches the indirect call through
   copies, casts, a phi, and a pointer loaded back from a local struct.  */
/* { dg-do compile } */

typedef void (*sink_fn) (void *p);

extern int shared;

void
warn_cast_copy (sink_fn f)
{
  long x = 0;
  void *p = (void *) &x;
  void *q = p;
  f (q); /* { dg-warning "address of local variable 'x' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_phi (sink_fn f, int c)
{
  int y = 0;
  int *p = c ? &y : &shared;
  f (p); /* { dg-warning "address of local variable 'y' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_loaded_from_local (sink_fn f)
{
  char buf[16] = "";
  struct { char *p; } holder = { buf };
  f (holder.p); /* { dg-warning "address of local variable 'buf' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
