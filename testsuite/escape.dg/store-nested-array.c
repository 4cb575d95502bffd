/* Store rule, positive: elements of multi-dimensional global arrays and
   arrays of structs are still the global.  */
/* { dg-do compile } */

int *g_grid[4][4];
struct entry { const char *key; int *val; } g_entries[8];

void
warn_grid (int r, int c)
{
  int cell = 0;
  g_grid[r & 3][c & 3] = &cell; /* { dg-warning "address of local variable 'cell' is stored into global 'g_grid', which outlives 'warn_grid' \\\[escape:store\\\]" } */
}

void
warn_entry_key (int i)
{
  char key[16] = "k";
  g_entries[i & 7].key = key; /* { dg-warning "address of local variable 'key' is stored into global 'g_entries', which outlives 'warn_entry_key' \\\[escape:store\\\]" } */
}

void
warn_entry_val (void)
{
  int v = 1;
  g_entries[2].val = &v; /* { dg-warning "address of local variable 'v' is stored into global 'g_entries', which outlives 'warn_entry_val' \\\[escape:store\\\]" } */
}
