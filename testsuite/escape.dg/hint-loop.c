/* Heap-to-stack hints and loops: freed inside a loop on some iterations
   only is not freed on every path (no hint); allocated and freed in
   each iteration, or freed after the loop whatever way it ends, is.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

int
nowarn_some_iterations (int n)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "freed only when i == 3" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  for (int i = 0; i < n; i++)
    {
      p[i & 15] = (char) i;
      if (i == 3)
	{
	  free (p);
	  break;
	}
    }
  return 0;
}

int
nowarn_each_iteration (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
      if (!p)
	return -1;
      memset (p, i, 16);
      s += p[0];
      free (p);
    }
  return s;
}

int
nowarn_after_loop (const char *s)
{
  char *p = malloc (64); /* { dg-message "heap allocation of 64 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  int i;
  for (i = 0; i < 63 && s[i]; i++)
    {
      if (s[i] == '\n')
	break;
      p[i] = s[i];
    }
  p[i] = 0;
  int n = (int) strlen (p);
  free (p);
  return n;
}
