/* Verbose notes, level 2, where a callee keeps its argument: when the
   argument is stored directly (line of `s->b = p') and also reaches
   another field through a call that copies fields (`shift (s)', which
   is never given p), the finding's last note and the parameter's steps
   point at the store, not at the call to shift (which, flow-
   insensitively, moves p into s->a), and the step is said once.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

struct st { char *a; char *b; };

static void
shift (struct st *s) /* { dg-message "parameter 's' leaks to parameter 's' level=1" } */
{
  s->a = s->b;
}

static void
put (struct st *s, char *p) /* { dg-message "parameter 'p' leaks to parameter 's' level=0" } */
{
  shift (s); /* { dg-bogus "'p(ut)?' stores it" "the call to shift is not where put keeps p" } */
  s->b = p; /* { dg-message "'p' stores it into memory pointed to by parameter 's' here" } */
  /* { dg-message "'put' stores it into memory pointed to by parameter 's' here" "the finding points at the store" { target *-*-* } .-1 } */
  /* { dg-bogus "'p' stores it" "said once" { target *-*-* } .-2 } */
}

void
warn_put (struct st *out)
{
  char buf[4]; /* { dg-message "local variable 'buf' escapes \\(queue\\)" } */
  put (out, buf); /* { dg-warning "address of local variable 'buf' is passed to 'put', which keeps it after returning \\\[escape:queue\\\]" } */
}
