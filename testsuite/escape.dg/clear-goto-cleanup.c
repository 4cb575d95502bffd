/* Store rule, cleared stores: the goto-cleanup idiom.  Every exit goes
   through the label that clears the global: not reported.  An early
   return that bypasses the label: reported.  */
/* { dg-do compile } */

#include <stddef.h>
#include <stdlib.h>

struct op { const char *what; int step; };

struct op *g_op;

extern int do_step (int n);

int
nowarn_cleanup_label (int n)
{
  struct op op = { "copy", 0 };
  int rc = -1;
  char *buf;
  g_op = &op; /* { dg-bogus "escape" } */
  buf = malloc (64);
  if (!buf)
    goto out;
  for (op.step = 0; op.step < n; op.step++)
    if (do_step (op.step) < 0)
      goto out_free;
  rc = 0;
out_free:
  free (buf);
out:
  g_op = NULL;
  return rc;
}

int
warn_bypass_cleanup (int n)
{
  struct op op = { "move", 0 };
  int rc = 0;
  g_op = &op; /* { dg-warning "address of local variable 'op' is stored into global 'g_op', which outlives 'warn_bypass_cleanup' \\\[escape:store\\\]" } */
  if (n < 0)
    return -1;
  if (do_step (n) < 0)
    {
      rc = -2;
      goto out;
    }
out:
  g_op = NULL;
  return rc;
}
