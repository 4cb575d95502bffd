/* Return rule, negative (realistic): the goto-cleanup idiom.  A local
   buffer and a local struct are used on the way, error paths jump to a
   common exit, and what is returned is heap memory or null.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct result { char *text; size_t len; };

char *
nowarn_read_line (FILE *f)
{
  char line[128];
  char *copy = NULL;
  size_t n;

  if (!fgets (line, sizeof line, f))
    goto out;
  n = strlen (line);
  if (n && line[n - 1] == '\n')
    line[--n] = 0;
  copy = malloc (n + 1);
  if (!copy)
    goto out;
  memcpy (copy, line, n + 1);
out:
  return copy; /* { dg-bogus "escape" } */
}

struct result
nowarn_build (const char *a, const char *b)
{
  struct result r = { NULL, 0 };
  char joined[64];
  if (snprintf (joined, sizeof joined, "%s/%s", a, b) >= (int) sizeof joined)
    goto fail;
  r.len = strlen (joined);
  r.text = malloc (r.len + 1);
  if (!r.text)
    goto fail;
  memcpy (r.text, joined, r.len + 1);
  return r; /* { dg-bogus "escape" } */
fail:
  r.len = 0;
  return r; /* { dg-bogus "escape" } */
}
