/* Queue rule, positive: a helper that keeps its argument on some path
   only (a cache that remembers the last large request) still keeps it:
   the summary is about any path.  */
/* { dg-do compile } */

#include <stddef.h>

struct req { size_t size; int flags; };

static const struct req *last_big;

static size_t
account (const struct req *r)
{
  if (r->size > 4096)
    last_big = r; /* { dg-bogus "escape" } */
  return r->size;
}

size_t
warn_account (size_t size)
{
  struct req r = { size, 0 };
  return account (&r); /* { dg-warning "address of local variable 'r' is passed to 'account', which keeps it after returning \\\[escape:queue\\\]" } */
}
