/* noescape, checked in the callee: the parameter escapes after copies, a
   cast, a phi, or a round trip through a local struct; the error is at
   the escaping store.  */
/* { dg-do compile } */

void *g_any;
char *g_text;
extern char g_default[];

void
warn_copy_cast (int *p __attribute__ ((noescape)))
{
  int *q = p;
  void *v = (void *) q;
  g_any = v; /* { dg-error "address held by noescape parameter 'p' is stored into global 'g_any', which outlives 'warn_copy_cast' \\\[escape:store\\\]" } */
}

void
warn_phi (char *s __attribute__ ((noescape)), int c)
{
  char *t = c ? s : g_default;
  g_text = t; /* { dg-error "address held by noescape parameter 's' is stored into global 'g_text', which outlives 'warn_phi' \\\[escape:store\\\]" } */
}

void
warn_through_local_struct (char *s __attribute__ ((noescape)))
{
  struct { char *p; int n; } tmp = { s, 0 };
  g_text = tmp.p; /* { dg-error "address held by noescape parameter 's' is stored into global 'g_text', which outlives 'warn_through_local_struct' \\\[escape:store\\\]" } */
}
