/* Store rule, positive: an interior address several levels deep in a
   local aggregate (array in struct in struct) is reported as the whole
   local.  */
/* { dg-do compile } */

struct cell { int v[4]; };
struct row { struct cell cells[4]; int len; };
struct sheet { struct row rows[2]; const char *title; };

int *g_cell;
struct row *g_row;

void
warn_deep_elem (int r, int c)
{
  struct sheet s = { 0 };
  g_cell = &s.rows[r & 1].cells[c & 3].v[2]; /* { dg-warning "address of local variable 's' is stored into global 'g_cell', which outlives 'warn_deep_elem' \\\[escape:store\\\]" } */
}

void
warn_inner_struct (void)
{
  struct sheet s = { 0 };
  struct row *r = &s.rows[1];
  r->len = 3;
  g_row = r; /* { dg-warning "address of local variable 's' is stored into global 'g_row', which outlives 'warn_inner_struct' \\\[escape:store\\\]" } */
}
