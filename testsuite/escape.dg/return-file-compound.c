/* Return rule, negative: compound literals at file scope have static
   storage; pointers to them are safe to return.  */
/* { dg-do compile } */

int *gp = (int[]) { 1, 2, 3 };
static const char *names = (const char[]) { 'a', 'b', 0 };

int *
nowarn_file_compound (void)
{
  return gp; /* { dg-bogus "escape" } */
}

const char *
nowarn_file_compound_static (int i)
{
  return names + (i & 1); /* { dg-bogus "escape" } */
}
