/* Fnptr rule, positive: the function pointer is several loads deep
   (`app->io.ops->read'), or reached through an array of structs.  */
/* { dg-do compile } */

#include <stddef.h>

struct io_ops { long (*read) (void *dst, size_t n); };
struct io { const struct io_ops *ops; int fd; };
struct app { struct io io; const char *name; };

struct route { const char *path; int (*serve) (const char *path, char *reply); };

long
warn_deep_ops (struct app *app)
{
  char buf[128];
  return app->io.ops->read (buf, sizeof buf); /* { dg-warning "address of local variable 'buf' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
warn_route_table (const struct route *routes, int n, const char *path)
{
  char reply[256];
  for (int i = 0; i < n; i++)
    if (routes[i].path[0] == path[0])
      return routes[i].serve (path, reply); /* { dg-warning "address of local variable 'reply' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return -1;
}
