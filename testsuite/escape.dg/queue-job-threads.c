/* Queue rule, positive (realistic): a job queue served by worker
   threads.  The submitter builds the job on its stack and hands it to
   pthread_create; the worker may run after the submitter returned.  The
   pool's own shared state is global and the per-worker arguments of the
   correct version are heap-allocated: no finding there.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct job
{
  int id;
  char payload[64];
  void (*done) (struct job *);
};

struct pool
{
  pthread_mutex_t lock;
  pthread_cond_t ready;
  int pending;
};

static struct pool g_pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0 };

static void
job_done (struct job *j)
{
  pthread_mutex_lock (&g_pool.lock);
  g_pool.pending--;
  pthread_cond_signal (&g_pool.ready);
  pthread_mutex_unlock (&g_pool.lock);
  (void) j;
}

static void *
worker (void *arg)
{
  struct job *j = arg;
  size_t n = strlen (j->payload);
  j->payload[n ? n - 1 : 0] = 0;
  if (j->done)
    j->done (j);
  return NULL;
}

/* BAD: `job' dies when submit returns; the worker may still read it.  */
int
warn_submit (int id, const char *text)
{
  pthread_t t;
  struct job job;
  job.id = id;
  strncpy (job.payload, text, sizeof job.payload - 1);
  job.payload[sizeof job.payload - 1] = 0;
  job.done = job_done;
  pthread_mutex_lock (&g_pool.lock);
  g_pool.pending++;
  pthread_mutex_unlock (&g_pool.lock);
  if (pthread_create (&t, NULL, worker, &job) != 0) /* { dg-warning "address of local variable 'job' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
    return -1;
  return pthread_detach (t);
}

/* Right: the job is on the heap and the worker owns it.  */
static void
job_free (struct job *j)
{
  job_done (j);
  free (j);
}

int
nowarn_submit_heap (int id, const char *text)
{
  pthread_t t;
  struct job *job = calloc (1, sizeof *job);
  if (!job)
    return -1;
  job->id = id;
  strncpy (job->payload, text, sizeof job->payload - 1);
  job->done = job_free;
  if (pthread_create (&t, NULL, worker, job) != 0) /* { dg-bogus "escape" } */
    {
      free (job);
      return -1;
    }
  return pthread_detach (t);
}

/* Waiting on the pool's condition with local state only passes
   non-retaining calls.  */
void
nowarn_wait_idle (void)
{
  struct timespec ts = { 0, 1000000 };
  pthread_mutex_lock (&g_pool.lock);
  while (g_pool.pending > 0)
    pthread_cond_timedwait (&g_pool.ready, &g_pool.lock, &ts); /* { dg-bogus "escape" } */
  pthread_mutex_unlock (&g_pool.lock);
}
