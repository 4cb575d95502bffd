/* Queue rule, negative: a helper that stores its argument into a heap
   object it frees before returning, or into a heap object it returns to
   a caller that keeps it local, does not make the argument escape.  */
/* { dg-do compile } */

#include <stdlib.h>

struct pair { int *a; int *b; };

extern int consume (struct pair *p);

static int
with_pair (int *a, int *b)
{
  struct pair *p = malloc (sizeof *p);
  int r;
  if (!p)
    return -1;
  p->a = a;
  p->b = b;
  r = consume (p);
  free (p);
  return r;
}

static struct pair *
make_pair (int *a, int *b)
{
  struct pair *p = malloc (sizeof *p);
  if (p)
    {
      p->a = a;
      p->b = b;
    }
  return p;
}

int
nowarn_with_pair (void)
{
  int x = 1, y = 2;
  return with_pair (&x, &y); /* { dg-bogus "escape" } */
}

int
nowarn_make_pair_local (void)
{
  int x = 1, y = 2;
  struct pair *p = make_pair (&x, &y); /* { dg-bogus "escape" } */
  int r = p ? *p->a + *p->b : 0;
  free (p);
  return r;
}
