/* Severity and -w: -w silences findings at warning severity like any
   other warning; errors (a rule set to error, a noescape parameter that
   escapes) and notes (a rule set to note) are still printed.  */
/* { dg-do compile } */
/* { dg-options "-w -fplugin-arg-escape-severity=store:error,fnptr:note" } */

int *g;
void (*g_callback) (int *);

int *
nowarn_return_silenced (void)
{
  int x = 0;
  return &x; /* { dg-bogus "escape" } */
}

void
warn_store_error (void)
{
  int y = 0;
  g = &y; /* { dg-error "address of local variable 'y' is stored into global 'g', which outlives 'warn_store_error' \\\[escape:store\\\]" } */
}

void
warn_fnptr_note (void)
{
  int w = 0;
  g_callback (&w); /* { dg-message "address of local variable 'w' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int *
warn_noescape_returned (int *p __attribute__ ((noescape)))
{
  return p; /* { dg-error "address held by noescape parameter 'p' is returned from 'warn_noescape_returned' \\\[escape:return\\\]" } */
}
