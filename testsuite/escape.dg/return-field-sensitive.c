/* Return rule, negative: field sensitivity.  A local struct or array of
   pointers holds a local's address in one field or element, and the
   returned field or element holds something else.  */
/* { dg-do compile } */

struct two { int *safe; int *local; };

int *
nowarn_other_field (int *q)
{
  int x = 0;
  struct two t;
  t.safe = q;
  t.local = &x;
  *t.local = 1;
  return t.safe; /* { dg-bogus "escape" } */
}

int *
nowarn_other_element (int *q)
{
  int x = 0;
  int *v[2];
  v[0] = &x;
  v[1] = q;
  *v[0] = 2;
  return v[1]; /* { dg-bogus "escape" } */
}

int *
nowarn_other_field_init (int *q)
{
  int x = 0;
  struct two t = { q, &x };
  return *t.local ? t.safe : q; /* { dg-bogus "escape" } */
}
