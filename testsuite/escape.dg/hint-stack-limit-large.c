/* Heap-to-stack hints, -fplugin-arg-escape-stack-limit=65536: a larger
   limit hints buffers the default leaves alone; the last value given
   counts, as for GCC's own options.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1 -fplugin-arg-escape-stack-limit=16 -fplugin-arg-escape-stack-limit=65536" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_8k (void)
{
  char *p = malloc (8192); /* { dg-message "heap allocation of 8192 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  memset (p, 0, 8192);
  free (p);
  return 0;
}

int
nowarn_64k (void)
{
  char *p = malloc (65536); /* { dg-message "heap allocation of 65536 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  free (p);
  return 0;
}

int
nowarn_over_64k (void)
{
  char *p = malloc (65537); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "over the limit" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  free (p);
  return 0;
}
