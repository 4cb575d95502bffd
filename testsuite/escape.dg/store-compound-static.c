/* Store rule, negative: a compound literal at file scope has static
   storage; storing its address (or a pointer into it) into a global or
   the caller's memory is fine.  */
/* { dg-do compile } */

struct point { int x, y; };

int *g_defaults = (int[]) { 1, 2, 3 };
struct point *g_origin = &(struct point) { 0, 0 };
int *g_copy;

void
nowarn_file_scope_compound (void)
{
  g_copy = g_defaults + 1; /* { dg-bogus "escape" } */
}

void
nowarn_file_scope_compound_out (struct point **out)
{
  *out = g_origin; /* { dg-bogus "escape" } */
}
