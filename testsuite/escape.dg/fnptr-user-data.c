/* Fnptr rule, positive: the common `void *user_data' pattern of C
   callback APIs: an iterator calls the function it was given with the
   address of its own local state.  */
/* { dg-do compile } */

#include <stddef.h>

typedef int (*each_fn) (const char *key, const char *val, void *user_data);

struct kv { const char *key, *val; };

int
warn_each_with_state (const struct kv *v, size_t n, each_fn fn)
{
  struct { size_t index; size_t total; } state = { 0, n };
  for (state.index = 0; state.index < n; state.index++)
    if (fn (v[state.index].key, v[state.index].val, &state)) /* { dg-warning "address of local variable 'state' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
      return 1;
  return 0;
}

int
nowarn_each_with_caller_data (const struct kv *v, size_t n, each_fn fn, void *user_data)
{
  for (size_t i = 0; i < n; i++)
    if (fn (v[i].key, v[i].val, user_data)) /* { dg-bogus "escape" } */
      return 1;
  return 0;
}
