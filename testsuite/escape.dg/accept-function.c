/* escape_accept on a function: every finding in its body is accepted,
   whatever the rule and the object; the attribute may be on the
   definition or on an earlier prototype.  Other functions are still
   reported.  */
/* { dg-do compile } */

int *g;
void (*g_callback) (int *);

void nowarn_from_prototype (void)
  __attribute__ ((escape_accept ("legacy code, audited")));

__attribute__ ((escape_accept ("registers its frame for the debugger")))
int *
nowarn_function_accepted (void)
{
  int a = 0, b = 0;
  g = &a; /* { dg-bogus "escape" } */
  g_callback (&b); /* { dg-bogus "escape" } */
  return &b; /* { dg-bogus "escape" } */
}

void
nowarn_from_prototype (void)
{
  int c = 0;
  g = &c; /* { dg-bogus "escape" } */
}

void
warn_not_accepted (void)
{
  int d = 0;
  g = &d; /* { dg-warning "address of local variable 'd' is stored into global 'g', which outlives 'warn_not_accepted' \\\[escape:store\\\]" } */
}
