/* Queue rule, negative: a helper that stores its argument into its own
   locals (a local struct, a local array of pointers) and drops them on
   return does not keep the argument.  */
/* { dg-do compile } */

struct view { const char *p; int n; };

extern int render (const struct view *v);

static int
show (const char *text, int n)
{
  struct view v;
  v.p = text;
  v.n = n;
  return render (&v);
}

static int
pick_max (int *a, int *b)
{
  int *both[2] = { a, b };
  int *best = *both[0] >= *both[1] ? both[0] : both[1];
  return *best;
}

int
nowarn_show (void)
{
  char text[16] = "visible";
  return show (text, 7); /* { dg-bogus "escape" } */
}

int
nowarn_pick (void)
{
  int x = 3, y = 4;
  return pick_max (&x, &y); /* { dg-bogus "escape" } */
}
