/* Queue rule, negative: a helper stores one parameter into another's
   memory; when the caller's destination is one of its own locals, the
   value stays in the frame (the summary is applied per call).  */
/* { dg-do compile } */

#include <stddef.h>

struct slot { int *val; const char *tag; };

static void
fill (struct slot *s, int *v, const char *tag)
{
  s->val = v;
  s->tag = tag;
}

static void
link_pp (int **dst, int *src)
{
  *dst = src;
}

int
nowarn_fill_local (void)
{
  int x = 4;
  char tag[8] = "four";
  struct slot s;
  fill (&s, &x, tag); /* { dg-bogus "escape" } */
  return *s.val + s.tag[0];
}

int
nowarn_link_local (void)
{
  int y = 5;
  int *p = NULL;
  link_pp (&p, &y); /* { dg-bogus "escape" } */
  return *p;
}

int
nowarn_fill_array (int n)
{
  int vals[4] = { 1, 2, 3, 4 };
  struct slot slots[4];
  int sum = 0;
  for (int i = 0; i < n && i < 4; i++)
    fill (&slots[i], &vals[i], "v"); /* { dg-bogus "escape" } */
  for (int i = 0; i < n && i < 4; i++)
    sum += *slots[i].val;
  return sum;
}
