/* Heap-to-stack hints, uses that keep the hint: the pointer passed to
   same-file helpers that only read or write through it (their summaries
   say the parameter does not escape), to a helper that returns it (the
   result is used locally), and to library functions known not to keep
   their arguments (memset, memcpy, strlen, strcpy, snprintf, printf,
   fputs, qsort), and copied into another local pointer that is then
   freed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
checksum (const unsigned char *p, size_t n) /* { dg-message "parameter 'p' does not escape" } */
{
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

static void
fill (unsigned char *p, size_t n, unsigned char c) /* { dg-message "parameter 'p' does not escape" } */
{
  for (size_t i = 0; i < n; i++)
    p[i] = c;
}

static char *
trim (char *s) /* { dg-message "parameter 's' leaks to result level=0" } */
{
  while (*s == ' ')
    s++;
  return s;
}

static int
cmp_int (const void *a, const void *b)
{
  return *(const int *) a - *(const int *) b;
}

int
nowarn_same_file_helpers (void)
{
  unsigned char *buf = malloc (128); /* { dg-message "heap allocation of 128 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path" } */
  if (!buf)
    return -1;
  fill (buf, 128, 7);
  int s = checksum (buf, 128);
  free (buf);
  return s;
}

size_t
nowarn_returning_helper (const char *in)
{
  char *line = malloc (80); /* { dg-message "heap allocation of 80 bytes by 'malloc' could be an automatic object" } */
  if (!line)
    return 0;
  strncpy (line, in, 79);
  line[79] = 0;
  size_t n = strlen (trim (line));
  free (line);
  return n;
}

int
nowarn_libc (const char *name)
{
  char *msg = malloc (100); /* { dg-message "heap allocation of 100 bytes by 'malloc' could be an automatic object" } */
  char tmp[100];
  if (!msg)
    return -1;
  memset (msg, 0, 100);
  snprintf (msg, 100, "hello %s", name);
  memcpy (tmp, msg, 100);
  strcpy (msg, tmp);
  printf ("%s\n", msg);
  fputs (msg, stderr);
  int n = (int) strlen (msg);
  free (msg);
  return n;
}

int
nowarn_sort (void)
{
  int *v = malloc (4 * sizeof (int)); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!v)
    return -1;
  v[0] = 3, v[1] = 1, v[2] = 2, v[3] = 0;
  qsort (v, 4, sizeof (int), cmp_int);
  int r = v[0];
  free (v);
  return r;
}

int
nowarn_freed_through_copy (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  char *q = p;
  q[0] = 1;
  int r = q[0];
  free (q);
  return r;
}
