/* Fnptr rule, positive: the address of a local pointer variable passed
   to an indirect call (an out-parameter of pointer type); what the local
   holds is not automatic, so only the pointer variable is reported.  */
/* { dg-do compile } */

#include <stddef.h>

typedef int (*lookup_fn) (const char *key, const char **out);

const char *
warn_lookup_out (lookup_fn lookup, const char *key)
{
  const char *val = NULL;
  if (lookup (key, &val) != 0) /* { dg-warning "address of local variable 'val' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
    return "default";
  return val;
}
