/* Store rule, cleared stores in loops: set and cleared in each
   iteration, or set in the loop and cleared after it: not reported.  A
   break that skips the clear and a return after the loop without one:
   reported.  */
/* { dg-do compile } */

#include <stddef.h>

struct item { int v; };

struct item *g_cur;

extern int process (void);

int
nowarn_clear_each_iteration (const int *v, int n)
{
  int total = 0;
  for (int i = 0; i < n; i++)
    {
      struct item it = { v[i] };
      g_cur = &it; /* { dg-bogus "escape" } */
      total += process ();
      g_cur = NULL;
    }
  return total;
}

int
nowarn_clear_after_loop (const int *v, int n)
{
  struct item it = { 0 };
  int total = 0;
  for (int i = 0; i < n; i++)
    {
      it.v = v[i];
      g_cur = &it; /* { dg-bogus "escape" } */
      total += process ();
    }
  g_cur = NULL;
  return total;
}

int
warn_break_skips_clear (const int *v, int n)
{
  struct item it = { 0 };
  int i;
  for (i = 0; i < n; i++)
    {
      it.v = v[i];
      g_cur = &it; /* { dg-warning "address of local variable 'it' is stored into global 'g_cur', which outlives 'warn_break_skips_clear' \\\[escape:store\\\]" } */
      if (process () < 0)
        break;
      g_cur = NULL;
    }
  return i;
}
