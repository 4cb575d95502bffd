/* Verbose notes, level 3: the facts of level 1 and the flows of level 2,
   then the debugging views at the function's name: its counts
   ("function 'f': N objects, N nodes, N constraints, N iterations"),
   every constraint at its statement ("constraint: ..."), the points-to
   set of every named pointer ("points-to: p = { x }") and its summary's
   flows ("summary: RESULT <- arg0+0", "summary: STORE *(arg0+0) <-
   arg1+0", "summary: ESCAPE arg0+0 (queue)") with its last line
   ("summary: returns heap no, returns non-local no").  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=3" } */

#include <stdlib.h>

int *g;

static int *
pass_through (int *p) /* { dg-message "function 'pass_through': \[0-9\]+ objects, \[0-9\]+ nodes, \[0-9\]+ constraints, \[0-9\]+ iterations" } */
/* { dg-message "summary: RESULT <- arg0\\+0" "the summary's result flow" { target *-*-* } .-1 } */
/* { dg-message "parameter 'p' leaks to result level=0" "level 1 fact at level 3" { target *-*-* } .-2 } */
/* { dg-message "points-to: p = \\{ \\*p \\}" "a parameter points to its caller memory" { target *-*-* } .-3 } */
/* { dg-message "summary: returns heap no, returns non-local no" "last summary line" { target *-*-* } .-4 } */
{
  return p; /* { dg-message "'p' returns it here" "level 2 step at level 3" } */
}

static void
set_out (int **out, int *v) /* { dg-message "summary: STORE \\*\\(arg0\\+0\\) <- arg1\\+0" } */
/* { dg-message "parameter 'v' leaks to parameter 'out' level=0" "level 1 fact" { target *-*-* } .-1 } */
{
  *out = v; /* { dg-message "constraint: \\*\\(\[^ \]+\\+0\\) >= \[^ \]+" } */
}

static void
keep (int *p) /* { dg-message "summary: ESCAPE arg0\\+0 \\(queue\\)" } */
{
  g = p; /* { dg-message "constraint: \[^ \]+ >= &g\\+0" } */
}

int
nowarn_local (void) /* { dg-message "points-to: p = \\{ x \\}" } */
/* { dg-message "points-to: q = \\{ x \\}" "a copy" { target *-*-* } .-1 } */
/* { dg-message "points-to: r = \\{ x \\}" "through a same-file function" { target *-*-* } .-2 } */
/* { dg-message "function 'nowarn_local': \[0-9\]+ objects" "counts" { target *-*-* } .-3 } */
{
  int x = 1; /* { dg-message "local variable 'x' does not escape" } */
  int *p = &x; /* { dg-message "constraint: \[^ \]+ >= &x\\+0" } */
  int *q = p; /* { dg-message "constraint: q >= \[^ \]+\\+0" } */
  int *r = pass_through (q);
  int *s = 0;
  set_out (&s, r);
  return *s;
}

char *
nowarn_heap (void) /* { dg-message "points-to: b = \\{ heap@\[0-9\]+ \\}" } */
/* { dg-message "summary: returns heap yes, returns non-local no" "returns heap memory" { target *-*-* } .-1 } */
{
  char *b = malloc (16); /* { dg-message "constraint: b >= &heap@\[0-9\]+\\+0" } */
  /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" "the heap fact" { target *-*-* } .-1 } */
  return b;
}

void
warn_queue (void) /* { dg-message "function 'warn_queue': \[0-9\]+ objects" } */
{
  int y = 0; /* { dg-message "local variable 'y' escapes \\(queue\\)" } */
  keep (&y); /* { dg-warning "address of local variable 'y' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-message "passed to 'keep' as argument 1" "the flow" { target *-*-* } .-1 } */
}
