/* Store rule, positive: the address of a local scalar, or of a field of a
   local struct, stored straight into a global pointer.  The finding is at
   the store and names the global and the function whose frame dies.  */
/* { dg-do compile } */

struct point { int x, y; };

int *g;
void *gv;

void
warn_scalar (void)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_scalar' \\\[escape:store\\\]" } */
}

void
warn_field_addr (void)
{
  struct point pt = { 1, 2 };
  g = &pt.y; /* { dg-warning "address of local variable 'pt' is stored into global 'g', which outlives 'warn_field_addr' \\\[escape:store\\\]" } */
}

void
warn_void_ptr (void)
{
  double d = 1.0;
  gv = &d; /* { dg-warning "address of local variable 'd' is stored into global 'gv', which outlives 'warn_void_ptr' \\\[escape:store\\\]" } */
}

int
warn_then_read (void)
{
  int n = 42;
  g = &n; /* { dg-warning "address of local variable 'n' is stored into global 'g', which outlives 'warn_then_read' \\\[escape:store\\\]" } */
  return *g;
}
