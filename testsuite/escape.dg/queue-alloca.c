/* Queue rule, positive: alloca storage passed to a retaining callee is
   reported with the noun "alloca storage".  */
/* { dg-do compile } */

#include <alloca.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void *
work (void *p)
{
  return p;
}

int
warn_alloca_setvbuf (FILE *f, size_t size)
{
  char *buf = alloca (size);
  return setvbuf (f, buf, _IOFBF, size); /* { dg-warning "address of alloca storage is passed to 'setvbuf', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_alloca_thread (size_t n)
{
  pthread_t t;
  char *arg = alloca (n + 1);
  memset (arg, 'a', n);
  arg[n] = 0;
  return pthread_create (&t, NULL, work, arg); /* { dg-warning "address of alloca storage is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}
