/* Queue rule, negative: same-file helpers that only read their
   arguments, write through them, or pass them to other such helpers do
   not keep them; their callers are not reported.  */
/* { dg-do compile } */

#include <stddef.h>

struct vec { double x, y, z; };

static double
dot (const struct vec *a, const struct vec *b)
{
  return a->x * b->x + a->y * b->y + a->z * b->z;
}

static void
scale (struct vec *v, double k)
{
  v->x *= k;
  v->y *= k;
  v->z *= k;
}

static double
norm2 (const struct vec *v)
{
  return dot (v, v);
}

static size_t
count_char (const char *s, char c)
{
  size_t n = 0;
  for (; *s; s++)
    n += *s == c;
  return n;
}

double
nowarn_vector_math (void)
{
  struct vec a = { 1, 2, 3 }, b = { 4, 5, 6 };
  scale (&a, 2.0); /* { dg-bogus "escape" } */
  return dot (&a, &b) + norm2 (&b); /* { dg-bogus "escape" } */
}

size_t
nowarn_count (void)
{
  char line[32] = "a,b,c";
  return count_char (line, ','); /* { dg-bogus "escape" } */
}
