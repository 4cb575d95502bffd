/* Store rule, positive: an element of a global array of pointers is part
   of the global; the target is named by the array, whatever the index.  */
/* { dg-do compile } */

int *table[8];
static char *names[4];

void
warn_const_index (void)
{
  int x = 3;
  table[3] = &x; /* { dg-warning "address of local variable 'x' is stored into global 'table', which outlives 'warn_const_index' \\\[escape:store\\\]" } */
}

void
warn_var_index (int i)
{
  int y = 4;
  table[i & 7] = &y; /* { dg-warning "address of local variable 'y' is stored into global 'table', which outlives 'warn_var_index' \\\[escape:store\\\]" } */
}

void
warn_static_array (int i)
{
  char buf[16] = "name";
  names[i & 3] = buf; /* { dg-warning "address of local variable 'buf' is stored into global 'names', which outlives 'warn_static_array' \\\[escape:store\\\]" } */
}

void
warn_through_element_ptr (void)
{
  int z = 5;
  int **slot = &table[1];
  *slot = &z; /* { dg-warning "address of local variable 'z' is stored into global 'table', which outlives 'warn_through_element_ptr' \\\[escape:store\\\]" } */
}
