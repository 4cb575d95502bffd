/* Store rule, cleared stores: a whole-struct restore (`*ctx = saved;')
   or zeroing (`*ctx = (struct ctx) { 0 };') overwrites every field it
   covers, so a field pointed at a local buffer before it is cleared.
   Twins: the restore skipped on one path, and a restore from a copy
   taken after the store (it puts the buffer back).  */
/* { dg-do compile } */

struct ctx { struct ctx *up; char *name; int depth; };
extern void body (struct ctx *ctx);

void
nowarn_restore (struct ctx *ctx)
{
  struct ctx saved = *ctx;
  char name[8];
  ctx->name = name; /* { dg-bogus "escape" } */
  body (ctx);
  *ctx = saved;
}

void
nowarn_zero (struct ctx *ctx)
{
  char name[8];
  ctx->name = name; /* { dg-bogus "escape" } */
  body (ctx);
  *ctx = (struct ctx) { 0 };
}

void
warn_restore_skipped (struct ctx *ctx, int c)
{
  struct ctx saved = *ctx;
  char name[8]; /* { dg-message "'name' declared here" } */
  ctx->name = name; /* { dg-warning "address of local variable 'name' is stored into memory pointed to by parameter 'ctx', which outlives 'warn_restore_skipped'" } */
  if (c)
    return;
  *ctx = saved;
}

void
warn_restore_late_copy (struct ctx *ctx)
{
  char name[8]; /* { dg-message "'name' declared here" } */
  ctx->name = name; /* { dg-warning "address of local variable 'name' is stored into memory pointed to by parameter 'ctx', which outlives 'warn_restore_late_copy'" } */
  struct ctx saved = *ctx;
  body (ctx);
  *ctx = saved;
}
