/* Store rule, positive: stores inside loops: each element of a local
   array registered in a global table, and a local node pushed on a
   global stack on every iteration.  */
/* { dg-do compile } */

struct item { int v; };
struct frame { struct frame *up; int depth; };

struct item *g_items[8];
struct frame *g_top;

void
warn_fill_table (int n)
{
  struct item items[8];
  for (int i = 0; i < n && i < 8; i++)
    {
      items[i].v = i;
      g_items[i] = &items[i]; /* { dg-warning "address of local variable 'items' is stored into global 'g_items', which outlives 'warn_fill_table' \\\[escape:store\\\]" } */
    }
}

void
warn_push_each (int n)
{
  for (int i = 0; i < n; i++)
    {
      struct frame f;
      f.up = g_top;
      f.depth = i;
      g_top = &f; /* { dg-warning "address of local variable 'f' is stored into global 'g_top', which outlives 'warn_push_each' \\\[escape:store\\\]" } */
    }
}
