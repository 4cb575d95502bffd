/* Store rule, cleared stores: a field of a global struct set to a local
   and cleared is not reported; clearing a different field, or a
   different global, does not clear the store.  */
/* { dg-do compile } */

#include <stddef.h>

struct state { int *cur; int *prev; const char *tag; };

struct state g_state;
int *g_other;

extern void work (void);

void
nowarn_same_field_cleared (void)
{
  int x = 0;
  g_state.cur = &x; /* { dg-bogus "escape" } */
  work ();
  g_state.cur = NULL;
}

void
warn_other_field_cleared (void)
{
  int y = 0;
  g_state.cur = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g_state', which outlives 'warn_other_field_cleared' \\\[escape:store\\\]" } */
  work ();
  g_state.prev = NULL;
}

void
warn_other_global_cleared (void)
{
  int z = 0;
  g_state.prev = &z; /* { dg-warning "address of local variable 'z' is stored into global 'g_state', which outlives 'warn_other_global_cleared' \\\[escape:store\\\]" } */
  work ();
  g_other = NULL;
}
