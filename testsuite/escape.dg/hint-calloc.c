/* Heap-to-stack hints, calloc: the size is the product of two constant
   arguments.  A count or element size that is not a constant at the call
   gets no hint, and neither does a product beyond the limit.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

struct rec { int id; char tag[12]; };

int
nowarn_constants (void)
{
  int *v = calloc (16, sizeof (int)); /* { dg-message "heap allocation of 64 bytes by 'calloc' could be an automatic object: it does not escape and is freed on every path" } */
  if (!v)
    return -1;
  v[15] = 1;
  int r = v[15];
  free (v);
  return r;
}

int
nowarn_records (void)
{
  struct rec *r = calloc (4, sizeof *r); /* { dg-message "heap allocation of 64 bytes by 'calloc' could be an automatic object" } */
  if (!r)
    return -1;
  r[3].id = 3;
  int id = r[3].id;
  free (r);
  return id;
}

int
nowarn_count_not_constant (int n)
{
  int *v = calloc (n, sizeof (int)); /* { dg-message "heap allocation by 'calloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "the count is not a constant" { target *-*-* } .-1 } */
  if (!v)
    return -1;
  free (v);
  return 0;
}

int
nowarn_product_too_big (void)
{
  char *p = calloc (1024, 1024); /* { dg-message "heap allocation by 'calloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "a megabyte is over the limit" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  free (p);
  return 0;
}
