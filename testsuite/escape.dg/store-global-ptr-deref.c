/* Store rule, positive: memory loaded through a global pointer (whatever
   it points to) outlives the frame: `g_ctx->cur = &x', `*g_slot = &x'.
   Only the stable part of the message is matched: how the target is
   named here is not part of the contract.  */
/* { dg-do compile } */

struct ctx { int *cur; char *name; };

struct ctx *g_ctx;
int **g_slot;

void
warn_field_of_global_ptr (void)
{
  int x = 0;
  g_ctx->cur = &x; /* { dg-warning "address of local variable 'x' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_deref_global_ptr (void)
{
  int y = 0;
  *g_slot = &y; /* { dg-warning "address of local variable 'y' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_copied_global_ptr (void)
{
  char name[8] = "ctx";
  struct ctx *c = g_ctx;
  c->name = name; /* { dg-warning "address of local variable 'name' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}
