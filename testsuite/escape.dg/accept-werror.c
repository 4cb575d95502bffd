/* escape_accept under -Werror: accepted findings are not diagnostics, so
   they cannot fail the build; a finding that is not accepted still
   does.  */
/* { dg-do compile } */
/* { dg-options "-Werror" } */

int *g;

void
nowarn_accepted (void)
{
  int x __attribute__ ((escape_accept ("unregistered in the destructor"))) = 0;
  g = &x; /* { dg-bogus "escape" } */
}

void
warn_not_accepted (void)
{
  int y = 0;
  g = &y; /* { dg-error "address of local variable 'y' is stored into global 'g', which outlives 'warn_not_accepted' \\\[escape:store\\\] \\\[-Werror\\\]" } */
}
