/* Return rule, positive: a same-file helper that returns its argument
   (or a pointer derived from it) carries the caller's local address back;
   the caller's return is reported.  The helpers themselves are clean:
   they only return what they were given.  */
/* { dg-do compile } */

static int *
id (int *p)
{
  return p; /* { dg-bogus "escape" } */
}

static char *
skip (char *s, int n)
{
  return s + n; /* { dg-bogus "escape" } */
}

static int *
second (int *a, int *b)
{
  return b; /* { dg-bogus "escape" } */
}

int *
warn_id (void)
{
  int x = 0;
  return id (&x); /* { dg-warning "address of local variable 'x' is returned from 'warn_id'" } */
}

char *
warn_skip (void)
{
  char buf[16] = "abc";
  char *p = skip (buf, 1);
  return p; /* { dg-warning "address of local variable 'buf' is returned from 'warn_skip'" } */
}

int *
warn_second (int *q)
{
  int y = 0;
  return second (q, &y); /* { dg-warning "address of local variable 'y' is returned from 'warn_second'" } */
}
