/* Store rule, negative: a parameter declared as an array is a pointer to
   the caller's storage; storing it (or an element address) into a
   global or another out-parameter is not about this frame.  */
/* { dg-do compile } */

char *g_line;
int *g_cell;

void
nowarn_array_param (char line[256])
{
  g_line = line; /* { dg-bogus "escape" } */
}

void
nowarn_array_param_elem (int grid[4][4], int r, int c)
{
  g_cell = &grid[r & 3][c & 3]; /* { dg-bogus "escape" } */
}

void
nowarn_array_param_out (char name[static 8], char **out)
{
  *out = name + 1; /* { dg-bogus "escape" } */
}
