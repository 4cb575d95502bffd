/* Queue rule, positive: setbuf keeps the buffer for the life of the
   stream, also when given an interior pointer into a local array.  */
/* { dg-do compile } */

#include <stdio.h>

void
warn_setbuf_stderr (void)
{
  char buf[BUFSIZ];
  setbuf (stderr, buf); /* { dg-warning "address of local variable 'buf' is passed to 'setbuf', which keeps it after returning \\\[escape:queue\\\]" } */
  fputs ("buffered\n", stderr);
}

void
warn_setbuf_interior (FILE *f)
{
  char storage[BUFSIZ + 64];
  char *aligned = storage + 64;
  setbuf (f, aligned); /* { dg-warning "address of local variable 'storage' is passed to 'setbuf', which keeps it after returning \\\[escape:queue\\\]" } */
}
