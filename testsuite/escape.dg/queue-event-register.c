/* Queue rule, positive (realistic): an event loop's registration API,
   watch_add (fd, fn, data), keeps the user data in a global table.
   Registering a connection that lives on the caller's stack is reported
   at the watch_add call; a heap connection and no data are fine.  See
   store-event-loop.c for the same bug written inline and
   fnptr-event-loop.c for the dispatch.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

typedef void (*handler_fn) (int fd, void *data);

struct watch { int fd; handler_fn fn; void *data; };
struct conn { int fd; char buf[256]; size_t used; };

#define MAX_WATCHES 64

static struct watch g_watches[MAX_WATCHES];
static int g_nwatches;

static int
watch_add (int fd, handler_fn fn, void *data)
{
  if (g_nwatches == MAX_WATCHES)
    return -1;
  g_watches[g_nwatches].fd = fd;
  g_watches[g_nwatches].fn = fn;
  g_watches[g_nwatches].data = data; /* { dg-bogus "escape" } */
  return g_nwatches++;
}

static void
on_data (int fd, void *data)
{
  struct conn *c = data;
  c->fd = fd;
}

static void
on_signal (int fd, void *data)
{
  (void) fd;
  (void) data;
}

/* BAD.  */
int
warn_serve_stack (int fd)
{
  struct conn c;
  memset (&c, 0, sizeof c);
  c.fd = fd;
  return watch_add (fd, on_data, &c); /* { dg-warning "address of local variable 'c' is passed to 'watch_add', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
nowarn_serve_heap (int fd)
{
  struct conn *c = calloc (1, sizeof *c);
  if (!c)
    return -1;
  c->fd = fd;
  return watch_add (fd, on_data, c); /* { dg-bogus "escape" } */
}

int
nowarn_watch_signal (int sigfd)
{
  return watch_add (sigfd, on_signal, NULL); /* { dg-bogus "escape" } */
}
