/* Return rule, negative (realistic): an iterator over the caller's array,
   created and advanced by value and through a pointer; the iterator
   struct is local but only holds caller memory.  Compare
   return-iterator-local.c.  */
/* { dg-do compile } */

struct iter { int *cur; int *end; };

struct iter
nowarn_iter_begin (int *a, int n)
{
  struct iter it = { a, a + n };
  return it; /* { dg-bogus "escape" } */
}

int *
nowarn_iter_next (struct iter *it)
{
  if (it->cur == it->end)
    return 0; /* { dg-bogus "escape" } */
  return it->cur++; /* { dg-bogus "escape" } */
}

int *
nowarn_iter_find (int *a, int n, int key)
{
  struct iter it = nowarn_iter_begin (a, n);
  int *p;
  while ((p = nowarn_iter_next (&it)))
    if (*p == key)
      return p; /* { dg-bogus "escape" } */
  return 0;
}
