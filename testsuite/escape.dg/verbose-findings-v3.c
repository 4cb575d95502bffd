/* Verbose notes do not change findings (2/2): the same code and the same
   dg-warning directives as verbose-findings-plain.c, compiled with
   verbose=3 (every note the plugin can print).  Any warning more or less
   is a FAIL.  The notes are not matched here (the file has no
   dg-message, so they are removed before matching): only the warnings
   count, and they are at the same lines as in verbose-findings-plain.c.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=3" } */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct job { int id; struct job *next; };
struct queue { struct job *head; };

struct queue g_queue;
int *g_last;
void (*g_hook) (int *);

static void *
run (void *arg)
{
  return arg;
}

static void
enqueue (struct queue *q, struct job *j)
{
  j->next = q->head;
  q->head = j;
}

static char *
skip (char *s)
{
  while (*s == ' ')
    s++;
  return s;
}

char *
warn_return_helper (void)
{
  char line[32] = "  x";
  return skip (line); /* { dg-warning "address of local variable 'line' is returned from 'warn_return_helper' \\\[escape:return\\\]" } */
}

void
warn_store (int v)
{
  int last = v;
  g_last = &last; /* { dg-warning "address of local variable 'last' is stored into global 'g_last', which outlives 'warn_store' \\\[escape:store\\\]" } */
}

void
warn_queue (void)
{
  struct job j = { 1, NULL };
  enqueue (&g_queue, &j); /* { dg-warning "address of local variable 'j' is passed to 'enqueue', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_thread (pthread_t *t)
{
  int arg = 5;
  return pthread_create (t, NULL, run, &arg); /* { dg-warning "address of local variable 'arg' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_fnptr (void)
{
  int x = 0;
  g_hook (&x); /* { dg-warning "address of local variable 'x' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
nowarn_local_queue (void)
{
  struct queue q = { NULL };
  struct job a = { 1, NULL }, b = { 2, NULL };
  enqueue (&q, &a); /* { dg-bogus "escape" } */
  enqueue (&q, &b); /* { dg-bogus "escape" } */
  return q.head->id;
}

int
nowarn_heap (void)
{
  char *tmp = malloc (64);
  if (!tmp)
    return -1;
  memset (tmp, 0, 64);
  free (tmp);
  return 0;
}
