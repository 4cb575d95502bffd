/* Heap-to-stack hints at level 2: the same hint as at level 1, with no
   flow after it (it does not escape, there is nothing to follow); the
   facts around it gain their flows.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

#include <stdlib.h>
#include <string.h>

char *g_last;

int
nowarn_hint (void)
{
  char *p = malloc (64); /* { dg-message "heap allocation of 64 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path" } */
  /* { dg-bogus "returned by 'malloc'" "no flow after a hint" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  memset (p, 0, 64); /* { dg-bogus "passed to|copied into" "no flow after a hint" } */
  free (p);
  return 0;
}

int
nowarn_stored (void)
{
  char *p = malloc (64); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-message "returned by 'malloc'" "the flow of the escape" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  g_last = p; /* { dg-message "stored into 'g_last'" } */
  free (p);
  return 0;
}
