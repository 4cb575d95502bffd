/* Sink attribute, negative: what is passed to the marked parameter is
   not automatic (a global, a static, a heap object, a string literal,
   NULL, the caller's pointer).  */
/* { dg-do compile } */

#include <stdlib.h>

void keep (const void *p __attribute__ ((escape_sink)));

int g_counter;

void
nowarn_sink_non_automatic (const void *callers)
{
  static int s;
  void *h = malloc (4);
  keep (&g_counter); /* { dg-bogus "escape" } */
  keep (&s); /* { dg-bogus "escape" } */
  keep (h); /* { dg-bogus "escape" } */
  keep ("literal"); /* { dg-bogus "escape" } */
  keep (NULL); /* { dg-bogus "escape" } */
  keep (callers); /* { dg-bogus "escape" } */
}
