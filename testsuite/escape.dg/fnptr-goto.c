/* Fnptr rule, positive: an error callback called on an error path
   reached by goto, with a local message buffer.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>

typedef void (*on_error_fn) (const char *msg);

int
warn_error_cb (size_t n, on_error_fn on_error)
{
  char msg[64];
  char *mem = malloc (n);
  if (!mem)
    goto fail;
  if (n < 16)
    goto fail_free;
  free (mem);
  return 0;
fail_free:
  free (mem);
fail:
  snprintf (msg, sizeof msg, "allocation of %zu bytes failed", n);
  on_error (msg); /* { dg-warning "address of local variable 'msg' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return -1;
}
