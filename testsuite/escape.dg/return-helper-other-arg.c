/* Return rule, negative: a helper that returns one of its arguments, with
   the local's address given as the argument it does not return.  */
/* { dg-do compile } */

static int *
first (int *a, int *b)
{
  if (*b)
    *a = 0;
  return a;
}

static char *
dest_of (char *dst, const char *src)
{
  while ((*dst = *src))
    {
      dst++;
      src++;
    }
  return dst;
}

int *
nowarn_first_is_param (int *q)
{
  int x = 1;
  return first (q, &x); /* { dg-bogus "escape" } */
}

char *
nowarn_copy_from_local (char *out)
{
  char tmp[8] = "abc";
  return dest_of (out, tmp); /* { dg-bogus "escape" } */
}
