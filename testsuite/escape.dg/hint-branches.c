/* Heap-to-stack hints, frees on each branch: a buffer freed in both arms
   of an if, or in every case of a switch, is freed on every path.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_both_branches (int k)
{
  char *p = malloc (32); /* { dg-message "heap allocation of 32 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path" } */
  if (!p)
    return -1;
  memset (p, k, 32);
  if (k > 0)
    {
      int r = p[1];
      free (p);
      return r;
    }
  else
    {
      free (p);
      return 0;
    }
}

int
nowarn_switch (int k)
{
  int *v = calloc (8, sizeof (int)); /* { dg-message "heap allocation of 32 bytes by 'calloc' could be an automatic object" } */
  int r;
  if (!v)
    return -1;
  switch (k)
    {
    case 0:
      r = v[0];
      free (v);
      break;
    case 1:
      v[1] = 1;
      r = v[1];
      free (v);
      break;
    default:
      free (v);
      r = -1;
      break;
    }
  return r;
}

int
nowarn_exit_path (int k)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  if (k < 0)
    exit (1); /* a path that never returns needs no free */
  p[0] = (char) k;
  int r = p[0];
  free (p);
  return r;
}
