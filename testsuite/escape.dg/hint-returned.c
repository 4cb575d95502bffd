/* Heap-to-stack hints, never for memory the function returns: directly,
   through a helper that returns its argument, as a field of a struct
   returned by value, or stored into heap memory that is returned.  (None
   of these is a finding: heap memory is not automatic.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

struct buf { char *data; size_t len; };
struct node { char *name; struct node *next; };

static char *
same (char *p)
{
  return p;
}

char *
nowarn_direct (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  /* { dg-bogus "could be an automatic object" "returned" { target *-*-* } .-1 } */
  if (p)
    p[0] = 0;
  return p; /* { dg-bogus "escape" } */
}

char *
nowarn_through_helper (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  /* { dg-bogus "could be an automatic object" "returned by way of a helper" { target *-*-* } .-1 } */
  return same (p); /* { dg-bogus "escape" } */
}

struct buf
nowarn_struct_value (void)
{
  struct buf b;
  b.data = malloc (64); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  /* { dg-bogus "could be an automatic object" "returned inside a struct" { target *-*-* } .-1 } */
  b.len = b.data ? 64 : 0;
  return b;
}

struct node *
nowarn_in_returned_heap (void)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  char *name = malloc (32); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  /* { dg-bogus "could be an automatic object" "stored into returned heap memory" { target *-*-* } .-1 } */
  if (!n || !name)
    {
      free (n);
      free (name);
      return NULL;
    }
  name[0] = 0;
  n->name = name;
  n->next = NULL;
  return n;
}
