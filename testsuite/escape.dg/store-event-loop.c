/* Store rule, positive (realistic): a select-style event loop keeps its
   watches (descriptor, handler, user data) in a global table.  Putting
   the address of a connection that lives in the registering function's
   frame into the table is reported at that store; heap connections, no
   data, and the handler functions themselves are fine.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

typedef void (*handler_fn) (int fd, void *data);

struct watch { int fd; handler_fn fn; void *data; };
struct conn { int fd; char inbuf[256]; size_t used; };

#define MAX_WATCHES 64

static struct watch g_watches[MAX_WATCHES];
static int g_nwatches;

static void
on_read (int fd, void *data)
{
  struct conn *c = data;
  c->fd = fd;
  c->used = 0;
}

static void
on_accept (int fd, void *data)
{
  (void) fd;
  (void) data;
}

int
nowarn_open_heap (int fd)
{
  struct conn *c = calloc (1, sizeof *c);
  if (!c || g_nwatches == MAX_WATCHES)
    {
      free (c);
      return -1;
    }
  c->fd = fd;
  g_watches[g_nwatches].fd = fd;
  g_watches[g_nwatches].fn = on_read; /* { dg-bogus "escape" } */
  g_watches[g_nwatches].data = c; /* { dg-bogus "escape" } */
  g_nwatches++;
  return 0;
}

void
nowarn_listen (int fd)
{
  struct watch w = { fd, on_accept, NULL };
  g_watches[g_nwatches++ % MAX_WATCHES] = w; /* { dg-bogus "escape" } */
}

/* BAD: the connection lives in this frame but stays in the table.  */
int
warn_open_stack (int fd)
{
  struct conn c;
  memset (&c, 0, sizeof c);
  c.fd = fd;
  if (g_nwatches == MAX_WATCHES)
    return -1;
  g_watches[g_nwatches].fd = fd;
  g_watches[g_nwatches].fn = on_read;
  g_watches[g_nwatches].data = &c; /* { dg-warning "address of local variable 'c' is stored into global 'g_watches', which outlives 'warn_open_stack' \\\[escape:store\\\]" } */
  g_nwatches++;
  return 0;
}

/* BAD: a scratch buffer registered through a pointer into the table.  */
void
warn_register_scratch (int fd)
{
  char scratch[512];
  struct watch *w = &g_watches[g_nwatches++ % MAX_WATCHES];
  scratch[0] = 0;
  w->fd = fd;
  w->fn = on_accept;
  w->data = scratch; /* { dg-warning "address of local variable 'scratch' is stored into global 'g_watches', which outlives 'warn_register_scratch' \\\[escape:store\\\]" } */
}
