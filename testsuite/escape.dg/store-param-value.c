/* Store rule, negative: what a pointer parameter points to belongs to
   the caller; storing the parameter's value (or a pointer derived from
   it, or a pointer loaded from it) is not about an automatic object of
   this function.  */
/* { dg-do compile } */

int *g;
char *g_s;

void
nowarn_param (int *p)
{
  g = p; /* { dg-bogus "escape" } */
}

void
nowarn_param_offset (char *s, int n)
{
  g_s = s + n; /* { dg-bogus "escape" } */
}

void
nowarn_param_elem (int *v, int i)
{
  g = &v[i]; /* { dg-bogus "escape" } */
}

void
nowarn_param_loaded (int **pp)
{
  g = *pp; /* { dg-bogus "escape" } */
}

void
nowarn_param_to_out (int *p, int **out)
{
  *out = p; /* { dg-bogus "escape" } */
}

void
nowarn_param_copy (char *s)
{
  char *t = s;
  while (*t)
    t++;
  g_s = t; /* { dg-bogus "escape" } */
}
