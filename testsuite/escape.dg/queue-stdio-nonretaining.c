/* Queue rule, negative: stdio and conversion functions that fill or read
   local buffers only during the call: fread, fwrite, fgets, sscanf,
   strtol (with a local end pointer), fopen with a local path.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>

long
nowarn_read_number (FILE *f)
{
  char line[64];
  char *end;
  long v;
  if (!fgets (line, sizeof line, f)) /* { dg-bogus "escape" } */
    return -1;
  v = strtol (line, &end, 10); /* { dg-bogus "escape" } */
  return end == line ? -1 : v;
}

int
nowarn_scan_pair (const char *s)
{
  int a = 0, b = 0;
  char name[16];
  if (sscanf (s, "%15s %d %d", name, &a, &b) != 3) /* { dg-bogus "escape" } */
    return -1;
  return a + b;
}

size_t
nowarn_copy_block (FILE *in, FILE *out)
{
  unsigned char block[512];
  size_t n = fread (block, 1, sizeof block, in); /* { dg-bogus "escape" } */
  return fwrite (block, 1, n, out); /* { dg-bogus "escape" } */
}

FILE *
nowarn_open_built_path (const char *dir)
{
  char path[256];
  snprintf (path, sizeof path, "%s/data.txt", dir);
  return fopen (path, "r"); /* { dg-bogus "escape" } */
}
