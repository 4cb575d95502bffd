/* noescape, negative for callers: passing a local's address to a
   parameter declared noescape is never reported, whether the callee is
   only declared or has a body here, and even when that body breaks the
   promise (the error is the callee's, at its escaping store).  */
/* { dg-do compile } */

extern void consume (int *p __attribute__ ((noescape)));
extern int parse_into (const char *s __attribute__ ((noescape)),
                       long *out __attribute__ ((noescape)));

static int *kept;

static void
liar (int *p __attribute__ ((noescape)))
{
  kept = p; /* { dg-error "address held by noescape parameter 'p' is stored into global 'kept', which outlives 'liar' \\\[escape:store\\\]" } */
}

static int
honest (const int *p __attribute__ ((noescape)))
{
  return *p;
}

int
nowarn_callers (void)
{
  int x = 0;
  long v = 0;
  char text[16] = "42";
  consume (&x); /* { dg-bogus "escape" } */
  parse_into (text, &v); /* { dg-bogus "escape" } */
  liar (&x); /* { dg-bogus "escape" } */
  return honest (&x) + (int) v; /* { dg-bogus "escape" } */
}
