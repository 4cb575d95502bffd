/* Return rule, outside memory split in two (docs/rules.md, Precision):
   once a local's address is stored into memory reached through a global,
   the result of a function without a body (a pool allocator in another
   unit), what that result points to, and the result of a same-file
   wrapper or a call through a pointer are not that memory.  The store is
   still a finding.  Positive twins: the stored address read back through
   the global, through memory reachable from it, through a parameter or an
   integer that may point to the same memory, through a same-file callee
   that loads it, and an unknown function's result that the function
   itself stored the address into.  A return whose value is outside
   memory loaded from a global or a parameter (not the address itself) is
   reported at the store that put the address there, as before.  */
/* { dg-do compile } */

#include <stdint.h>

void *pool_alloc (unsigned long n);
struct q { struct q *next; };
extern struct q *g_list;
typedef struct q *(*getter) (void);

static struct q *
get (void)
{
  return pool_alloc (sizeof (struct q));
}

static struct q *
first (void)
{
  return g_list->next;
}

/* The reduction (../shared/precision/c7_unknown_result.c).  */
struct q *
nowarn_pool_result (void)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "address of local variable 'tail' is stored into memory outside 'nowarn_pool_result'\[^\n\]*\\\[escape:store\\\]" } */
  struct q *n = pool_alloc (sizeof *n);
  return n; /* { dg-bogus "escape" } */
}

struct q *
nowarn_pool_content (void)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  struct q *n = pool_alloc (sizeof *n);
  return n->next; /* { dg-bogus "escape" } */
}

struct q *
nowarn_deeper (void)
{
  struct q tail;
  g_list->next->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return pool_alloc (sizeof (struct q)); /* { dg-bogus "escape" } */
}

struct q *
nowarn_wrapper (void)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return get (); /* { dg-bogus "escape" } */
}

struct q *
nowarn_indirect (getter fp)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return fp (); /* { dg-bogus "escape" } */
}

struct q *
warn_loaded_back (void)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return g_list->next; /* { dg-warning "address of local variable 'tail' is returned from 'warn_loaded_back' \\\[escape:return\\\]" } */
}

struct q *
warn_reachable (void)
{
  struct q tail;
  g_list->next->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  struct q *m = g_list->next;
  return m->next; /* { dg-warning "'tail' is returned from 'warn_reachable' \\\[escape:return\\\]" } */
}

struct q *
warn_global_itself (void)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return g_list; /* { dg-warning "'tail' is returned from 'warn_global_itself' \\\[escape:return\\\]" "return, placed at the store" { target *-*-* } .-1 } */
}

struct q *
warn_param_alias (struct q *p)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return p->next; /* { dg-warning "'tail' is returned from 'warn_param_alias' \\\[escape:return\\\]" "return, placed at the store" { target *-*-* } .-1 } */
}

struct q *
warn_int_param (uintptr_t a)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return ((struct q *) a)->next; /* { dg-warning "'tail' is returned from 'warn_int_param' \\\[escape:return\\\]" } */
}

struct q *
warn_pool_holds (void)
{
  struct q tail;
  struct q *n = pool_alloc (sizeof *n);
  n->next = &tail; /* { dg-warning "'tail' is stored into memory outside 'warn_pool_holds'\[^\n\]*\\\[escape:store\\\]" } */
  return n; /* { dg-warning "'tail' is returned from 'warn_pool_holds' \\\[escape:return\\\]" } */
}

struct q *
warn_callee_loads (void)
{
  struct q tail;
  g_list->next = &tail; /* { dg-warning "\\\[escape:store\\\]" } */
  return first (); /* { dg-warning "'tail' is returned from 'warn_callee_loads' \\\[escape:return\\\]" } */
}
