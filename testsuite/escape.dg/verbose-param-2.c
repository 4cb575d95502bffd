/* Verbose notes, level 2, pointer parameters: each summary fact of
   level 1 is followed by one step at the place in the body where it
   happens, "'p' HOW here": "'s' returns it here", "'v' stores it into
   memory pointed to by parameter 'out' here", "'a' stores it into the
   heap memory it returns here", "'p' stores it into global 'g' here",
   "'p' passes it to 'remember', which keeps it here", "'p' passes it to
   a call through a function pointer here".  A parameter that does not
   escape has no step.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

#include <stdlib.h>
#include <string.h>

int *g;
void (*g_cb) (int *);

struct node { int v; struct node *next; };
struct pair { int *a; int *b; };

static size_t
measure (const char *s) /* { dg-message "parameter 's' does not escape" } */
{
  return strlen (s); /* { dg-bogus "'s' " "no step for a parameter that does not escape" } */
}

static const char *
skip_blanks (const char *s) /* { dg-message "parameter 's' leaks to result level=0" } */
{
  while (*s == ' ')
    s++;
  return s; /* { dg-message "'s' returns it here" } */
}

static struct node *
next_of (struct node *n) /* { dg-message "parameter 'n' leaks to result level=1" } */
{
  return n->next; /* { dg-message "'n' returns it here" } */
}

static void
set_out (int **out, int *v) /* { dg-message "parameter 'v' leaks to parameter 'out' level=0" } */
{
  *out = v; /* { dg-message "'v' stores it into memory pointed to by parameter 'out' here" } */
}

static struct pair *
make_pair (int *a, int *b) /* { dg-message "parameter 'a' leaks to the heap memory it returns level=0" } */
{
  struct pair *p = malloc (sizeof *p);
  if (p)
    {
      p->a = a; /* { dg-message "'a' stores it into the heap memory it returns here" } */
      p->b = b; /* { dg-message "'b' stores it into the heap memory it returns here" } */
    }
  return p;
}

static void
remember (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): stores it into global 'g'" } */
{
  g = p; /* { dg-message "'p' stores it into global 'g' here" } */
}

static void
remember_via (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): passes it to 'remember', which keeps it" } */
{
  remember (p); /* { dg-message "'p' passes it to 'remember', which keeps it here" } */
}

static void
notify (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(fnptr\\): passes it to a call through a function pointer" } */
{
  g_cb (p); /* { dg-message "'p' passes it to a call through a function pointer here" } */
}

int
nowarn_use_all (int *x, struct node *n)
{
  int *slot = NULL;
  struct pair *pr = make_pair (x, x);
  int r = (int) measure (skip_blanks ("  a"));
  set_out (&slot, x);
  remember_via (x);
  notify (x);
  r += next_of (n) != NULL;
  free (pr);
  return r;
}
