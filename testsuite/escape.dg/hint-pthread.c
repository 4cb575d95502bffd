/* Heap-to-stack hints, never for memory handed to a thread: passed to
   pthread_create (or thrd_create) it is kept by the thread, even when
   the thread is joined and the memory freed afterwards.  The fact names
   the queue rule, as a stack address would be a finding.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

struct job { int id; int result; };

static void *
work (void *arg)
{
  struct job *j = arg;
  j->result = j->id * 2;
  return NULL;
}

static int
work_c11 (void *arg)
{
  return ((struct job *) arg)->id;
}

int
nowarn_pthread (void)
{
  pthread_t t;
  struct job *j = malloc (sizeof *j); /* { dg-message "heap allocation by 'malloc' escapes \\(queue\\)" } */
  /* { dg-bogus "could be an automatic object" "kept by the thread" { target *-*-* } .-1 } */
  if (!j)
    return -1;
  j->id = 21;
  if (pthread_create (&t, NULL, work, j) != 0)
    {
      free (j);
      return -1;
    }
  pthread_join (t, NULL);
  int r = j->result;
  free (j);
  return r;
}

int
nowarn_thrd (void)
{
  thrd_t t;
  int r = -1;
  struct job *j = calloc (1, sizeof *j); /* { dg-message "heap allocation by 'calloc' escapes \\(queue\\)" } */
  /* { dg-bogus "could be an automatic object" "kept by the thread" { target *-*-* } .-1 } */
  if (!j)
    return -1;
  if (thrd_create (&t, work_c11, j) == thrd_success)
    thrd_join (t, &r);
  free (j);
  return r;
}
