/* Store rule, positive: a store on an error path reached by goto, and a
   store before a cleanup label that does not undo it.  */
/* { dg-do compile } */

#include <stdlib.h>

const char *g_error;

int
warn_error_path (int fd)
{
  char msg[64] = "bad descriptor";
  char *data = malloc (16);
  if (!data)
    goto fail;
  if (fd < 0)
    goto fail;
  free (data);
  return 0;
fail:
  g_error = msg; /* { dg-warning "address of local variable 'msg' is stored into global 'g_error', which outlives 'warn_error_path' \\\[escape:store\\\]" } */
  free (data);
  return -1;
}

int
warn_before_cleanup (int n)
{
  char reason[32] = "overflow";
  int rc = 0;
  if (n > 10)
    {
      g_error = reason; /* { dg-warning "address of local variable 'reason' is stored into global 'g_error', which outlives 'warn_before_cleanup' \\\[escape:store\\\]" } */
      rc = -1;
      goto out;
    }
  rc = n;
out:
  return rc;
}
