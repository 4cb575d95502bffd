/* Fnptr rule, negative: pointers loaded from globals and from heap
   objects reachable from them are passed to indirect calls; none is an
   automatic object of this function.  */
/* { dg-do compile } */

#include <stdlib.h>

struct job { int id; struct job *next; };

struct job *g_jobs;
void (*g_run) (struct job *j);

void
nowarn_run_global_list (void)
{
  for (struct job *j = g_jobs; j; j = j->next)
    g_run (j); /* { dg-bogus "escape" } */
}

void
nowarn_run_new (int id)
{
  struct job *j = malloc (sizeof *j);
  if (!j)
    return;
  j->id = id;
  j->next = g_jobs;
  g_jobs = j;
  g_run (g_jobs); /* { dg-bogus "escape" } */
}
