/* Severity: off disables a rule as if rules= had left it out:
   severity=return:off,store:off reports no return or store finding,
   while queue and fnptr, not named, keep their default (warning).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=return:off,store:off" } */

int *g;
void (*g_callback) (int *);
void keep (void *p __attribute__ ((escape_sink)));

int *
nowarn_return_off (void)
{
  int x = 0;
  return &x; /* { dg-bogus "escape" } */
}

void
nowarn_store_off (void)
{
  int y = 0;
  g = &y; /* { dg-bogus "escape" } */
}

void
warn_queue_on (void)
{
  int z = 0;
  keep (&z); /* { dg-warning "address of local variable 'z' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_fnptr_on (void)
{
  int w = 0;
  g_callback (&w); /* { dg-warning "address of local variable 'w' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
