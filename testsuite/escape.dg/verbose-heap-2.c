/* Verbose notes, level 2, heap allocations: an escaping allocation's
   fact is followed by its flow, starting at the call ("returned by
   'malloc'") and ending where it escapes ("stored into 'g_buf'",
   "stored into '*out'", "returned here", "passed to 'keep' as argument
   1" and the callee's step, "passed to a call through a function
   pointer as argument 1").  An allocation that does not escape, and a
   hint, have no flow.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

#include <stdlib.h>
#include <string.h>

char *g_buf;
void (*g_sink) (char *);

static void
keep (char *p)
{
  g_buf = p; /* { dg-message "'keep' stores it into global 'g_buf' here" } */
}

void
nowarn_store_global (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-message "returned by 'malloc'" "the flow starts at the call" { target *-*-* } .-1 } */
  g_buf = p; /* { dg-message "stored into 'g_buf'" } */
}

void
nowarn_store_out (char **out)
{
  char *p = calloc (4, 4); /* { dg-message "heap allocation by 'calloc' escapes \\(store\\)" } */
  *out = p; /* { dg-message "stored into '\\*out'" } */
}

char *
nowarn_returned (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  char *q = p; /* { dg-message "copied into 'q'" } */
  return q; /* { dg-message "returned here" } */
}

void
nowarn_queue (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(queue\\)" } */
  keep (p); /* { dg-message "passed to 'keep' as argument 1" } */
}

void
nowarn_fnptr (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(fnptr\\)" } */
  g_sink (p); /* { dg-message "passed to a call through a function pointer as argument 1" } */
  free (p);
}

int
nowarn_hint (void)
{
  char *p = malloc (64); /* { dg-message "heap allocation of 64 bytes by 'malloc' could be an automatic object" } */
  /* { dg-bogus "returned by 'malloc'" "a hint has no flow" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  memset (p, 0, 64); /* { dg-bogus "passed to" "a hint has no flow" } */
  free (p);
  return 0;
}
