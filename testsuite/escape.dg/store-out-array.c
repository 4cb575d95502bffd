/* Store rule, positive: an element of an array the caller passed
   (`out[i] = &x') is the caller's memory, at any index.  */
/* { dg-do compile } */

void
warn_out_elem (int **out)
{
  int x = 0;
  out[1] = &x; /* { dg-warning "address of local variable 'x' is stored into memory pointed to by parameter 'out', which outlives 'warn_out_elem' \\\[escape:store\\\]" } */
}

void
warn_argv_fill (char **argv, int i)
{
  char arg[16] = "--verbose";
  argv[i] = arg; /* { dg-warning "address of local variable 'arg' is stored into memory pointed to by parameter 'argv', which outlives 'warn_argv_fill' \\\[escape:store\\\]" } */
}

void
warn_out_loop (int **vec, int n)
{
  int cells[4] = { 0 };
  for (int i = 0; i < n && i < 4; i++)
    vec[i] = &cells[i]; /* { dg-warning "address of local variable 'cells' is stored into memory pointed to by parameter 'vec', which outlives 'warn_out_loop' \\\[escape:store\\\]" } */
}
