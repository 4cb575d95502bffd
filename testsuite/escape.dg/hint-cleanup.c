/* Heap-to-stack hints, the cleanup idiom: every path jumps to one label
   that frees the buffer, including the error paths; a path that leaves
   after the allocation failed (the pointer tested null) may skip it.
   Both are freed on every path, so both are hinted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
nowarn_goto_cleanup (FILE *f)
{
  int rc = -1;
  char *line = malloc (256); /* { dg-message "heap allocation of 256 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path" } */
  if (!line)
    goto out;
  if (!fgets (line, 256, f))
    goto done;
  if (line[0] == '#')
    goto done;
  rc = (int) strlen (line);
done:
  free (line);
out:
  return rc;
}

int
nowarn_two_labels (FILE *f)
{
  int rc = -1;
  char *a = malloc (64); /* { dg-message "heap allocation of 64 bytes by 'malloc' could be an automatic object" } */
  if (!a)
    return -1;
  char *b = malloc (128); /* { dg-message "heap allocation of 128 bytes by 'malloc' could be an automatic object" } */
  if (!b)
    goto free_a;
  if (fread (a, 1, 64, f) != 64)
    goto free_b;
  memcpy (b, a, 64);
  rc = b[0];
free_b:
  free (b);
free_a:
  free (a);
  return rc;
}
