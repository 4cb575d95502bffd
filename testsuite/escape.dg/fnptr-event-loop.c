/* Fnptr rule, positive (realistic): an event loop with a global table of
   registered callbacks.  Registration stores into the global table: a
   context that lives on the registering function's stack is a store
   finding.  Dispatch calls each callback through its pointer with the
   address of a per-iteration event on the loop's stack: a fnptr finding.
   Dispatching with data from the table itself is fine.  */
/* { dg-do compile } */

#include <stddef.h>
#include <string.h>

struct event { int fd; unsigned mask; long when; };

typedef void (*callback_fn) (struct event *ev, void *ctx);

struct reg { int fd; callback_fn cb; void *ctx; };

#define MAX_REGS 32

static struct reg g_regs[MAX_REGS];
static int g_nregs;
static long g_now;

static int
poll_ready (int fd, unsigned *mask)
{
  *mask = fd >= 0 ? 1u : 0u;
  return fd >= 0;
}

/* BAD (store): the context is a local of the registering function.  */
int
warn_register_stack_ctx (int fd, callback_fn cb)
{
  struct { int hits; } ctx = { 0 };
  if (g_nregs == MAX_REGS)
    return -1;
  g_regs[g_nregs].fd = fd;
  g_regs[g_nregs].cb = cb;
  g_regs[g_nregs].ctx = &ctx; /* { dg-warning "address of local variable 'ctx' is stored into global 'g_regs', which outlives 'warn_register_stack_ctx' \\\[escape:store\\\]" } */
  return g_nregs++;
}

/* BAD (fnptr): each callback receives the address of the loop's event.  */
int
warn_run_once (void)
{
  int fired = 0;
  for (int i = 0; i < g_nregs; i++)
    {
      struct event ev;
      memset (&ev, 0, sizeof ev);
      ev.fd = g_regs[i].fd;
      ev.when = g_now;
      if (!poll_ready (ev.fd, &ev.mask)) /* { dg-bogus "escape" } */
        continue;
      g_regs[i].cb (&ev, g_regs[i].ctx); /* { dg-warning "address of local variable 'ev' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
      fired++;
    }
  return fired;
}

/* Right: callbacks that take only the registered context.  */
typedef void (*tick_fn) (void *ctx);

static tick_fn g_ticks[4];
static void *g_tick_ctx[4];

void
nowarn_run_ticks (void)
{
  for (int i = 0; i < 4; i++)
    if (g_ticks[i])
      g_ticks[i] (g_tick_ctx[i]); /* { dg-bogus "escape" } */
}
