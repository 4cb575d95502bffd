/* Store rule, positive: `*out = &x' stores into memory the caller owns,
   which outlives the callee's frame.  The target is named by the pointer
   parameter.  */
/* { dg-do compile } */

struct obj { int id; };

void
warn_out_int (int **out)
{
  int x = 0;
  *out = &x; /* { dg-warning "address of local variable 'x' is stored into memory pointed to by parameter 'out', which outlives 'warn_out_int' \\\[escape:store\\\]" } */
}

int
warn_out_struct (struct obj **result, int id)
{
  struct obj o = { id };
  if (id < 0)
    return -1;
  *result = &o; /* { dg-warning "address of local variable 'o' is stored into memory pointed to by parameter 'result', which outlives 'warn_out_struct' \\\[escape:store\\\]" } */
  return 0;
}

void
warn_out_void (void **out)
{
  char scratch[64];
  scratch[0] = 0;
  *out = scratch; /* { dg-warning "address of local variable 'scratch' is stored into memory pointed to by parameter 'out', which outlives 'warn_out_void' \\\[escape:store\\\]" } */
}

void
warn_out_copy (int **out)
{
  int y = 1;
  int **o = out;
  *o = &y; /* { dg-warning "address of local variable 'y' is stored into memory pointed to by parameter 'out', which outlives 'warn_out_copy' \\\[escape:store\\\]" } */
}
