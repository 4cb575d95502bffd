/* Queue rule, negative: with -fplugin-arg-escape-rules=return,store the
   queue rule is off: neither a library sink nor a retaining helper is
   reported.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return,store" } */

#include <pthread.h>
#include <stdlib.h>

static int *kept;

static void
keep (int *p)
{
  kept = p;
}

static void *
run (void *p)
{
  return p;
}

int
nowarn_queue_disabled (void)
{
  pthread_t t;
  int x = 0;
  char env[] = "A=1";
  keep (&x); /* { dg-bogus "escape" } */
  putenv (env); /* { dg-bogus "escape" } */
  return pthread_create (&t, NULL, run, &x); /* { dg-bogus "escape" } */
}
