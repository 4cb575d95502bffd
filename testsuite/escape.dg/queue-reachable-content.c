/* Queue rule, positive (realistic): the thread argument is a heap job,
   which is fine in itself, but the job points to a buffer on the
   submitter's stack; everything reachable from a kept argument is kept,
   so the buffer is reported at pthread_create.  A job that owns a heap
   copy of the data is fine.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct job { char *data; size_t len; };

static void *
consume (void *arg)
{
  struct job *j = arg;
  size_t sum = 0;
  for (size_t i = 0; i < j->len; i++)
    sum += (unsigned char) j->data[i];
  free (j);
  return (void *) sum;
}

int
warn_job_points_to_stack (const char *text)
{
  pthread_t t;
  char buf[64];
  struct job *j = malloc (sizeof *j);
  if (!j)
    return -1;
  strncpy (buf, text, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  j->data = buf;
  j->len = strlen (buf);
  return pthread_create (&t, NULL, consume, j); /* { dg-warning "address of local variable 'buf' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
nowarn_job_owns_copy (const char *text)
{
  pthread_t t;
  char buf[64];
  struct job *j = malloc (sizeof *j);
  if (!j)
    return -1;
  strncpy (buf, text, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  j->data = strdup (buf);
  j->len = strlen (buf);
  return pthread_create (&t, NULL, consume, j); /* { dg-bogus "escape" } */
}
