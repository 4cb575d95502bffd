/* Heap-to-stack hints, the default limit: allocations of at most 4096
   bytes are hinted; larger ones are better left on the heap, and get the
   plain fact.  See hint-stack-limit-*.c for the argument.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_at_limit (void)
{
  char *p = malloc (4096); /* { dg-message "heap allocation of 4096 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  memset (p, 0, 4096);
  free (p);
  return 0;
}

int
nowarn_over_limit (void)
{
  char *p = malloc (4097); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "4097 is over the default limit" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  memset (p, 0, 4097);
  free (p);
  return 0;
}

int
nowarn_calloc_over (void)
{
  int *v = calloc (1025, sizeof (int)); /* { dg-message "heap allocation by 'calloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "4100 is over the default limit" { target *-*-* } .-1 } */
  if (!v)
    return -1;
  free (v);
  return 0;
}

int
nowarn_page_buffer (void)
{
  char *p = malloc (65536); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "64 KiB is over the default limit" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  free (p);
  return 0;
}
