/* Header: one file that uses every macro of <escape/escape.h> in every
   place it may go.  Under the plugin the annotations take effect and the
   file is clean (each escape is accepted or trusted).  testsuite/run.sh
   also compiles it without the plugin, with gcc, gcc-11 and clang-14
   when installed, under -Wall -Wextra -Werror: it must build without a
   warning, the macros expanding to nothing (Clang: noescape only).  */
/* { dg-do compile } */
/* { dg-options "-I$srcdir/../include -Wall -Wextra -Werror" } */

#include <escape/escape.h>
#include <stddef.h>

struct node
{
  int v;
  struct node *next;
};

typedef int (*visit_fn) (struct node *n ESCAPE_NOESCAPE, void *arg);

size_t checksum (const void *buf ESCAPE_NOESCAPE, size_t len);
void queue_push (void *q, void *item ESCAPE_SINK);
void queue_push_front (void *q, ESCAPE_SINK void *item);

ESCAPE_ACCEPT ("registers its frame with the debugger")
void debug_enter (void);

size_t
checksum (const void *buf ESCAPE_NOESCAPE, size_t len)
{
  const unsigned char *p = (const unsigned char *) buf;
  size_t s = 0;
  while (len--)
    s += *p++;
  return s;
}

int
nowarn_walk (struct node *list, visit_fn visit, void *arg)
{
  struct node head = { 0, list };
  int total = 0;
  for (struct node *n = &head; n; n = n->next)
    total += visit (n, arg); /* { dg-bogus "escape" } */
  return total + (int) checksum (&head, sizeof head); /* { dg-bogus "escape" } */
}

void
nowarn_accepted_sink (void *q)
{
  struct node job ESCAPE_ACCEPT ("the queue is drained before return") = { 1, NULL };
  queue_push (q, &job); /* { dg-bogus "escape" } */
  queue_push_front (q, NULL);
}

void
debug_enter (void)
{
  struct node frame = { 0, NULL };
  queue_push (NULL, &frame); /* { dg-bogus "escape" } */
}

int
nowarn_param (int depth ESCAPE_ACCEPT ("read by the tracer during the call"))
{
  int *p = &depth;
  queue_push (NULL, p); /* { dg-bogus "escape" } */
  return *p;
}

/* The pragmas, in a region around a function and inside a body.  */
ESCAPE_PUSH ()
ESCAPE_RULE (queue, off)
void
nowarn_region (void *q)
{
  struct node item = { 2, NULL };
  queue_push (q, &item); /* { dg-bogus "escape" } */
}
ESCAPE_POP ()

void
nowarn_region_in_body (void *q)
{
  struct node item = { 3, NULL };
  ESCAPE_PUSH ()
  ESCAPE_RULE (all, off)
  queue_push (q, &item); /* { dg-bogus "escape" } */
  ESCAPE_POP ()
}
