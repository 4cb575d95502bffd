/* Verbose notes, level 2, automatic objects: each fact of level 1, and
   after an escape its flow, one note per step, at the step's place
   ("address of 'x' is taken here", "copied into 'p'", "stored into 's'",
   "passed to 'f' as argument 1", "returned here", and the callee's own
   step for a queue).  A finding prints its flow even when it is direct.
   An object that does not escape still has no flow.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

int *g;
void (*g_cb) (int *);
extern int consume (const int *);

struct holder { int *p; };

static void
keep (int *p)
{
  g = p; /* { dg-message "'keep' stores it into global 'g' here" } */
  /* { dg-message "'p' stores it into global 'g' here" "the parameter's own step" { target *-*-* } .-1 } */
}

int
nowarn_stays (void)
{
  int x = 1; /* { dg-message "local variable 'x' does not escape" } */
  int *p = &x; /* { dg-bogus "taken here|copied into" "no flow for an object that does not escape" } */
  return consume (p); /* { dg-bogus "passed to" "no flow for an object that does not escape" } */
}

int *
warn_return (void)
{
  int r = 0; /* { dg-message "local variable 'r' escapes \\(return\\)" } */
  return &r; /* { dg-warning "address of local variable 'r' is returned from 'warn_return' \\\[escape:return\\\]" } */
  /* { dg-message "address of 'r' is taken here" "direct return: flow at level 2" { target *-*-* } .-1 } */
  /* { dg-message "returned here" "direct return: returned here" { target *-*-* } .-2 } */
}

int *
warn_return_copy (int c)
{
  int a = 0; /* { dg-message "local variable 'a' escapes \\(return\\)" } */
  int *p = c ? &a : 0; /* { dg-message "address of 'a' is taken here" } */
  /* { dg-message "copied into 'p'" "copied into 'p'" { target *-*-* } .-1 } */
  return p; /* { dg-warning "address of local variable 'a' is returned from 'warn_return_copy' \\\[escape:return\\\]" } */
  /* { dg-message "returned here" "returned here" { target *-*-* } .-1 } */
}

void
warn_store (void)
{
  int s = 0; /* { dg-message "local variable 's' escapes \\(store\\)" } */
  g = &s; /* { dg-warning "address of local variable 's' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\]" } */
  /* { dg-message "address of 's' is taken here" "direct store: flow at level 2" { target *-*-* } .-1 } */
  /* { dg-message "stored into 'g'" "direct store: stored into 'g'" { target *-*-* } .-2 } */
}

void
warn_store_holder (struct holder *out)
{
  int v = 0; /* { dg-message "local variable 'v' escapes \\(store\\)" } */
  struct holder h; /* { dg-message "local variable 'h' does not escape" } */
  h.p = &v; /* { dg-message "stored into 'h'" } */
  *out = h; /* { dg-warning "address of local variable 'v' is stored into memory pointed to by parameter 'out', which outlives 'warn_store_holder' \\\[escape:store\\\]" } */
  /* { dg-message "stored into '\\*out'" "stored into the caller's memory" { target *-*-* } .-1 } */
}

void
warn_queue (void)
{
  int q = 0; /* { dg-message "local variable 'q' escapes \\(queue\\)" } */
  keep (&q); /* { dg-warning "address of local variable 'q' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-message "passed to 'keep' as argument 1" "passed to 'keep'" { target *-*-* } .-1 } */
}

void
warn_fnptr (void)
{
  int f = 0; /* { dg-message "local variable 'f' escapes \\(fnptr\\)" } */
  g_cb (&f); /* { dg-warning "address of local variable 'f' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  /* { dg-message "passed to a call through a function pointer as argument 1" "passed to a call through a function pointer" { target *-*-* } .-1 } */
}
