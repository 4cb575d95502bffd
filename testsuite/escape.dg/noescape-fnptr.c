/* noescape, negative: a noescape parameter passed on to a function
   pointer whose parameter is itself declared noescape keeps the
   promise; so does passing it to a direct callee declared noescape.  */
/* { dg-do compile } */

typedef void (*visit_fn) (const int *v __attribute__ ((noescape)));

extern void log_value (const int *v __attribute__ ((noescape)));

void
nowarn_forward (const int *v __attribute__ ((noescape)), visit_fn visit)
{
  visit (v); /* { dg-bogus "escape" } */
  log_value (v); /* { dg-bogus "escape" } */
}
