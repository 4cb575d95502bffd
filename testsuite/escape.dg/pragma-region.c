/* #pragma escape: a rule's findings off, a note, a warning or an error
   from the pragma on, default again, push and pop, several rules and
   `all', and inside a function body.  */
/* { dg-do compile } */

int *g;
void *g_kept;
void keep (void *p) { g_kept = p; }
void (*hook) (int *);

void
warn_before (void)
{
  int a = 0;
  g = &a; /* { dg-warning "address of local variable 'a' is stored into global 'g', which outlives 'warn_before' \\\[escape:store\\\]" } */
}

#pragma escape push
#pragma escape rule store off
void
nowarn_store_off (void)
{
  int b = 0;
  g = &b; /* { dg-bogus "\\\[escape:" } */
}

/* Only the rule named is off.  */
int *
warn_return_still_on (void)
{
  int c = 0;
  return &c; /* { dg-warning "address of local variable 'c' is returned from 'warn_return_still_on' \\\[escape:return\\\]" } */
}

#pragma escape rule store, return note
int *
note_return (void)
{
  int d = 0;
  g = &d; /* { dg-bogus "warning:" "a note, not a warning" } */
  /* { dg-message "address of local variable 'd' is stored into global 'g', which outlives 'note_return' \\\[escape:store\\\]" "a note" { target *-*-* } .-1 } */
  return &d; /* { dg-message "address of local variable 'd' is returned from 'note_return' \\\[escape:return\\\]" } */
  /* { dg-bogus "warning:" "a note, not a warning" { target *-*-* } .-1 } */
}
#pragma escape pop

/* After the pop: the command line's settings again.  */
void
warn_after_pop (void)
{
  int e = 0;
  g = &e; /* { dg-warning "address of local variable 'e' is stored into global 'g', which outlives 'warn_after_pop' \\\[escape:store\\\]" } */
}

#pragma escape push
#pragma escape rule all error
void
error_all (void)
{
  int f = 0;
  keep (&f); /* { dg-error "address of local variable 'f' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
  hook (&f); /* { dg-error "address of local variable 'f' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
#pragma escape rule queue default
void
warn_queue_default (void)
{
  int h = 0;
  keep (&h); /* { dg-warning "address of local variable 'h' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}
#pragma escape pop

/* Inside a body: the sinks after the pragma only.  */
void
body_region (void)
{
  int i = 0, j = 0;
  g = &i; /* { dg-warning "address of local variable 'i' is stored into global 'g', which outlives 'body_region'" } */
#pragma escape push
#pragma escape rule store off
  g = &j; /* { dg-bogus "address of local variable 'j'" } */
#pragma escape pop
}
