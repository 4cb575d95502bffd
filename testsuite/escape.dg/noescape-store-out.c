/* noescape, checked in the callee: storing a noescape parameter into the
   memory of another parameter (the caller's memory outlives the call)
   is an error at the store.  */
/* { dg-do compile } */

struct ctx { const char *name; int *cur; };

void
warn_store_out (int *p __attribute__ ((noescape)), int **out)
{
  *out = p; /* { dg-error "address held by noescape parameter 'p' is stored into memory pointed to by parameter 'out', which outlives 'warn_store_out' \\\[escape:store\\\]" } */
}

void
warn_store_ctx_field (struct ctx *ctx, const char *name __attribute__ ((noescape)))
{
  ctx->name = name; /* { dg-error "address held by noescape parameter 'name' is stored into memory pointed to by parameter 'ctx', which outlives 'warn_store_ctx_field' \\\[escape:store\\\]" } */
}
