/* Heap-to-stack hints, aligned_alloc: the size is the second argument.
   (An automatic object can be given the alignment with _Alignas.)  A
   size that is not constant gets no hint.  Other allocators
   (posix_memalign, memalign, valloc, realloc, strdup) get facts but never
   a hint.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>
#include <malloc.h>

int
nowarn_aligned (void)
{
  double *v = aligned_alloc (64, 256); /* { dg-message "heap allocation of 256 bytes by 'aligned_alloc' could be an automatic object: it does not escape and is freed on every path" } */
  if (!v)
    return -1;
  v[0] = 1;
  int r = (int) v[0];
  free (v);
  return r;
}

int
nowarn_aligned_variable (size_t n)
{
  double *v = aligned_alloc (64, n); /* { dg-message "heap allocation by 'aligned_alloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "the size is not a constant" { target *-*-* } .-1 } */
  if (!v)
    return -1;
  free (v);
  return 0;
}

int
nowarn_memalign (void)
{
  char *p = memalign (64, 128); /* { dg-message "heap allocation by 'memalign' does not escape" } */
  /* { dg-bogus "could be an automatic object" "only malloc, calloc and aligned_alloc are hinted" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = 0;
  free (p);
  return 0;
}

int
nowarn_posix_memalign (void)
{
  void *p;
  if (posix_memalign (&p, 64, 128)) /* { dg-message "heap allocation by 'posix_memalign' does not escape" } */
    return -1;
  /* { dg-bogus "could be an automatic object" "only malloc, calloc and aligned_alloc are hinted" { target *-*-* } .-2 } */
  memset (p, 0, 128);
  free (p);
  return 0;
}

size_t
nowarn_strdup (const char *s)
{
  char *d = strdup (s); /* { dg-message "heap allocation by 'strdup' does not escape" } */
  /* { dg-bogus "could be an automatic object" "only malloc, calloc and aligned_alloc are hinted" { target *-*-* } .-1 } */
  if (!d)
    return 0;
  size_t n = strlen (d);
  free (d);
  return n;
}
