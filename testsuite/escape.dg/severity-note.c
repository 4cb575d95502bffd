/* Severity: severity=all:note reports every finding as a note with its
   tag (a note fails nothing, not even under -Werror), still followed by
   the declaration note.  */
/* { dg-do compile } */
/* { dg-options "-Werror -fplugin-arg-escape-severity=all:note" } */

int *g;
void (*g_callback) (int *);

int *
warn_return_note (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  return &x; /* { dg-message "address of local variable 'x' is returned from 'warn_return_note' \\\[escape:return\\\]" } */
}

void
warn_store_note (void)
{
  int y = 0;
  g = &y; /* { dg-message "address of local variable 'y' is stored into global 'g', which outlives 'warn_store_note' \\\[escape:store\\\]" } */
}

void
warn_fnptr_note (void)
{
  int w = 0;
  g_callback (&w); /* { dg-message "address of local variable 'w' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
