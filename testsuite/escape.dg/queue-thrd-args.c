/* Queue rule: of thrd_create's arguments only the third is kept; the
   local thrd_t (argument 1) is not.  */
/* { dg-do compile } */

#include <threads.h>
#include <stddef.h>

static int
body (void *p)
{
  return p != NULL;
}

int
warn_only_third (void)
{
  thrd_t t;
  long arg = 0;
  return thrd_create (&t, body, &arg); /* { dg-warning "address of local variable 'arg' is passed to 'thrd_create', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-bogus "local variable 't'" "t is not kept" { target *-*-* } .-1 } */
}

int
nowarn_thrd_no_arg (void)
{
  thrd_t t;
  int res = 0;
  if (thrd_create (&t, body, NULL) != thrd_success) /* { dg-bogus "escape" } */
    return -1;
  thrd_join (t, &res); /* { dg-bogus "escape" } */
  return res;
}
