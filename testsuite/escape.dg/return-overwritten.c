/* Return rule, negative: a pointer that held a local's address is
   overwritten (with a global, a parameter, null) on every path before
   the return.  */
/* { dg-do compile } */

int g;

int *
nowarn_overwritten_global (void)
{
  int x = 0;
  int *p = &x;
  *p = 1;
  p = &g;
  return p; /* { dg-bogus "escape" } */
}

int *
nowarn_overwritten_param (int *q, int c)
{
  int x = c;
  int *p = &x;
  if (*p > 0)
    g = *p;
  p = q;
  return p; /* { dg-bogus "escape" } */
}

int *
nowarn_overwritten_both_paths (int c, int *q)
{
  int x = 0;
  int *p = &x;
  *p = c;
  if (c)
    p = q;
  else
    p = 0;
  return p; /* { dg-bogus "escape" } */
}
