/* Queue rule, positive: a helper that stores its argument into a global
   keeps it after returning; passing a local's address to it is reported
   at the call.  The helper is clean.  */
/* { dg-do compile } */

static int *saved;
static const char *saved_name;

static void
remember (int *p)
{
  saved = p; /* { dg-bogus "escape" } */
}

static void
remember_name (const char *name, int unused)
{
  (void) unused;
  saved_name = name; /* { dg-bogus "escape" } */
}

void
warn_remember (void)
{
  int x = 0;
  remember (&x); /* { dg-warning "address of local variable 'x' is passed to 'remember', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_remember_name (void)
{
  char name[16] = "worker";
  remember_name (name, 0); /* { dg-warning "address of local variable 'name' is passed to 'remember_name', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_remember_copy (void)
{
  int y = 1;
  int *p = &y;
  remember (p); /* { dg-warning "address of local variable 'y' is passed to 'remember', which keeps it after returning \\\[escape:queue\\\]" } */
  return *saved;
}
