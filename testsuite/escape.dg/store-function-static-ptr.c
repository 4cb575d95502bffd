/* Store rule, positive: a pointer declared `static' inside a function
   outlives every call of it; storing a local's address into it is a
   store into a global (the noun is "global" for any static variable).  */
/* { dg-do compile } */

int
warn_memo (int v)
{
  static int *memo;
  int cell = v * 2;
  if (memo && *memo == cell)
    return 1;
  memo = &cell; /* { dg-warning "address of local variable 'cell' is stored into global 'memo', which outlives 'warn_memo' \\\[escape:store\\\]" } */
  return 0;
}

void
warn_static_in_block (int c)
{
  char line[80] = "";
  if (c)
    {
      static char *prev_line;
      prev_line = line; /* { dg-warning "address of local variable 'line' is stored into global 'prev_line', which outlives 'warn_static_in_block' \\\[escape:store\\\]" } */
    }
}
