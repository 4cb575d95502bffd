/* At -O0 the gimplifier stores an assignment's value and reads it back
   from memory (`gs.p = (s.p = &x)'); the value read back is the one
   stored, at every level, and the notes name the statement the user
   wrote.  */
/* { dg-do compile } */

struct box { int *p; };
struct box gs;

void
warn_readback_store (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  struct box s;
  gs.p = (s.p = &x); /* { dg-warning "address of local variable 'x' is stored into global 'gs', which outlives 'warn_readback_store'" } */
}

int *
warn_readback_return (void)
{
  int y = 0; /* { dg-message "'y' declared here" } */
  struct box s;
  return (s.p = &y); /* { dg-warning "address of local variable 'y' is returned from 'warn_readback_return'" } */
}

void
ok_readback_local (void)
{
  int z = 0;
  struct box s, t;
  t.p = (s.p = &z); /* { dg-bogus "escape" } */
  (void) t;
}
