/* Queue rule, negative: C11 threads calls that only use their pointer
   arguments during the call: mtx_init / mtx_lock on a local mutex,
   thrd_join's result slot, thrd_create with a global argument, tss_get.  */
/* { dg-do compile } */

#include <threads.h>
#include <stddef.h>

static int g_shared;
static tss_t g_key;

static int
body (void *p)
{
  return *(int *) p;
}

int
nowarn_thrd_global (void)
{
  thrd_t t;
  int res = 0;
  if (thrd_create (&t, body, &g_shared) != thrd_success) /* { dg-bogus "escape" } */
    return -1;
  thrd_join (t, &res); /* { dg-bogus "escape" } */
  return res;
}

int
nowarn_local_mtx (int *counter)
{
  mtx_t m;
  if (mtx_init (&m, mtx_plain) != thrd_success) /* { dg-bogus "escape" } */
    return -1;
  mtx_lock (&m); /* { dg-bogus "escape" } */
  (*counter)++;
  mtx_unlock (&m); /* { dg-bogus "escape" } */
  mtx_destroy (&m);
  return 0;
}

int
nowarn_tss_get (void)
{
  int *v = tss_get (g_key);
  return v ? *v : 0; /* { dg-bogus "escape" } */
}
