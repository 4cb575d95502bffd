/* Queue rule, negative: pthread_setspecific with values that are not
   automatic: a heap object, a global, NULL.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

struct tls { int depth; };

static pthread_key_t key;
static struct tls g_main_tls;

int
nowarn_setspecific_heap (void)
{
  struct tls *t = calloc (1, sizeof *t);
  if (!t)
    return -1;
  return pthread_setspecific (key, t); /* { dg-bogus "escape" } */
}

int
nowarn_setspecific_global (void)
{
  return pthread_setspecific (key, &g_main_tls); /* { dg-bogus "escape" } */
}

int
nowarn_setspecific_null (void)
{
  return pthread_setspecific (key, NULL); /* { dg-bogus "escape" } */
}
