/* Heap-to-stack hints and frees the caller does not see: the free must
   be a call to free in the allocating function, on the pointer or a copy
   of it.  A same-file wrapper that frees its argument (directly or
   through a copy in another variable) is not free, so the allocation is
   not known to be freed and gets no hint; it does not escape either,
   since the wrapper does not keep it.  Freed through a copy in the same
   function, it is hinted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

static void
release (void *p) /* { dg-message "parameter 'p' does not escape" } */
{
  free (p);
}

static void
release_copy (void *p) /* { dg-message "parameter 'p' does not escape" } */
{
  void *victim = p;
  if (victim)
    free (victim);
}

int
nowarn_wrapper (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "release is not free" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  release (p);
  return r;
}

int
nowarn_wrapper_copy (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "release_copy is not free" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  release_copy (p);
  return r;
}

int
nowarn_local_copy (int k)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  char *q = k ? p : p + 0;
  q[0] = (char) k;
  int r = q[0];
  free (q);
  return r;
}
