/* Queue rule, notes: a queue finding is followed by a note at the
   object's declaration; the other flow notes are not asserted.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdio.h>

static void *
worker (void *p)
{
  return p;
}

static int *held;

static void
hold (int *p)
{
  held = p;
}

int
warn_note_thread (void)
{
  pthread_t t;
  int arg = 1; /* { dg-message "'arg' declared here" } */
  return pthread_create (&t, NULL, worker, &arg); /* { dg-warning "address of local variable 'arg' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_note_helper (int v) /* { dg-message "'v' declared here" } */
{
  hold (&v); /* { dg-warning "address of parameter 'v' is passed to 'hold', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_note_setbuf (void)
{
  char buf[BUFSIZ]; /* { dg-message "'buf' declared here" } */
  setbuf (stdout, buf); /* { dg-warning "address of local variable 'buf' is passed to 'setbuf', which keeps it after returning \\\[escape:queue\\\]" } */
}
