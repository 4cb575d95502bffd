/* Return rule, negative: static locals have static storage; their
   addresses may be returned, directly, through copies and arithmetic.  */
/* { dg-do compile } */

int *
nowarn_static_scalar (void)
{
  static int counter;
  counter++;
  return &counter; /* { dg-bogus "escape" } */
}

char *
nowarn_static_array (int i)
{
  static char buf[64];
  char *p = buf + (i & 63);
  return p; /* { dg-bogus "escape" } */
}

const int *
nowarn_static_const_table (int i)
{
  static const int table[4] = { 1, 2, 3, 4 };
  return &table[i & 3]; /* { dg-bogus "escape" } */
}
