/* Header: a macro defined before <escape/escape.h> is included is kept,
   so -DESCAPE_SINK= switches that annotation off (no queue finding for
   its parameter) while the others still expand to their attributes.  */
/* { dg-do compile } */
/* { dg-options "-I$srcdir/../include -DESCAPE_SINK=" } */

#include <escape/escape.h>

void queue_push (void *q, void *item ESCAPE_SINK);
static int *g;

void
nowarn_sink_off (void *q)
{
  int item = 0;
  queue_push (q, &item); /* { dg-bogus "escape" } */
}

void
warn_noescape_on (int *p ESCAPE_NOESCAPE)
{
  g = p; /* { dg-error "address held by noescape parameter 'p' is stored into global 'g'" } */
}
