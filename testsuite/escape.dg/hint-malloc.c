/* Heap-to-stack hints, malloc: an allocation of a constant size (a
   literal, a sizeof) whose pointer does not escape and is freed on every
   path could be an automatic object.  A path where the pointer was tested
   null needs no free, whatever the form of the test; with no test at
   all the free alone counts.  The hint replaces the plain fact.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

struct point { double x, y, z; };

int
nowarn_literal (void)
{
  char *p = malloc (64); /* { dg-message "heap allocation of 64 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path" } */
  /* { dg-bogus "by 'malloc' does not escape" "the hint replaces the fact" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

double
nowarn_sizeof (void)
{
  struct point *pt = malloc (sizeof *pt); /* { dg-message "heap allocation of 24 bytes by 'malloc' could be an automatic object" } */
  if (pt == NULL)
    return 0;
  pt->x = 1;
  pt->y = 2;
  pt->z = 3;
  double d = pt->x + pt->y + pt->z;
  free (pt);
  return d;
}

int
nowarn_null_first (void)
{
  int *v = malloc (8 * sizeof (int)); /* { dg-message "heap allocation of 32 bytes by 'malloc' could be an automatic object" } */
  if (NULL == v)
    return -1;
  v[7] = 7;
  int r = v[7];
  free (v);
  return r;
}

int
nowarn_guarded_free (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (p)
    {
      p[0] = 0;
      free (p);
      return 0;
    }
  return -1;
}

int
nowarn_no_check (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  p[0] = 2;
  int r = p[0];
  free (p);
  return r;
}

int
nowarn_casts (void)
{
  long *p = (long *) malloc (4 * sizeof (long)); /* { dg-message "heap allocation of 32 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  p[3] = 3;
  int r = (int) p[3];
  free ((void *) p);
  return r;
}

int
nowarn_two (void)
{
  char *a = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  char *b = malloc (48); /* { dg-message "heap allocation of 48 bytes by 'malloc' could be an automatic object" } */
  if (!a || !b)
    {
      free (a);
      free (b);
      return -1;
    }
  a[0] = b[0] = 0;
  free (b);
  free (a);
  return 0;
}
