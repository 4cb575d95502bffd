/* Heap-to-stack hints, never for memory given to code the analysis
   cannot see, which might keep it: a function without a body that is not
   in the library model, a call through a function pointer.  The fact
   says why.  A same-file helper that hands the pointer on to such a
   function counts the same: its summary says that it gives the pointer to
   code the analysis cannot see.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

extern void log_buffer (const char *p, int n);
void (*g_observer) (char *);

static void
show (char *p)
{
  log_buffer (p, 16);
}

int
nowarn_unknown (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(passed to a function without a body\\)" } */
  /* { dg-bogus "could be an automatic object" "log_buffer might keep it" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = 0;
  log_buffer (p, 16);
  free (p);
  return 0;
}

int
nowarn_fnptr (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(fnptr\\)" } */
  /* { dg-bogus "could be an automatic object" "the observer might keep it" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  g_observer (p);
  free (p);
  return 0;
}

int
nowarn_unknown_via_helper (void)
{
  char *p = malloc (16); /* { dg-bogus "could be an automatic object" "show passes it to log_buffer" } */
  if (!p)
    return -1;
  p[0] = 0;
  show (p);
  free (p);
  return 0;
}
