/* Heap-to-stack hints and frees in other functions: a function of the
   file that frees its parameter on every path (directly, through a copy
   in another variable, after a null test) is a deallocator, so an
   allocation passed to it is freed and gets a hint.  A function that
   frees its parameter on some paths only, or keeps it, is not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

struct node { struct node *next; };
struct node *pool;

static void
release (void *p) /* { dg-message "parameter 'p' does not escape" } */
{
  free (p);
}

static void
release_copy (void *p) /* { dg-message "parameter 'p' does not escape" } */
{
  void *victim = p;
  if (victim)
    free (victim);
}

static void
release_twice_removed (void *p) /* { dg-message "parameter 'p' does not escape" } */
{
  release_copy (p);
}

static void
release_sometimes (void *p, int k) /* { dg-message "parameter 'p' does not escape" } */
{
  if (k)
    free (p);
}

static void
recycle (struct node *n) /* { dg-message "parameter 'n' escapes" } */
{
  n->next = pool;
  pool = n;
}

int
nowarn_wrapper (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  release (p);
  return r;
}

int
nowarn_wrapper_copy (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  release_copy (p);
  return r;
}

int
nowarn_wrapper_of_wrapper (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  release_twice_removed (p);
  return r;
}

int
nowarn_wrapper_sometimes (int k)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "release_sometimes frees on one path" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  release_sometimes (p, k);
  return r;
}

void
nowarn_recycled (void)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "heap allocation by 'malloc' escapes" } */
  /* { dg-bogus "could be an automatic object" "recycle keeps it" { target *-*-* } .-1 } */
  if (n)
    recycle (n);
}

int
nowarn_local_copy (int k)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  char *q = k ? p : p + 0;
  q[0] = (char) k;
  int r = q[0];
  free (q);
  return r;
}
