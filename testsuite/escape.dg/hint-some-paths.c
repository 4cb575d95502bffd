/* Heap-to-stack hints, never for memory freed on some paths only: an
   early return after a successful allocation, a free under a condition,
   a memory leak.  These get the plain fact, "does not escape".  A path
   that leaves because the pointer was tested null needs no free, but a
   test of something else is not such a path.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_early_return (const char *s)
{
  char *p = malloc (32); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "the early return leaks it" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  if (!s)
    return -2;
  strncpy (p, s, 31);
  p[31] = 0;
  free (p);
  return 0;
}

int
nowarn_conditional_free (int k)
{
  char *p = malloc (32); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "freed only when k" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = (char) k;
  if (k)
    free (p);
  return 0;
}

int
nowarn_never_freed (void)
{
  char *p = malloc (32); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "never freed" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = 1;
  return p[0];
}

int
nowarn_other_test (char *q)
{
  char *p = malloc (32); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "a null test of another pointer" { target *-*-* } .-1 } */
  if (!q)
    return -1;
  memcpy (p, q, 32);
  free (p);
  return 0;
}
