/* Return rule, positive: a local char array initialised from a string
   literal is a copy on the stack; returning it is the classic bug (unlike
   returning the literal itself, see return-string-literal.c).  */
/* { dg-do compile } */

char *
warn_local_string (void)
{
  char msg[] = "hello";
  return msg; /* { dg-warning "address of local variable 'msg' is returned from 'warn_local_string'" } */
}

const char *
warn_local_string_select (int err)
{
  char ok[] = "ok";
  char bad[] = "error";
  const char *r = err ? bad : ok;
  return r; /* { dg-warning "address of local variable 'ok' is returned from 'warn_local_string_select'" } */
  /* { dg-warning "address of local variable 'bad' is returned from 'warn_local_string_select'" "second object 'bad'" { target *-*-* } .-1 } */
}
