/* Store rule, positive: memory reached by loading a pointer from the
   caller's memory (`(*out)->p', `ctx->state->buf', `**pp') is the
   caller's too.  Only the stable part of the message is matched.  */
/* { dg-do compile } */

struct state { char *buf; int *cur; };
struct ctx { struct state *state; };

void
warn_deref_twice (int ***pp)
{
  int x = 0;
  **pp = &x; /* { dg-warning "address of local variable 'x' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_field_of_loaded (struct ctx *ctx)
{
  char buf[32];
  buf[0] = 0;
  ctx->state->buf = buf; /* { dg-warning "address of local variable 'buf' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_out_of_out (struct state **out)
{
  int cur = 0;
  (*out)->cur = &cur; /* { dg-warning "address of local variable 'cur' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}
