/* Sink attribute (realistic): an observer API from a library header that
   keeps the observer until it is removed.  The header marks the
   parameter as a sink; registering an observer on the stack is reported
   at the call, a static observer is fine, and the remove call (not a
   sink) never is.  */
/* { dg-do compile } */

#include <stddef.h>

#define SINK __attribute__ ((escape_sink))

struct observer
{
  void (*changed) (struct observer *self, int what);
  int mask;
};

int observer_add (struct observer *o SINK);
int observer_remove (struct observer *o);

static void
on_change (struct observer *self, int what)
{
  self->mask |= what;
}

/* BAD: removed before returning, but the library may call it from
   another thread in between, and the rule does not pair add/remove.  */
int
warn_watch_once (void)
{
  struct observer o = { on_change, 0 };
  if (observer_add (&o) != 0) /* { dg-warning "address of local variable 'o' is passed to 'observer_add', which keeps it after returning \\\[escape:queue\\\]" } */
    return -1;
  observer_remove (&o); /* { dg-bogus "escape" } */
  return o.mask;
}

static struct observer g_obs = { on_change, 0 };

int
nowarn_watch_static (void)
{
  return observer_add (&g_obs); /* { dg-bogus "escape" } */
}
