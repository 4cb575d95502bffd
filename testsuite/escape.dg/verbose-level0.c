/* Verbose notes, level 0 (the default): without
   -fplugin-arg-escape-verbose no fact about a local, a parameter or a heap
   allocation is printed, no hint, no flow step of something that does not
   escape, no debugging view; a finding keeps exactly its usual notes.
   The dg-message keeps notes in the output, so the dg-bogus directives
   see any that would be printed.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

int *g;

static int *
id (int *p) /* { dg-bogus "parameter 'p'|function 'id'|summary:|points-to:" } */
{
  return p; /* { dg-bogus "returns it here|constraint:" } */
}

static void
keep (int *p) /* { dg-bogus "parameter 'p'|function 'keep'" } */
{
  g = p; /* { dg-bogus "'p' stores it|constraint:" } */
}

int
nowarn_local (void)
{
  int x = 1; /* { dg-bogus "local variable 'x'|constraint:" } */
  int *p = &x; /* { dg-bogus "taken here|copied into|constraint:" } */
  return *id (p); /* { dg-bogus "passed to|returned by|constraint:" } */
}

int
nowarn_heap (void)
{
  char *b = malloc (32); /* { dg-bogus "heap allocation|could be an automatic object|constraint:" } */
  if (!b)
    return -1;
  memset (b, 0, 32);
  free (b);
  return 0;
}

void
warn_store (void) /* { dg-bogus "function 'warn_store'|points-to:|summary:" } */
{
  int y = 0; /* { dg-message "'y' declared here" } */
  /* { dg-bogus "local variable 'y' escapes" "no fact at level 0" { target *-*-* } .-1 } */
  g = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\]" } */
  /* { dg-bogus "taken here|stored into 'g'" "a direct store has no flow notes at level 0" { target *-*-* } .-1 } */
}

void
warn_queue (void)
{
  int z = 0; /* { dg-message "'z' declared here" } */
  /* { dg-bogus "local variable 'z' escapes" "no fact at level 0" { target *-*-* } .-1 } */
  keep (&z); /* { dg-warning "address of local variable 'z' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}
