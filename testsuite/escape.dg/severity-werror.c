/* Severity and -Werror: a finding at the default severity is a warning
   of option index 0, so -Werror makes it an error and GCC appends
   [-Werror]; a rule set to error is an error without that tag; a rule
   set to note stays a note.  */
/* { dg-do compile } */
/* { dg-options "-Werror -fplugin-arg-escape-severity=store:error,fnptr:note" } */

int *g;
void (*g_callback) (int *);

int *
warn_return_promoted (void)
{
  int x = 0;
  return &x; /* { dg-error "address of local variable 'x' is returned from 'warn_return_promoted' \\\[escape:return\\\] \\\[-Werror\\\]" } */
}

void
warn_store_error (void)
{
  int y = 0;
  g = &y; /* { dg-error "address of local variable 'y' is stored into global 'g', which outlives 'warn_store_error' \\\[escape:store\\\](?! \\\[-Werror\\\])" } */
}

void
warn_fnptr_note (void)
{
  int w = 0;
  g_callback (&w); /* { dg-message "address of local variable 'w' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
