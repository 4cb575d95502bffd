/* Store rule, negative: a heap object that receives a local's address,
   is used, and is freed without ever being published (not stored into a
   global, not returned, not stored into the caller's memory).  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

struct job { int *counter; char *name; struct job *next; };

extern void run_job (struct job *j);

void
nowarn_heap_job (void)
{
  int counter = 0;
  char name[16] = "tmp";
  struct job *j = malloc (sizeof *j);
  if (!j)
    return;
  j->counter = &counter; /* { dg-bogus "escape" } */
  j->name = name; /* { dg-bogus "escape" } */
  j->next = NULL;
  run_job (j); /* { dg-bogus "escape" } */
  free (j);
}

int
nowarn_heap_array (int n)
{
  int local = 5;
  int **v = calloc ((size_t) n + 1, sizeof *v);
  int sum = 0;
  if (!v)
    return 0;
  for (int i = 0; i <= n; i++)
    v[i] = &local; /* { dg-bogus "escape" } */
  for (int i = 0; i <= n; i++)
    sum += *v[i];
  free (v);
  return sum; /* { dg-bogus "escape" } */
}

void
nowarn_heap_chain (void)
{
  struct job first = { NULL, NULL, NULL };
  struct job *h = malloc (sizeof *h);
  if (!h)
    return;
  memset (h, 0, sizeof *h);
  h->next = &first; /* { dg-bogus "escape" } */
  run_job (h->next); /* { dg-bogus "escape" } */
  free (h);
}
