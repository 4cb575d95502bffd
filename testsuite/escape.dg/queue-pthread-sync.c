/* Queue rule, negative: pthread synchronisation objects and out
   arguments on the stack are used only during each call: a local mutex
   and condition variable, pthread_join's result slot, pthread_once with
   a global control, pthread_getspecific.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stddef.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int initialised;

static void
init (void)
{
  initialised = 1;
}

int
nowarn_local_mutex (int *counter)
{
  pthread_mutex_t m;
  pthread_mutexattr_t attr;
  pthread_mutexattr_init (&attr); /* { dg-bogus "escape" } */
  pthread_mutex_init (&m, &attr); /* { dg-bogus "escape" } */
  pthread_mutex_lock (&m); /* { dg-bogus "escape" } */
  (*counter)++;
  pthread_mutex_unlock (&m); /* { dg-bogus "escape" } */
  pthread_mutex_destroy (&m); /* { dg-bogus "escape" } */
  pthread_mutexattr_destroy (&attr);
  return initialised;
}

void *
nowarn_join_result (pthread_t t)
{
  void *result = NULL;
  pthread_once (&once, init);
  pthread_join (t, &result); /* { dg-bogus "escape" } */
  return result; /* { dg-bogus "escape" } */
}

int
nowarn_local_cond (void)
{
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  pthread_mutex_lock (&m);
  pthread_cond_signal (&c); /* { dg-bogus "escape" } */
  pthread_mutex_unlock (&m);
  pthread_cond_destroy (&c);
  return 0;
}
