/* Fnptr rule, positive (realistic): tree walks with visitor callbacks.
   A walk that passes only the caller's nodes and user pointer to the
   visitor is fine; a walk that passes its own path buffer, and a caller
   that passes its stack accumulator to a visitor it was given, are
   reported at the indirect call.  */
/* { dg-do compile } */

#include <stddef.h>

struct tree { int key; struct tree *left, *right; };

typedef int (*visit_fn) (const struct tree *node, void *user);
typedef int (*visit_path_fn) (const struct tree *node, const int *path, int depth);

/* Fine: the node and the user pointer are the caller's.  */
static int
walk (const struct tree *t, visit_fn visit, void *user)
{
  if (!t)
    return 0;
  if (walk (t->left, visit, user))
    return 1;
  if (visit (t, user)) /* { dg-bogus "escape" } */
    return 1;
  return walk (t->right, visit, user);
}

/* BAD: the path buffer lives in this frame.  */
int
warn_walk_with_path (const struct tree *t, visit_path_fn visit)
{
  int path[64];
  int depth = 0;
  while (t && depth < 64)
    {
      path[depth++] = t->key;
      if (visit (t, path, depth)) /* { dg-warning "address of local variable 'path' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
        return 1;
      t = t->left;
    }
  return 0;
}

struct sum { long total; int count; };

static int
add_key (const struct tree *node, void *user)
{
  struct sum *s = user;
  s->total += node->key;
  s->count++;
  return 0;
}

/* BAD: the accumulator is passed to a visitor the caller chose.  */
long
warn_sum_with (const struct tree *t, visit_fn visit)
{
  struct sum acc = { 0, 0 };
  visit (t, &acc); /* { dg-warning "address of local variable 'acc' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return acc.total;
}

/* Right: a known visitor called directly, and the walk given the
   caller's own accumulator.  */
long
nowarn_sum_direct (const struct tree *t)
{
  struct sum acc = { 0, 0 };
  add_key (t, &acc); /* { dg-bogus "escape" } */
  return acc.total;
}

int
nowarn_sum_into (const struct tree *t, struct sum *out)
{
  return walk (t, add_key, out); /* { dg-bogus "escape" } */
}
