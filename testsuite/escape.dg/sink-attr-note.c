/* Sink attribute, notes: a finding at a marked parameter is followed by
   the declared-here note of the object.  */
/* { dg-do compile } */

void keep (void *p __attribute__ ((escape_sink)));

void
warn_note (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  keep (&x); /* { dg-warning "address of local variable 'x' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}
