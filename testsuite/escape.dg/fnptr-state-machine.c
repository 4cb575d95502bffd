/* Fnptr rule, positive (realistic): a table-driven state machine.  Each
   state is a handler called through the table with the machine's
   context; running the machine on a context on the stack reports the
   handler call.  Running it on the caller's context is fine.  */
/* { dg-do compile } */

#include <stddef.h>

enum state { ST_IDLE, ST_HEADER, ST_BODY, ST_DONE, ST_COUNT };

struct machine
{
  enum state st;
  const unsigned char *in;
  size_t len, pos;
  unsigned checksum;
};

typedef enum state (*state_fn) (struct machine *m);

static enum state
do_idle (struct machine *m)
{
  return m->len ? ST_HEADER : ST_DONE;
}

static enum state
do_header (struct machine *m)
{
  m->pos = m->len > 4 ? 4 : m->len;
  return ST_BODY;
}

static enum state
do_body (struct machine *m)
{
  while (m->pos < m->len)
    m->checksum += m->in[m->pos++];
  return ST_DONE;
}

static enum state
do_done (struct machine *m)
{
  return m->st;
}

static const state_fn handlers[ST_COUNT] = { do_idle, do_header, do_body, do_done };

/* BAD in the eyes of the rule: the context on the stack goes to the
   handlers through the table.  */
unsigned
warn_checksum (const unsigned char *in, size_t len)
{
  struct machine m = { ST_IDLE, in, len, 0, 0 };
  while (m.st != ST_DONE)
    m.st = handlers[m.st] (&m); /* { dg-warning "address of local variable 'm' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return m.checksum;
}

/* Fine: the caller's context.  */
void
nowarn_step (struct machine *m)
{
  if (m->st < ST_COUNT)
    m->st = handlers[m->st] (m); /* { dg-bogus "escape" } */
}
