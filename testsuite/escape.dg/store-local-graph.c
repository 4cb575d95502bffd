/* Store rule, negative: a small graph built entirely in the frame (nodes
   in a local array pointing to each other, a local adjacency table),
   walked, and dropped.  */
/* { dg-do compile } */

#include <stddef.h>

struct vertex { int id; int seen; struct vertex *adj[2]; };

static int
count_reachable (struct vertex *v)
{
  int n = 0;
  if (!v || v->seen)
    return 0;
  v->seen = 1;
  n = 1;
  for (int i = 0; i < 2; i++)
    n += count_reachable (v->adj[i]);
  return n;
}

int
nowarn_local_graph (void)
{
  struct vertex vs[4];
  for (int i = 0; i < 4; i++)
    {
      vs[i].id = i;
      vs[i].seen = 0;
      vs[i].adj[0] = &vs[(i + 1) % 4]; /* { dg-bogus "escape" } */
      vs[i].adj[1] = i ? &vs[i - 1] : NULL; /* { dg-bogus "escape" } */
    }
  return count_reachable (&vs[0]); /* { dg-bogus "escape" } */
}
