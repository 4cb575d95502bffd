/* worker.c: background reloads, watched files, checksums in threads.  */

#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>

#include "cfgtool.h"

struct reload_job
{
  char path[256];
};

static void *
reload_main (void *arg)
{
  struct reload_job *job = arg;
  FILE *f = fopen (job->path, "r");

  if (f != NULL)
    {
      config_load (f, job->path);
      fclose (f);
    }
  return NULL;
}

/* Reload PATH in a thread of its own and return at once.  */
int
config_reload_async (const char *path)
{
  struct reload_job job;
  pthread_t t;

  snprintf (job.path, sizeof job.path, "%s", path);
  /* escape: [escape:queue] the detached thread reads 'job' after
     config_reload_async has returned.  */
  if (pthread_create (&t, NULL, reload_main, &job) != 0)
    return -1;
  return pthread_detach (t);
}

/* Watched files: an intrusive list.  */
struct watch
{
  const char *path;
  long mtime;
  struct watch *next;
};

struct watch_list
{
  struct watch *head;
  int n;
};

static struct watch_list g_watches;

/* Keeps W in L: the plugin's summary of watch_push says "stores argument 2
   into what argument 1 points to", so what is an error depends on L.  */
static void
watch_push (struct watch_list *l, struct watch *w)
{
  w->next = l->head;
  l->head = w;
  l->n++;
}

void
config_watch (const char *path)
{
  struct watch w = { path, 0, NULL };

  /* escape: [escape:queue] the global list keeps a node that lives on
     config_watch's stack.  */
  watch_push (&g_watches, &w);
}

/* Print the watched files modified after SINCE; returns how many.
   Correct: the list and its nodes are both local.  */
int
config_changed (long since)
{
  struct watch_list changed = { NULL, 0 };
  struct watch found[16];
  int n = 0;

  for (struct watch *w = g_watches.head; w != NULL && n < 16; w = w->next)
    {
      struct stat st;

      if (stat (w->path, &st) == 0 && st.st_mtime > since)
	{
	  found[n] = *w;
	  found[n].mtime = st.st_mtime;
	  watch_push (&changed, &found[n++]);
	}
    }
  for (struct watch *w = changed.head; w != NULL; w = w->next)
    printf ("changed: %s\n", w->path);
  return changed.n;
}

struct sum_job
{
  const char *path;
  unsigned long sum;
};

static void *
sum_main (void *arg)
{
  struct sum_job *job = arg;
  FILE *f = fopen (job->path, "rb");
  int c;

  job->sum = 0;
  if (f == NULL)
    return NULL;
  while ((c = getc (f)) != EOF)
    job->sum = job->sum * 31 + (unsigned char) c;
  fclose (f);
  return NULL;
}

/* Checksum up to four files, one thread each.  Returns how many.  */
int
config_checksum_files (const char *const *paths, int n, unsigned long *sums)
{
  struct sum_job jobs[4] ESCAPE_ACCEPT ("every thread is joined before "
					"config_checksum_files returns");
  pthread_t threads[4];
  int i, started;

  for (i = 0; i < n && i < 4; i++)
    {
      jobs[i].path = paths[i];
      /* escape-accepted: [escape:queue] the jobs are on the stack, but
	 every thread is joined below.  */
      if (pthread_create (&threads[i], NULL, sum_main, &jobs[i]) != 0)
	break;
    }
  started = i;
  for (i = 0; i < started; i++)
    {
      pthread_join (threads[i], NULL);
      sums[i] = jobs[i].sum;
    }
  return started;
}
