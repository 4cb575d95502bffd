/* Fnptr rule, positive: operations kept in a global struct (not behind a
   pointer) and installed at run time.  */
/* { dg-do compile } */

#include <stddef.h>

struct alloc_ops
{
  void *(*alloc) (size_t n, void *arena);
  void (*stats) (size_t *used, size_t *peak);
};

struct alloc_ops g_alloc;

void *
warn_arena_alloc (size_t n)
{
  struct { char *cur; char *end; } arena = { NULL, NULL };
  return g_alloc.alloc (n, &arena); /* { dg-warning "address of local variable 'arena' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

size_t
warn_stats (size_t *peak)
{
  size_t used = 0;
  g_alloc.stats (&used, peak); /* { dg-warning "address of local variable 'used' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return used;
}
