/* escape_accept on a local: findings about that variable, under any
   rule, are accepted and not reported; the other locals of the same
   function are still reported.  */
/* { dg-do compile } */

int *g;
void (*g_callback) (int *);
void keep (void *p __attribute__ ((escape_sink)));

int *
nowarn_return_accepted (void)
{
  static int fallback;
  int x __attribute__ ((escape_accept ("the caller copies it at once"))) = 0;
  return fallback ? &fallback : &x; /* { dg-bogus "escape" } */
}

void
warn_store_other_local (void)
{
  int kept __attribute__ ((escape_accept ("cleared in shutdown ()"))) = 0;
  int other = 0; /* { dg-message "'other' declared here" } */
  g = &kept; /* { dg-bogus "escape" } */
  g = &other; /* { dg-warning "address of local variable 'other' is stored into global 'g', which outlives 'warn_store_other_local' \\\[escape:store\\\]" } */
}

void
nowarn_queue_accepted (void)
{
  char name[16] __attribute__ ((escape_accept ("keep () copies it"))) = "n";
  keep (name); /* { dg-bogus "escape" } */
}

void
nowarn_fnptr_accepted (void)
{
  int w __attribute__ ((escape_accept ("every callback is synchronous"))) = 0;
  g_callback (&w); /* { dg-bogus "escape" } */
}
