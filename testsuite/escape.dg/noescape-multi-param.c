/* noescape, checked in the callee: only the parameter declared noescape
   is held to it.  Storing the other pointer parameter into a global is
   not a finding (it is the caller's pointer, not declared noescape).  */
/* { dg-do compile } */

const char *g_name;
const int *g_value;

void
warn_only_marked (const char *name, const int *value __attribute__ ((noescape)))
{
  g_name = name; /* { dg-bogus "escape" } */
  g_value = value; /* { dg-error "address held by noescape parameter 'value' is stored into global 'g_value', which outlives 'warn_only_marked' \\\[escape:store\\\]" } */
}

void
nowarn_unmarked_kept (const char *name __attribute__ ((noescape)), const int *value)
{
  g_value = value; /* { dg-bogus "escape" } */
  (void) name;
}
