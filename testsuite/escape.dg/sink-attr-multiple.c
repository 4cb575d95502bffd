/* Sink attribute on two parameters of the same function: each local is
   reported, at its own call.  */
/* { dg-do compile } */

void bind_pair (void *key __attribute__ ((escape_sink)),
                void *value __attribute__ ((escape_sink)));

extern int g_key;

void
warn_key (void *heap_value)
{
  int k = 0;
  bind_pair (&k, heap_value); /* { dg-warning "address of local variable 'k' is passed to 'bind_pair', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_value (void)
{
  long v = 0;
  bind_pair (&g_key, &v); /* { dg-warning "address of local variable 'v' is passed to 'bind_pair', which keeps it after returning \\\[escape:queue\\\]" } */
}
