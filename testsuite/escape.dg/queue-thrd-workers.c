/* Queue rule, positive (realistic): a parallel map over an array with
   C11 threads.  The per-thread slices live in an array on the caller's
   stack and each thread gets the address of its slice; the threads are
   joined, but the argument is still reported (the analysis does not pair
   thrd_create with thrd_join).  The version that allocates the slices is
   fine.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <threads.h>

#define NTHREADS 4

struct slice { double *v; size_t n; double factor; };

static int
scale_slice (void *arg)
{
  struct slice *s = arg;
  for (size_t i = 0; i < s->n; i++)
    s->v[i] *= s->factor;
  return 0;
}

int
warn_parallel_scale (double *v, size_t n, double factor)
{
  thrd_t th[NTHREADS];
  struct slice sl[NTHREADS];
  size_t chunk = n / NTHREADS;
  int i;
  for (i = 0; i < NTHREADS; i++)
    {
      sl[i].v = v + (size_t) i * chunk;
      sl[i].n = i == NTHREADS - 1 ? n - (size_t) i * chunk : chunk;
      sl[i].factor = factor;
      if (thrd_create (&th[i], scale_slice, &sl[i]) != thrd_success) /* { dg-warning "address of local variable 'sl' is passed to 'thrd_create', which keeps it after returning \\\[escape:queue\\\]" } */
        break;
    }
  while (i-- > 0)
    thrd_join (th[i], NULL);
  return 0;
}

int
nowarn_parallel_scale_heap (double *v, size_t n, double factor)
{
  thrd_t th[NTHREADS];
  struct slice *sl = calloc (NTHREADS, sizeof *sl);
  size_t chunk = n / NTHREADS;
  int i;
  if (!sl)
    return -1;
  for (i = 0; i < NTHREADS; i++)
    {
      sl[i].v = v + (size_t) i * chunk;
      sl[i].n = i == NTHREADS - 1 ? n - (size_t) i * chunk : chunk;
      sl[i].factor = factor;
      if (thrd_create (&th[i], scale_slice, &sl[i]) != thrd_success) /* { dg-bogus "escape" } */
        break;
    }
  while (i-- > 0)
    thrd_join (th[i], NULL); /* { dg-bogus "escape" } */
  free (sl);
  return 0;
}
