/* Verbose notes and -Werror: with verbose=3 every fact, flow step and
   debugging view is a note, and notes are never promoted, so the only
   error is the real finding (a warning promoted by -Werror); hints,
   parameter summaries and "does not escape" facts stay notes.  */
/* { dg-do compile } */
/* { dg-options "-Werror -fplugin-arg-escape-verbose=3" } */

#include <stdlib.h>
#include <string.h>

int *g;

static int *
pass_through (int *p) /* { dg-message "parameter 'p' leaks to result level=0" } */
/* { dg-bogus "error" "a summary is a note" { target *-*-* } .-1 } */
{
  return p;
}

int
nowarn_notes_only (void) /* { dg-bogus "error" "debugging views are notes" } */
{
  int x = 1; /* { dg-message "local variable 'x' does not escape" } */
  /* { dg-bogus "error" "a fact is a note" { target *-*-* } .-1 } */
  char *b = malloc (32); /* { dg-message "could be an automatic object" } */
  /* { dg-bogus "error" "a hint is a note" { target *-*-* } .-1 } */
  if (!b)
    return -1;
  memset (b, 0, 32);
  free (b);
  return *pass_through (&x);
}

void
warn_store (void)
{
  int y = 0; /* { dg-message "local variable 'y' escapes \\(store\\)" } */
  int *p = &y; /* { dg-message "address of 'y' is taken here" } */
  g = p; /* { dg-error "address of local variable 'y' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\] \\\[-Werror\\\]" } */
}
