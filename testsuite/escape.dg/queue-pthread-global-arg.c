/* Queue rule, negative: pthread_create's argument is not automatic: a
   global, a function-static, a heap object, NULL, an integer smuggled as
   a pointer value.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

struct cfg { int threads; };

struct cfg g_cfg = { 4 };

static void *
run (void *p)
{
  return p;
}

int
nowarn_global_arg (void)
{
  pthread_t t;
  return pthread_create (&t, NULL, run, &g_cfg); /* { dg-bogus "escape" } */
}

int
nowarn_static_arg (void)
{
  static struct cfg once = { 1 };
  pthread_t t;
  return pthread_create (&t, NULL, run, &once); /* { dg-bogus "escape" } */
}

int
nowarn_heap_arg (void)
{
  pthread_t t;
  struct cfg *c = malloc (sizeof *c);
  if (!c)
    return -1;
  c->threads = 2;
  return pthread_create (&t, NULL, run, c); /* { dg-bogus "escape" } */
}

int
nowarn_int_arg (int id)
{
  pthread_t t;
  return pthread_create (&t, NULL, run, (void *) (intptr_t) id); /* { dg-bogus "escape" } */
}
