/* Verbose notes, level 2: where a pointer is stored into one field and,
   flow-insensitively, reaches another through a read-back (`s->a += 1'
   of what `move' copied from s->b), the notes name the store the user
   wrote (`s->b = p'), both in the callee's summary and in the caller's
   finding; a finding of rule store ends its flow at the escaping store
   (`g.b = buf'), not at a later move inside the global.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

struct st { char *a; char *b; };

static void
move (struct st *s)
{
  s->a = s->b;
}

static void
put (struct st *s, char *p) /* { dg-message "parameter 'p' leaks to parameter 's' level=0" } */
{
  move (s); /* { dg-bogus "'p(ut)?' stores it" "not the call that moves it" } */
  s->a += 1; /* { dg-bogus "'p(ut)?' stores it" "not the read-back" } */
  s->b = p; /* { dg-message "'p' stores it into memory pointed to by parameter 's' here" } */
  /* { dg-message "'put' stores it into memory pointed to by parameter 's' here" "the caller's note" { target *-*-* } .-1 } */
}

void
warn_put (struct st *out)
{
  char buf[4];
  put (out, buf); /* { dg-warning "address of local variable 'buf' is passed to 'put', which keeps it after returning \\\[escape:queue\\\]" } */
}

struct st g;

void
warn_global (void)
{
  char buf[4];
  move (&g); /* { dg-bogus "stored into" "the flow ends at the escaping store" } */
  g.a += 1; /* { dg-bogus "stored into" "not the read-back" } */
  g.b = buf; /* { dg-warning "address of local variable 'buf' is stored into global 'g'" } */
  /* { dg-message "stored into 'g'" "the escaping store" { target *-*-* } .-1 } */
}
