/* Store rule, negative: a function-static local has static storage; its
   address (and the address of a static array, or of an element) may be
   stored into globals and the caller's memory.  */
/* { dg-do compile } */

int *g;
char *g_buf;

void
nowarn_static_scalar (void)
{
  static int s;
  g = &s; /* { dg-bogus "escape" } */
}

void
nowarn_static_array (int i)
{
  static char buf[64];
  g_buf = &buf[i & 63]; /* { dg-bogus "escape" } */
}

void
nowarn_static_out (int **out)
{
  static int counter;
  counter++;
  *out = &counter; /* { dg-bogus "escape" } */
}

void
nowarn_static_in_block (int c)
{
  if (c)
    {
      static int once;
      int *p = &once;
      g = p; /* { dg-bogus "escape" } */
    }
}
