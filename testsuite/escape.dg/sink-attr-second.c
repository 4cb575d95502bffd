/* Sink attribute on one parameter of several: only the marked parameter
   is kept; locals passed to the other parameters in the same call are
   not reported.  */
/* { dg-do compile } */

struct ev { int type; };

int subscribe (int topic, void *data __attribute__ ((escape_sink)), const char *label);

int
warn_marked_only (void)
{
  struct ev e = { 1 };
  char label[8] = "ev";
  return subscribe (3, &e, label); /* { dg-warning "address of local variable 'e' is passed to 'subscribe', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-bogus "local variable 'label'" "label is not a sink" { target *-*-* } .-1 } */
}

int
nowarn_unmarked_only (void *heap_data)
{
  char label[8] = "ev";
  return subscribe (4, heap_data, label); /* { dg-bogus "escape" } */
}
