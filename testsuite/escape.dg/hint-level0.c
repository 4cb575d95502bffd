/* Heap-to-stack hints at level 0: none.  Hints are verbose notes; without
   -fplugin-arg-escape-verbose the allocation facts are not even
   computed.  The finding's dg-message keeps notes in the output, so the
   dg-bogus directives would see a hint.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

int *g;

int
nowarn_candidate (void)
{
  char *p = malloc (64); /* { dg-bogus "heap allocation|could be an automatic object" } */
  if (!p)
    return -1;
  memset (p, 0, 64);
  free (p);
  return 0;
}

void
warn_store (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  g = &x; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\]" } */
}
