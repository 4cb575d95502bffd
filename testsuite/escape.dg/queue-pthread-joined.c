/* Queue rule, positive: pthread_create with a stack argument is reported
   even when the thread is joined before the function returns (MISRA C
   2012 rule 18.6 asks for this: the analysis does not pair creates with
   joins).  */
/* { dg-do compile } */

#include <pthread.h>
#include <stddef.h>

struct sum { const int *v; int n; long total; };

static void *
add_up (void *p)
{
  struct sum *s = p;
  s->total = 0;
  for (int i = 0; i < s->n; i++)
    s->total += s->v[i];
  return NULL;
}

long
warn_joined (const int *v, int n)
{
  pthread_t t;
  struct sum s = { v, n, 0 };
  if (pthread_create (&t, NULL, add_up, &s) != 0) /* { dg-warning "address of local variable 's' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
    return -1;
  pthread_join (t, NULL);
  return s.total;
}

long
warn_joined_halves (const int *v, int n)
{
  pthread_t t[2];
  struct sum parts[2] = { { v, n / 2, 0 }, { v + n / 2, n - n / 2, 0 } };
  for (int i = 0; i < 2; i++)
    pthread_create (&t[i], NULL, add_up, &parts[i]); /* { dg-warning "address of local variable 'parts' is passed to 'pthread_create', which keeps it after returning \\\[escape:queue\\\]" } */
  for (int i = 0; i < 2; i++)
    pthread_join (t[i], NULL);
  return parts[0].total + parts[1].total;
}
