/* Fnptr rule, negative (realistic): a list filter whose predicate type
   declares both pointer parameters noescape; the filter passes a local
   match counter and each node.  */
/* { dg-do compile } */

#include <stddef.h>

struct item { int id; const char *tag; struct item *next; };

typedef int (*pred_fn) (const struct item *it __attribute__ ((noescape)),
                        int *hits __attribute__ ((noescape)));

struct item *
nowarn_filter (struct item *head, pred_fn pred, int *total)
{
  struct item *kept = NULL, **tail = &kept;
  int hits = 0;
  for (struct item *it = head; it; it = it->next)
    if (pred (it, &hits)) /* { dg-bogus "escape" } */
      {
        *tail = it;
        tail = &it->next;
      }
  *tail = NULL;
  *total = hits;
  return kept;
}
