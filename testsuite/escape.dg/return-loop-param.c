/* Return rule, negative: loops walking the caller's array (by pointer
   and by index), with a local used only as a counter or scratch.  */
/* { dg-do compile } */

char *
nowarn_find_char (char *s, char c)
{
  for (char *p = s; *p; p++)
    if (*p == c)
      return p; /* { dg-bogus "escape" } */
  return 0;
}

int *
nowarn_find_max (int *v, int n)
{
  int *best = v;
  int seen[4] = { 0 };
  for (int i = 1; i < n; i++)
    {
      seen[i & 3]++;
      if (v[i] > *best)
        best = &v[i];
    }
  return seen[0] >= 0 ? best : v; /* { dg-bogus "escape" } */
}

const char *
nowarn_skip_spaces (const char *s)
{
  int count = 0;
  int *pc = &count;
  while (*s == ' ')
    {
      s++;
      (*pc)++;
    }
  return s; /* { dg-bogus "escape" } */
}
