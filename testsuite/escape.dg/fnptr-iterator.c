/* Fnptr rule, positive: an iterator object with a `next' method; the
   caller's loop passes the address of its local item to the method.  */
/* { dg-do compile } */

struct item { int key; const char *name; };

struct iter
{
  int (*next) (struct iter *it, struct item *out);
  void *state;
};

int
warn_iterate (struct iter *it)
{
  struct item item;
  int n = 0;
  while (it->next (it, &item)) /* { dg-warning "address of local variable 'item' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
    n += item.key;
  return n;
}

int
nowarn_iterate_into (struct iter *it, struct item *out)
{
  int n = 0;
  while (it->next (it, out)) /* { dg-bogus "escape" } */
    n++;
  return n;
}
