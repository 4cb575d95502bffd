/* Fnptr rule, positive: the local's address is not the first argument;
   the other arguments (an int, the caller's pointer, a string literal)
   are not reported.  */
/* { dg-do compile } */

typedef int (*handler_t) (int code, const char *tag, void *payload, int *status);

int
warn_third_arg (handler_t h, int code)
{
  long payload = 7;
  return h (code, "tag", &payload, 0); /* { dg-warning "address of local variable 'payload' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
warn_fourth_arg (handler_t h, void *user)
{
  int status = 0;
  h (1, "x", user, &status); /* { dg-warning "address of local variable 'status' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return status;
}
