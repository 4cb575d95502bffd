/* Verbose notes and -Werror without findings: a translation unit full of
   notes at verbose=3 (facts, flows, hints, constraints, summaries)
   compiles successfully under -Werror.  The harness reports a nonzero
   exit status without an error message as an excess error, so this test
   fails if any note made the compilation fail.  */
/* { dg-do compile } */
/* { dg-options "-Werror -fplugin-arg-escape-verbose=3" } */

#include <stdlib.h>
#include <string.h>

struct node { int v; struct node *next; };

static void
push (struct node **head, struct node *n) /* { dg-message "parameter 'n' leaks to parameter 'head' level=0" } */
{
  n->next = *head;
  *head = n;
}

int
nowarn_sum (void) /* { dg-message "function 'nowarn_sum': " } */
{
  struct node a = { 1, NULL }, b = { 2, NULL }; /* { dg-message "local variable 'a' does not escape" } */
  struct node *head = NULL;
  push (&head, &a);
  push (&head, &b);
  int s = 0;
  for (struct node *n = head; n; n = n->next)
    s += n->v;
  return s;
}

int
nowarn_scratch (const char *in)
{
  char *tmp = malloc (128); /* { dg-message "heap allocation of 128 bytes by 'malloc' could be an automatic object" } */
  if (!tmp)
    return -1;
  strncpy (tmp, in, 127);
  tmp[127] = 0;
  int n = (int) strlen (tmp);
  free (tmp);
  return n;
}
