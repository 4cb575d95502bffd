/* Verbose notes, level 1, heap allocations: one note per allocation
   call, at the call: "heap allocation by 'F' does not escape", "heap
   allocation by 'F' escapes (RULE)" (stored where it outlives the call,
   returned, kept by a callee, passed through a function pointer), or
   "escapes (passed to a function without a body)"; and the hint when
   the allocation could be an automatic object.  Heap memory is never a
   finding: these are facts, and the warnings are unchanged.  At level 1
   a heap fact has no flow.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

char *g_buf;
void (*g_sink) (char *);
extern void external_take (char *);

static void
keep (char *p)
{
  g_buf = p;
}

void
nowarn_leaked (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  if (p)
    p[0] = 0;
}

void
nowarn_store_global (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-bogus "returned by" "no flow at level 1" { target *-*-* } .-1 } */
  g_buf = p; /* { dg-bogus "stored into|escape" } */
}

void
nowarn_store_out (char **out)
{
  *out = calloc (4, 4); /* { dg-message "heap allocation by 'calloc' escapes \\(store\\)" } */
}

char *
nowarn_returned (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  return p; /* { dg-bogus "returned here|escape" } */
}

char *
nowarn_strdup (const char *s)
{
  return strdup (s); /* { dg-message "heap allocation by 'strdup' escapes \\(return\\)" } */
}

void
nowarn_queue (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(queue\\)" } */
  keep (p); /* { dg-bogus "escape" } */
}

void
nowarn_fnptr (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(fnptr\\)" } */
  g_sink (p); /* { dg-bogus "escape" } */
  free (p);
}

void
nowarn_opaque (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(passed to a function without a body\\)" } */
  external_take (p);
  free (p);
}

int
nowarn_hint (void)
{
  char *p = malloc (64); /* { dg-message "heap allocation of 64 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path" } */
  /* { dg-bogus "by 'malloc' does not escape" "the hint replaces the plain fact" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  memset (p, 0, 64);
  int r = p[3];
  free (p);
  return r;
}

int
nowarn_realloc (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  if (!p)
    return -1;
  char *q = realloc (p, 32); /* { dg-message "heap allocation by 'realloc' does not escape" } */
  if (!q)
    {
      free (p);
      return -1;
    }
  free (q);
  return 0;
}
