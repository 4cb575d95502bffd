/* Queue rule, positive: pthread_setspecific keeps its second argument as
   the thread's value for the key, readable after the setter returns.  */
/* { dg-do compile } */

#include <pthread.h>

static pthread_key_t key;

struct tls { int depth; char name[16]; };

void
warn_setspecific (void)
{
  struct tls t = { 0, "main" };
  pthread_setspecific (key, &t); /* { dg-warning "address of local variable 't' is passed to 'pthread_setspecific', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_setspecific_scalar (int v)
{
  int depth = v;
  return pthread_setspecific (key, &depth); /* { dg-warning "address of local variable 'depth' is passed to 'pthread_setspecific', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
nowarn_getspecific (void)
{
  struct tls *t = pthread_getspecific (key);
  return t ? t->depth : -1; /* { dg-bogus "escape" } */
}
