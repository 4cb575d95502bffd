/* Fnptr rule, negative: direct calls are not calls through a function
   pointer, whether the callee has a body here (and does not keep its
   argument) or is only declared.  */
/* { dg-do compile } */

extern void process (int *p);

static int
sum3 (const int *v)
{
  return v[0] + v[1] + v[2];
}

static void
handler (int *p)
{
  *p += 1;
}

int
nowarn_direct (void)
{
  int v[3] = { 1, 2, 3 };
  int x = 0;
  process (&x); /* { dg-bogus "escape" } */
  handler (&x); /* { dg-bogus "escape" } */
  (*handler) (&x); /* { dg-bogus "escape" } */
  (&handler) (&x); /* { dg-bogus "escape" } */
  return sum3 (v) + x; /* { dg-bogus "escape" } */
}
