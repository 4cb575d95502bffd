/* Severity: a noescape parameter that escapes in its function's body is
   an error whatever the rule's severity (here every rule is a note);
   ordinary findings follow the severity.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=all:note" } */

int *g;
void (*g_callback) (int *);

void
warn_noescape_stored (int *p __attribute__ ((noescape)))
{
  g = p; /* { dg-error "address held by noescape parameter 'p' is stored into global 'g', which outlives 'warn_noescape_stored' \\\[escape:store\\\]" } */
}

void
warn_noescape_fnptr (int *p __attribute__ ((noescape)))
{
  g_callback (p); /* { dg-error "noescape parameter 'p' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_local_note (void)
{
  int y = 0;
  g = &y; /* { dg-message "address of local variable 'y' is stored into global 'g', which outlives 'warn_local_note' \\\[escape:store\\\]" } */
}
