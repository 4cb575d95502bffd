/* Verbose notes, level 1, automatic objects: one note per address-taken
   automatic object at its declaration, "local variable 'x' does not
   escape" or "local variable 'x' escapes (RULE)" with the rule of the
   first pass that reaches it.  Level 1 gives no flow steps of its own:
   nothing for an object that does not escape, and a direct finding keeps
   its short form (the declaration note only).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <string.h>

int *g;
void (*g_cb) (int *);
extern int consume (const int *);

static void
keep (int *p)
{
  g = p;
}

int
nowarn_stays (void)
{
  int x = 1; /* { dg-message "local variable 'x' does not escape" } */
  int *p = &x; /* { dg-bogus "taken here|copied into" "no flow for an object that does not escape" } */
  return consume (p); /* { dg-bogus "passed to" "no flow for an object that does not escape" } */
}

int
nowarn_array (const char *s)
{
  char buf[32]; /* { dg-message "local variable 'buf' does not escape" } */
  strncpy (buf, s, sizeof buf - 1); /* { dg-bogus "taken here|passed to|returned by" } */
  buf[31] = 0;
  return (int) strlen (buf);
}

int *
warn_return (void)
{
  int r = 0; /* { dg-message "local variable 'r' escapes \\(return\\)" } */
  return &r; /* { dg-warning "address of local variable 'r' is returned from 'warn_return' \\\[escape:return\\\]" } */
  /* { dg-bogus "taken here|returned here" "a direct finding has no flow at level 1" { target *-*-* } .-1 } */
}

void
warn_store (void)
{
  int s = 0; /* { dg-message "local variable 's' escapes \\(store\\)" } */
  g = &s; /* { dg-warning "address of local variable 's' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\]" } */
  /* { dg-bogus "taken here|stored into 'g'" "a direct finding has no flow at level 1" { target *-*-* } .-1 } */
}

void
warn_queue (void)
{
  int q = 0; /* { dg-message "local variable 'q' escapes \\(queue\\)" } */
  keep (&q); /* { dg-warning "address of local variable 'q' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_fnptr (void)
{
  int f = 0; /* { dg-message "local variable 'f' escapes \\(fnptr\\)" } */
  g_cb (&f); /* { dg-warning "address of local variable 'f' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
