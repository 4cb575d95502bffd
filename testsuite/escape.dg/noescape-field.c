/* noescape, checked in the callee: storing a noescape parameter into a
   field of a global struct names the global.  */
/* { dg-do compile } */

struct cfg { const char *name; const int *limits; } g_cfg;

void
warn_field (const char *name __attribute__ ((noescape)))
{
  g_cfg.name = name; /* { dg-error "address held by noescape parameter 'name' is stored into global 'g_cfg', which outlives 'warn_field' \\\[escape:store\\\]" } */
}

void
warn_field_elem (const int *limits __attribute__ ((noescape)), int i)
{
  g_cfg.limits = &limits[i]; /* { dg-error "address held by noescape parameter 'limits' is stored into global 'g_cfg', which outlives 'warn_field_elem' \\\[escape:store\\\]" } */
}
