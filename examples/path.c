/* path.c: file names of included configuration files.  */

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cfgtool.h"

/* Correct: a span of the caller's string, returned by value.  */
struct span
path_basename (const char *path)
{
  const char *slash = strrchr (path, '/');
  const char *base = slash ? slash + 1 : path;

  return (struct span) { base, strlen (base) };
}

/* PATH with runs of '/' collapsed.  */
struct span
path_normalise (const char *path)
{
  char buf[256];
  size_t n = 0;
  struct span s;

  for (; *path != '\0' && n < sizeof buf - 1; path++)
    if (*path != '/' || n == 0 || buf[n - 1] != '/')
      buf[n++] = *path;
  buf[n] = '\0';
  s.ptr = buf;
  s.len = n;
  /* escape: [escape:return] the struct returned by value holds the
     address of the local 'buf'.  */
  return s;
}

/* DIR/FILE.  The address travels as an integer, as in code that keeps
   handles in uintptr_t.  */
char *
path_join (const char *dir, const char *file)
{
  char buf[256];
  uintptr_t handle;

  snprintf (buf, sizeof buf, "%s/%s", dir, file);
  handle = (uintptr_t) buf;
  /* escape: [escape:return] casts through uintptr_t are followed.  */
  return (char *) handle;
}

/* Correct: a pointer into the caller's string.  */
const char *
path_extension (const char *path)
{
  const char *dot = strrchr (path, '.');

  return dot ? dot + 1 : "";
}
