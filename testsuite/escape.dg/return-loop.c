/* Return rule, positive: loops walking a local array with a pointer or
   an index, returning the position found.  */
/* { dg-do compile } */

char *
warn_find_char (const char *s, char c)
{
  char buf[32];
  int i;
  for (i = 0; i < 31 && s[i]; i++)
    buf[i] = s[i];
  buf[i] = 0;
  for (char *p = buf; *p; p++)
    if (*p == c)
      return p; /* { dg-warning "address of local variable 'buf' is returned from 'warn_find_char'" } */
  return 0;
}

int *
warn_find_max (const int *in, int n)
{
  int vals[16];
  int *best = vals;
  for (int i = 0; i < 16; i++)
    vals[i] = i < n ? in[i] : 0;
  for (int i = 1; i < 16; i++)
    if (vals[i] > *best)
      best = &vals[i];
  return best; /* { dg-warning "address of local variable 'vals' is returned from 'warn_find_max'" } */
}

long *
warn_while_walk (int k)
{
  long v[8] = { 0 };
  long *p = v;
  while (k-- > 0 && p < v + 7)
    p++;
  return p; /* { dg-warning "address of local variable 'v' is returned from 'warn_while_walk'" } */
}
