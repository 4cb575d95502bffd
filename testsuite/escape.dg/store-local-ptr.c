/* Store rule, negative: the address is stored only into locals of the
   same function (plain variables, a local pointer-to-pointer's target,
   a loop cursor), and the function returns nothing.  */
/* { dg-do compile } */

extern void use (int *p);

void
nowarn_into_local_var (void)
{
  int x = 0;
  int *p;
  p = &x; /* { dg-bogus "escape" } */
  use (p); /* { dg-bogus "escape" } */
}

void
nowarn_through_local_pp (void)
{
  int x = 0;
  int *p = 0;
  int **pp = &p;
  *pp = &x; /* { dg-bogus "escape" } */
  *p = 1;
}

void
nowarn_cursor (void)
{
  char buf[16] = "abcdef";
  char *cur;
  for (cur = buf; *cur; cur++) /* { dg-bogus "escape" } */
    *cur = (char) (*cur + 1);
}
