/* Return rule, negative: a pointer parameter's value points into the
   caller's memory, not into this frame: returning it, an offset from it,
   an element or a field of what it points to is fine.  */
/* { dg-do compile } */

struct node { int key; struct node *next; int field; };

int *
nowarn_param (int *p)
{
  return p; /* { dg-bogus "escape" } */
}

int *
nowarn_param_plus (int *p)
{
  return p + 1; /* { dg-bogus "escape" } */
}

int *
nowarn_param_elem (int *p)
{
  return &p[3]; /* { dg-bogus "escape" } */
}

int *
nowarn_param_field (struct node *n)
{
  return &n->field; /* { dg-bogus "escape" } */
}

const char *
nowarn_param_copy (const char *s, int skip)
{
  const char *t = s;
  while (skip-- > 0 && *t)
    t++;
  return t; /* { dg-bogus "escape" } */
}
