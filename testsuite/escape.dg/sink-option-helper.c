/* Sink option through a same-file helper: a wrapper that forwards its
   argument to a function named as a sink on the command line is itself
   retaining; its callers are reported, naming the wrapper.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=ring_push:2" } */

struct ring;
struct sample { double v; long t; };

void ring_push (struct ring *r, const struct sample *s);

extern struct ring *g_ring;

static void
record (const struct sample *s)
{
  ring_push (g_ring, s); /* { dg-bogus "escape" } */
}

void
warn_record (double v, long t)
{
  struct sample s = { v, t };
  record (&s); /* { dg-warning "address of local variable 's' is passed to 'record', which keeps it after returning \\\[escape:queue\\\]" } */
}
