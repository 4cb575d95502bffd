/* Return rule, negative: large structs returned by value (through the
   caller's return slot) that hold only integers, caller pointers or
   globals; and one that is filled through a pointer to a local.  */
/* { dg-do compile } */

struct big { long v[6]; const char *name; int *ref; };

int g;

struct big
nowarn_big_values (long a)
{
  struct big r;
  for (int i = 0; i < 6; i++)
    r.v[i] = a + i;
  r.name = "big";
  r.ref = &g;
  return r; /* { dg-bogus "escape" } */
}

static void
fill (struct big *b, int *ref)
{
  b->v[0] = 1;
  b->name = 0;
  b->ref = ref;
}

struct big
nowarn_big_filled (int *ref)
{
  struct big r = { { 0 }, 0, 0 };
  fill (&r, ref);
  return r; /* { dg-bogus "escape" } */
}
