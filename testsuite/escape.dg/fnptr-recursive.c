/* Fnptr rule, positive: a recursive directory-style walk that builds the
   path in a local buffer at each level and reports it to the callback.  */
/* { dg-do compile } */

#include <stdio.h>

struct dir { const char *name; struct dir *child; struct dir *sibling; };

typedef void (*report_fn) (const char *path, int depth);

void
warn_walk (const struct dir *d, const char *prefix, int depth, report_fn report)
{
  for (; d; d = d->sibling)
    {
      char path[256];
      snprintf (path, sizeof path, "%s/%s", prefix, d->name);
      report (path, depth); /* { dg-warning "address of local variable 'path' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
      warn_walk (d->child, path, depth + 1, report); /* { dg-bogus "escape" } */
    }
}
