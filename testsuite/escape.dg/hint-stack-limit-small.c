/* Heap-to-stack hints, -fplugin-arg-escape-stack-limit=100: the limit
   is the largest size hinted, in bytes, inclusive, for malloc, calloc
   and aligned_alloc alike.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1 -fplugin-arg-escape-stack-limit=100" } */

#include <stdlib.h>

int
nowarn_malloc_at (void)
{
  char *p = malloc (100); /* { dg-message "heap allocation of 100 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  free (p);
  return 0;
}

int
nowarn_malloc_over (void)
{
  char *p = malloc (101); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "101 is over the limit" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  free (p);
  return 0;
}

int
nowarn_calloc_at (void)
{
  char *p = calloc (10, 10); /* { dg-message "heap allocation of 100 bytes by 'calloc' could be an automatic object" } */
  if (!p)
    return -1;
  free (p);
  return 0;
}

int
nowarn_calloc_over (void)
{
  char *p = calloc (11, 10); /* { dg-message "heap allocation by 'calloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "110 is over the limit" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  free (p);
  return 0;
}

int
nowarn_aligned_over (void)
{
  char *p = aligned_alloc (64, 128); /* { dg-message "heap allocation by 'aligned_alloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "128 is over the limit" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  free (p);
  return 0;
}
