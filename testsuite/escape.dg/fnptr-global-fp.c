/* Fnptr rule, positive: a global or static function pointer (a hook)
   may be set to anything; calling it with a local's address is
   reported.  */
/* { dg-do compile } */

void (*g_hook) (int *value);
static int (*s_filter) (const char *line);

void
warn_global_hook (void)
{
  int v = 1;
  if (g_hook)
    g_hook (&v); /* { dg-warning "address of local variable 'v' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
warn_static_filter (void)
{
  char line[80] = "# comment";
  return s_filter ? s_filter (line) : 0; /* { dg-warning "address of local variable 'line' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
