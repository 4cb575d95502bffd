/* Recursive helpers that return their argument: the summaries of a
   recursive component start from "does nothing" and grow to the least
   fixed point, so the helper is known to return only what it is given,
   and a store through the result into a local is not an escape.  (They
   used to start from "unknown function", whose "returns memory from
   outside" stayed in the summary: a false alarm.)  */
/* { dg-do compile } */

struct box { int *slot; };

static struct box *
walk (struct box *b, int n)
{
  return n ? walk (b, n - 1) : b;
}

static struct box *pick_b (struct box *b, int n);

static struct box *
pick_a (struct box *b, int n)
{
  return n ? pick_b (b, n - 1) : b;
}

static struct box *
pick_b (struct box *b, int n)
{
  return n ? pick_a (b, n - 1) : b;
}

int
nowarn_self (void)
{
  struct box bx = { 0 };
  int x = 1;
  struct box *p = walk (&bx, 4);
  p->slot = &x; /* { dg-bogus "escape" "bx is local" } */
  return *bx.slot;
}

int
nowarn_mutual (void)
{
  struct box bx = { 0 };
  int x = 1;
  struct box *p = pick_a (&bx, 4);
  p->slot = &x; /* { dg-bogus "escape" "bx is local" } */
  return *bx.slot;
}

struct box global_box;

void
warn_mutual_global (void)
{
  int x = 1;
  struct box *p = pick_a (&global_box, 4);
  p->slot = &x; /* { dg-warning "address of local variable 'x' is stored into global 'global_box'" } */
}

void
warn_self_out (struct box *out)
{
  int x = 1;
  walk (out, 2)->slot = &x; /* { dg-warning "address of local variable 'x' is stored into memory pointed to by parameter 'out'" } */
}
