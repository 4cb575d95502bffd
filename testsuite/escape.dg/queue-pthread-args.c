/* Queue rule: of pthread_create's arguments only the fourth is kept.  A
   local pthread_t (argument 1) and a local pthread_attr_t (argument 2)
   are only used during the call; the argument (4) is reported.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stddef.h>

static void *
body (void *p)
{
  return p;
}

int
warn_only_fourth (void)
{
  pthread_t tid;
  pthread_attr_t attr;
  int arg = 0;
  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
  int rc = pthread_create (&tid, &attr, body, &arg); /* { dg-warning "address of local variable 'arg' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-bogus "local variable '(tid|attr)'" "tid and attr are not kept" { target *-*-* } .-1 } */
  pthread_attr_destroy (&attr);
  return rc;
}

int
nowarn_null_arg (void)
{
  pthread_t tid;
  pthread_attr_t attr;
  pthread_attr_init (&attr);
  int rc = pthread_create (&tid, &attr, body, NULL); /* { dg-bogus "escape" } */
  pthread_attr_destroy (&attr);
  if (rc == 0)
    pthread_join (tid, NULL);
  return rc;
}
