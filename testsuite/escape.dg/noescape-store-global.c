/* noescape, checked in the callee: a parameter declared
   __attribute__ ((noescape)) whose value the body stores into a global
   (or a static, or an element of a global array) is an error at the
   store.  */
/* { dg-do compile } */

int *g;
static const char *s_last;
int *g_slots[4];

void
warn_store_global (int *p __attribute__ ((noescape)))
{
  g = p; /* { dg-error "address held by noescape parameter 'p' is stored into global 'g', which outlives 'warn_store_global' \\\[escape:store\\\]" } */
}

void
warn_store_static (const char *name __attribute__ ((noescape)))
{
  s_last = name; /* { dg-error "address held by noescape parameter 'name' is stored into global 's_last', which outlives 'warn_store_static' \\\[escape:store\\\]" } */
}

void
warn_store_slot (int i, int *v __attribute__ ((noescape)))
{
  g_slots[i & 3] = v + 1; /* { dg-error "address held by noescape parameter 'v' is stored into global 'g_slots', which outlives 'warn_store_slot' \\\[escape:store\\\]" } */
}
