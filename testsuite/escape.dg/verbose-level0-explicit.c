/* Verbose notes, -fplugin-arg-escape-verbose=0 given explicitly: the
   same as not giving it.  No fact, hint or debugging view; a finding
   has its usual notes (here an indirect one, so its flow is shown, as it
   is without the argument).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=0" } */

#include <stdlib.h>

int *g;

int
nowarn_heap_candidate (void) /* { dg-bogus "function 'nowarn_heap_candidate'|points-to:|summary:" } */
{
  int *v = calloc (4, sizeof (int)); /* { dg-bogus "heap allocation|could be an automatic object" } */
  if (!v)
    return -1;
  v[0] = 1;
  int r = v[0];
  free (v);
  return r;
}

void
warn_store_copy (int *out) /* { dg-bogus "parameter 'out'" } */
{
  int y = 0; /* { dg-message "'y' declared here" } */
  /* { dg-bogus "escapes \\(store\\)|does not escape" "no fact at level 0" { target *-*-* } .-1 } */
  int *p = &y; /* { dg-message "address of 'y' is taken here" } */
  g = p; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_store_copy' \\\[escape:store\\\]" } */
  *out = 0; /* { dg-bogus "constraint:" } */
}
