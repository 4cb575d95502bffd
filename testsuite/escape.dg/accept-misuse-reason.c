/* escape_accept misuse: the reason must be a string literal; a number
   or a variable is an error, and so is more than one argument (GCC's
   own message).  */
/* { dg-do compile } */

int *g;

void
warn_number_reason (void)
{
  int x __attribute__ ((escape_accept (42))) = 0; /* { dg-error "'escape_accept' attribute argument must be a string: the reason the finding is accepted" } */
  (void) x;
}

void
warn_variable_reason (void)
{
  const char *why = "because";
  int y __attribute__ ((escape_accept (why))) = 0; /* { dg-error "'escape_accept' attribute argument must be a string: the reason the finding is accepted" } */
  (void) y;
}

void
warn_two_reasons (void)
{
  int z __attribute__ ((escape_accept ("one", "two"))) = 0; /* { dg-error "wrong number of arguments specified for 'escape_accept' attribute" } */
  (void) z;
}
