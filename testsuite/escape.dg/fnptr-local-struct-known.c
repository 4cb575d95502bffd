/* Fnptr rule, positive: the callback is a known function, but it is
   called through a function-pointer field of a local struct; the call is
   indirect, so the local passed is reported.  Calling the same function
   directly is not.  */
/* { dg-do compile } */

struct cbs { void (*cb) (int *p); };

static void
known (int *p)
{
  *p = 1;
}

int
warn_via_local_struct (void)
{
  int x = 0;
  struct cbs s = { known };
  s.cb (&x); /* { dg-warning "address of local variable 'x' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return x;
}

int
nowarn_direct (void)
{
  int x = 0;
  known (&x); /* { dg-bogus "escape" } */
  return x;
}
