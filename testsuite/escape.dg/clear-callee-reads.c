/* Store rule, cleared stores: a function of the file called while the
   place holds the address reads it through the pointer it is given.  One
   that copies it into a global keeps it (reported at the call); one that
   only looks at it does not, and the cleared store stays unreported.  */
/* { dg-do compile } */

struct ctx { int *cur; };
int *g_seen;

static void keep (struct ctx *c) { g_seen = c->cur; }
static void look (struct ctx *c) { if (c->cur) (*c->cur)++; }

void
warn_callee_keeps (struct ctx *ctx)
{
  int v = 0;
  ctx->cur = &v;
  keep (ctx); /* { dg-warning "address of local variable 'v' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
  ctx->cur = 0;
}

void
nowarn_callee_looks (struct ctx *ctx)
{
  int v = 0;
  ctx->cur = &v; /* { dg-bogus "escape" } */
  look (ctx);
  ctx->cur = 0;
}
