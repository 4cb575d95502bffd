/* Store rule, positive: the target is a slot of a global table returned
   by a same-file helper (`*slot_for (i) = &x').  The store through the
   helper's result is a store into the global; the target's wording is not
   matched.  */
/* { dg-do compile } */

static int *table[16];

static int **
slot_for (int i)
{
  return &table[i & 15]; /* { dg-bogus "escape" } */
}

void
warn_store_via_slot (int i)
{
  int x = i;
  *slot_for (i) = &x; /* { dg-warning "address of local variable 'x' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_store_via_slot_copy (int i)
{
  int y = i;
  int **s = slot_for (i + 1);
  *s = &y; /* { dg-warning "address of local variable 'y' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}
