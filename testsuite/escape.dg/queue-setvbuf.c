/* Queue rule, positive: setvbuf keeps the buffer for the life of the
   stream; a local array given as the buffer is reported at the call.  */
/* { dg-do compile } */

#include <stdio.h>

void
warn_setvbuf_stdout (void)
{
  char buf[BUFSIZ];
  setvbuf (stdout, buf, _IOFBF, sizeof buf); /* { dg-warning "address of local variable 'buf' is passed to 'setvbuf', which keeps it after returning \\\[escape:queue\\\]" } */
  printf ("hello\n");
}

int
warn_setvbuf_file (FILE *f)
{
  char linebuf[1024];
  return setvbuf (f, linebuf, _IOLBF, sizeof linebuf); /* { dg-warning "address of local variable 'linebuf' is passed to 'setvbuf', which keeps it after returning \\\[escape:queue\\\]" } */
}

FILE *
warn_setvbuf_opened (const char *path)
{
  char big[8192];
  FILE *f = fopen (path, "w");
  if (f)
    setvbuf (f, big, _IOFBF, sizeof big); /* { dg-warning "address of local variable 'big' is passed to 'setvbuf', which keeps it after returning \\\[escape:queue\\\]" } */
  return f;
}
