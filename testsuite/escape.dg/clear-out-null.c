/* Store rule, cleared stores: `*out = &x' (and a field of the caller's
   struct) overwritten with NULL before returning is not reported.  */
/* { dg-do compile } */

#include <stddef.h>

struct ctx { int *cur; const char *label; };

extern void use_ctx (struct ctx *c);
extern void use_slot (int **slot);

void
nowarn_out_cleared (int **out)
{
  int x = 0;
  *out = &x; /* { dg-bogus "escape" } */
  use_slot (out);
  *out = NULL;
}

void
nowarn_ctx_field_cleared (struct ctx *c)
{
  char label[8] = "tmp";
  c->label = label; /* { dg-bogus "escape" } */
  use_ctx (c);
  c->label = NULL;
}
