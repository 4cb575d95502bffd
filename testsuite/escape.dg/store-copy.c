/* Store rule, positive: the address reaches the global through copies
   (several SSA names, a local pointer variable whose own address is
   taken, a local struct field loaded back).  The finding is at the store
   into the global, not where the address was taken.  */
/* { dg-do compile } */

struct holder { int *p; };

int *g;

void
warn_copy_chain (void)
{
  int x = 0;
  int *p = &x;
  int *q = p;
  g = q; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_copy_chain' \\\[escape:store\\\]" } */
}

extern void inspect (int **pp);

void
warn_copy_through_memory (void)
{
  int y = 0;
  int *p = &y;
  inspect (&p);
  g = p; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_copy_through_memory' \\\[escape:store\\\]" } */
}

void
warn_copy_through_field (void)
{
  int z = 0;
  struct holder h;
  h.p = &z;
  g = h.p; /* { dg-warning "address of local variable 'z' is stored into global 'g', which outlives 'warn_copy_through_field' \\\[escape:store\\\]" } */
}
