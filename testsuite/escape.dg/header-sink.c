/* Header: under the plugin, ESCAPE_SINK from <escape/escape.h> is the
   escape_sink attribute: the address of a local passed to a parameter
   marked with it is a queue finding, in a prototype (after the
   declarator or before the declaration) and in a definition; other
   parameters are not sinks.  */
/* { dg-do compile } */
/* { dg-options "-I$srcdir/../include" } */

#include <escape/escape.h>

void queue_push (void *q, void *item ESCAPE_SINK);
void queue_push_front (void *q, ESCAPE_SINK void *item);

static void *g_last;

void
remember (void *item ESCAPE_SINK)
{
  (void) item;
}

void
warn_pushed (void *q)
{
  int item = 0;
  queue_push (q, &item); /* { dg-warning "address of local variable 'item' is passed to 'queue_push', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_pushed_front (void *q)
{
  char tag[8] = "t";
  queue_push_front (q, tag); /* { dg-warning "address of local variable 'tag' is passed to 'queue_push_front', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_remembered (void)
{
  double d = 0;
  remember (&d); /* { dg-warning "address of local variable 'd' is passed to 'remember', which keeps it after returning \\\[escape:queue\\\]" } */
  g_last = 0;
}

void
nowarn_queue_arg (void)
{
  int q = 0;
  queue_push (&q, g_last); /* { dg-bogus "escape" } */
}
