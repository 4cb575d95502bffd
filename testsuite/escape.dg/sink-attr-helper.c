/* Sink attribute through a same-file helper: the helper passes its
   parameter to a marked sink, so its summary says the parameter escapes
   and the helper's callers are reported, naming the helper.  */
/* { dg-do compile } */

struct job { int id; };

void submit (struct job *j __attribute__ ((escape_sink)));

static void
submit_checked (struct job *j)
{
  if (j->id >= 0)
    submit (j); /* { dg-bogus "escape" } */
}

void
warn_submit_via_helper (int id)
{
  struct job j = { id };
  submit_checked (&j); /* { dg-warning "address of local variable 'j' is passed to 'submit_checked', which keeps it after returning \\\[escape:queue\\\]" } */
}
