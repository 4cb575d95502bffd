/* Store rule, loads that see the store reaching them: after
   `ctx->file = &file;' the pointer read back from ctx->file is &file, so
   `ctx->file->buf = b;' writes into the local file (cleared from *ctx
   before returning), not into the caller's memory.  Twins: without the
   clearing both escape (b with file, at the store that publishes it); a
   call between that receives ctx may change
   ctx->file, so b may land in the caller's memory.  */
/* { dg-do compile } */

struct file { char *buf; int n; };
struct ctx { struct file *file; char *name; };
extern void reset (struct ctx *ctx);

void
nowarn_file (struct ctx *ctx)
{
  struct file file;
  char b[16];
  ctx->file = &file;
  ctx->file->buf = b; /* { dg-bogus "escape" } */
  ctx->file = 0;
}

void
warn_file_kept (struct ctx *ctx)
{
  struct file file; /* { dg-message "'file' declared here" } */
  char b[16]; /* { dg-message "'b' declared here" } */
  ctx->file = &file; /* { dg-warning "address of local variable 'file' is stored into memory pointed to by parameter 'ctx', which outlives 'warn_file_kept'" } */
  /* { dg-warning "address of local variable 'b' is stored into memory pointed to by parameter 'ctx', which outlives 'warn_file_kept'" "b is published with file" { target *-*-* } .-1 } */
  ctx->file->buf = b;
}

void
warn_file_reset (struct ctx *ctx)
{
  struct file file;
  char b[16]; /* { dg-message "'b' declared here" } */
  ctx->file = &file;
  reset (ctx);
  ctx->file->buf = b; /* { dg-warning "address of local variable 'b' is stored into memory reachable from parameter 'ctx', which outlives 'warn_file_reset'" } */
  ctx->file = 0;
}

int *
warn_reread_notes (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  struct { long n; int *p; } s;
  s.n = 0;
  s.p = &x; /* { dg-message "stored into 's'" } */
  int *q = s.p; /* { dg-message "loaded into 'q'" } */
  return q; /* { dg-warning "address of local variable 'x' is returned from 'warn_reread_notes'" } */
}
