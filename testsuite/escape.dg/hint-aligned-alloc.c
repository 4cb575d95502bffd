/* Heap-to-stack hints, aligned_alloc: the size is the second argument.
   (An automatic object can be given the alignment with _Alignas.)  A
   size that is not constant gets no hint.  memalign is declared an
   allocator with its size in the second argument (glibc's
   __attribute_malloc__ and __attribute_alloc_size__ ((2))), so it is
   hinted like aligned_alloc.  posix_memalign (the object goes through an
   out-parameter) and strdup (no size) get facts but no hint.  */
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
  char *p = memalign (64, 128); /* { dg-message "heap allocation of 128 bytes by 'memalign' could be an automatic object" } */
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
  /* { dg-bogus "could be an automatic object" "not hinted" { target *-*-* } .-2 } */
  memset (p, 0, 128);
  free (p);
  return 0;
}

size_t
nowarn_strdup (const char *s)
{
  char *d = strdup (s); /* { dg-message "heap allocation by 'strdup' does not escape" } */
  /* { dg-bogus "could be an automatic object" "not hinted" { target *-*-* } .-1 } */
  if (!d)
    return 0;
  size_t n = strlen (d);
  free (d);
  return n;
}
