/* Verbose notes describe the analysis, not the report: with the store
   and fnptr rules off (rules=return) their escapes are not findings, but
   the facts still say "escapes (store)" and "escapes (fnptr)", the first
   rule that reaches the object whatever rules run.  An object accepted
   with escape_accept is not a finding either, and its fact is kept.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return -fplugin-arg-escape-verbose=1" } */

int *g;
void (*g_cb) (int *);

void
nowarn_store_rule_off (void)
{
  int y = 0; /* { dg-message "local variable 'y' escapes \\(store\\)" } */
  /* { dg-bogus "declared here" "no finding, so no declaration note" { target *-*-* } .-1 } */
  g = &y; /* { dg-bogus "warning|\\\[escape:" } */
}

void
nowarn_fnptr_rule_off (void)
{
  int w = 0; /* { dg-message "local variable 'w' escapes \\(fnptr\\)" } */
  g_cb (&w); /* { dg-bogus "warning|\\\[escape:" } */
}

void
nowarn_accepted (void)
{
  int z __attribute__ ((escape_accept ("kept for the next call"))) = 0; /* { dg-message "local variable 'z' escapes \\(store\\)" } */
  g = &z; /* { dg-bogus "warning|\\\[escape:" } */
}

int *
warn_return (void)
{
  int r = 0; /* { dg-message "local variable 'r' escapes \\(return\\)" } */
  return &r; /* { dg-warning "address of local variable 'r' is returned from 'warn_return' \\\[escape:return\\\]" } */
}
