/* noescape, checked in the callee: passing a noescape parameter to a
   callee that keeps it (a same-file helper storing it into a global, or
   a library sink such as pthread_create or putenv) is an error at the
   call, naming the callee.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

static void *kept;

static void
remember (void *p)
{
  kept = p;
}

static void *
work (void *p)
{
  return p;
}

void
warn_to_helper (int *p __attribute__ ((noescape)))
{
  remember (p); /* { dg-error "address held by noescape parameter 'p' is passed to 'remember', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_to_thread (void *arg __attribute__ ((noescape)))
{
  pthread_t t;
  return pthread_create (&t, NULL, work, arg); /* { dg-error "address held by noescape parameter 'arg' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_to_putenv (char *line __attribute__ ((noescape)))
{
  return putenv (line); /* { dg-error "address held by noescape parameter 'line' is passed to 'putenv', which keeps it after returning \\\[escape:queue\\\]" } */
}
