/* Store rule, positive: a compound literal inside a function has
   automatic storage; storing its address into a global or into the
   caller's memory is reported with the noun "compound literal".  */
/* { dg-do compile } */

struct point { int x, y; };

struct point *g_origin;
int *g_vec;

void
warn_compound_struct (void)
{
  g_origin = &(struct point) { 0, 0 }; /* { dg-warning "address of compound literal is stored into global 'g_origin', which outlives 'warn_compound_struct' \\\[escape:store\\\]" } */
}

void
warn_compound_array (void)
{
  g_vec = (int[]) { 1, 2, 3 }; /* { dg-warning "address of compound literal is stored into global 'g_vec', which outlives 'warn_compound_array' \\\[escape:store\\\]" } */
}

void
warn_compound_out (struct point **out, int x)
{
  *out = &(struct point) { x, x }; /* { dg-warning "address of compound literal is stored into memory pointed to by parameter 'out', which outlives 'warn_compound_out' \\\[escape:store\\\]" } */
}
