/* noescape, negative: a body that publishes the parameter in a global
   for the duration of a call and clears it on every path before
   returning keeps the promise (the same clearing as the store rule,
   clear-*.c).  */
/* { dg-do compile } */

#include <stddef.h>

struct req { int id; };

const struct req *g_current;

extern void handle (void);

void
nowarn_scoped_publish (const struct req *r __attribute__ ((noescape)))
{
  g_current = r; /* { dg-bogus "escape" } */
  handle ();
  g_current = NULL;
}
