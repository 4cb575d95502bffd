/* Queue rule, negative: setvbuf and setbuf with a static or global
   buffer, with NULL (stdio allocates, or unbuffered), and with a heap
   buffer.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>

static char g_outbuf[BUFSIZ];

void
nowarn_setvbuf_global (void)
{
  setvbuf (stdout, g_outbuf, _IOFBF, sizeof g_outbuf); /* { dg-bogus "escape" } */
}

void
nowarn_setvbuf_static_local (FILE *f)
{
  static char buf[4096];
  setvbuf (f, buf, _IOLBF, sizeof buf); /* { dg-bogus "escape" } */
}

void
nowarn_setbuf_null (void)
{
  setbuf (stderr, NULL); /* { dg-bogus "escape" } */
  setvbuf (stdout, NULL, _IONBF, 0); /* { dg-bogus "escape" } */
}

int
nowarn_setvbuf_heap (FILE *f, size_t n)
{
  char *buf = malloc (n);
  if (!buf)
    return -1;
  return setvbuf (f, buf, _IOFBF, n); /* { dg-bogus "escape" } */
}
