/* noescape, checked in the callee: the parameter is passed on to a
   same-file helper that hands it to pthread_create two calls down; the
   error is at the call in the noescape function, naming the helper it
   calls.  A helper that only reads is fine.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stddef.h>

static void *
body (void *p)
{
  return p;
}

static int
spawn (void *arg)
{
  pthread_t t;
  return pthread_create (&t, NULL, body, arg);
}

static int
spawn_logged (void *arg)
{
  return spawn (arg);
}

static int
peek (const void *arg)
{
  return arg != NULL;
}

int
warn_chain (void *arg __attribute__ ((noescape)))
{
  if (!peek (arg)) /* { dg-bogus "escape" } */
    return -1;
  return spawn_logged (arg); /* { dg-error "address held by noescape parameter 'arg' is passed to 'spawn_logged', which keeps it after returning \\\[escape:queue\\\]" } */
}
