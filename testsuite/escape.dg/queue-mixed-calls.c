/* Queue rule: in one function, locals passed to non-retaining helpers
   and library functions are not reported; only the one handed to the
   retaining helper is.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

struct msg { char text[64]; int len; };

static struct msg *outbox;

static int
msg_len (const struct msg *m)
{
  return (int) strlen (m->text);
}

static void
msg_post (struct msg *m)
{
  outbox = m;
}

static void
msg_fill (struct msg *m, const char *s)
{
  strncpy (m->text, s, sizeof m->text - 1);
  m->text[sizeof m->text - 1] = 0;
  m->len = msg_len (m);
}

int
warn_one_posted (const char *s)
{
  struct msg draft, sent;
  msg_fill (&draft, s); /* { dg-bogus "escape" } */
  printf ("%d\n", msg_len (&draft)); /* { dg-bogus "escape" } */
  memcpy (&sent, &draft, sizeof sent); /* { dg-bogus "escape" } */
  msg_post (&sent); /* { dg-warning "address of local variable 'sent' is passed to 'msg_post', which keeps it after returning \\\[escape:queue\\\]" } */
  return draft.len;
}
