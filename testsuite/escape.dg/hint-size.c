/* Heap-to-stack hints, never for a size that is not a constant at the
   call: a parameter, a computed length.  The analysis runs before
   constant propagation, but follows a variable set from a constant
   (`size_t n = 16; malloc (n)'), which does count.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_param_size (size_t n)
{
  char *p = malloc (n); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "n is not a constant" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  memset (p, 0, n);
  free (p);
  return 0;
}

size_t
nowarn_copy_length (const char *s)
{
  char *d = malloc (strlen (s) + 1); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "the length is computed" { target *-*-* } .-1 } */
  if (!d)
    return 0;
  strcpy (d, s);
  size_t n = strlen (d);
  free (d);
  return n;
}

int
warn_constant_in_variable (void)
{
  size_t n = 16;
  char *p = malloc (n); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" "the size's definition is followed" } */
  if (!p)
    return -1;
  p[0] = 0;
  free (p);
  return 0;
}

int
nowarn_zero (void)
{
  char *p = malloc (0); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "zero bytes" { target *-*-* } .-1 } */
  free (p);
  return 0;
}
