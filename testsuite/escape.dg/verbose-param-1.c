/* Verbose notes, level 1, pointer parameters: one note per pointer
   parameter at its declaration, its summary as callers apply it, in Go's
   words: "does not escape", "leaks to result level=L", "leaks to
   parameter 'q' level=L", "leaks to the heap memory it returns level=L",
   "escapes level=L (RULE): HOW".  Level 0 is the pointer itself, level 1
   a pointer loaded from what it points to (Go's "leaking param
   content").  At level 1 a leak has no step of its own.  Each helper is
   called, so GCC keeps it at -O2 too.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

int *g;
void (*g_cb) (int *);

struct node { int v; struct node *next; };
struct pair { int *a; int *b; };

static size_t
measure (const char *s) /* { dg-message "parameter 's' does not escape" } */
{
  return strlen (s);
}

static const char *
skip_blanks (const char *s) /* { dg-message "parameter 's' leaks to result level=0" } */
{
  while (*s == ' ')
    s++;
  return s; /* { dg-bogus "returns it here" "no step at level 1" } */
}

static struct node *
next_of (struct node *n) /* { dg-message "parameter 'n' leaks to result level=1" } */
{
  return n->next;
}

static void
set_out (int **out, int *v) /* { dg-message "parameter 'v' leaks to parameter 'out' level=0" } */
{
  *out = v; /* { dg-bogus "stores it into" "no step at level 1" } */
}

static void
copy_slot (int **dst, int **src) /* { dg-message "parameter 'src' leaks to parameter 'dst' level=1" } */
{
  *dst = *src;
}

static struct pair *
make_pair (int *a, int *b) /* { dg-message "parameter 'a' leaks to the heap memory it returns level=0" } */
{
  struct pair *p = malloc (sizeof *p);
  if (p)
    {
      p->a = a;
      p->b = b;
    }
  return p;
}

static void
remember (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): stores it into global 'g'" } */
{
  g = p;
}

static void
remember_via (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): passes it to 'remember', which keeps it" } */
{
  remember (p);
}

static void
remember_loaded (int **pp) /* { dg-message "parameter 'pp' escapes level=1 \\(queue\\): stores it into global 'g'" } */
{
  g = *pp;
}

static void
notify (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(fnptr\\): passes it to a call through a function pointer" } */
{
  g_cb (p);
}

static void *
worker (void *arg) /* { dg-message "parameter 'arg' leaks to result level=0" } */
{
  return arg;
}

static int
start (pthread_t *t, int *arg) /* { dg-message "parameter 'arg' escapes level=0 \\(queue\\): passes it to 'pthread_create', which keeps it" } */
{
  return pthread_create (t, NULL, worker, arg);
}

int
nowarn_use_all (int *x, int **xp, struct node *n, pthread_t *t)
{
  int *slot = NULL;
  struct pair *pr = make_pair (x, x);
  int r = (int) measure (skip_blanks ("  a"));
  set_out (&slot, x);
  copy_slot (&slot, xp);
  remember_via (x);
  remember_loaded (xp);
  notify (x);
  r += start (t, x);
  r += next_of (n) != NULL;
  free (pr);
  return r;
}
