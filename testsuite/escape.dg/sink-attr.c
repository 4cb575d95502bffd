/* Sink attribute: a parameter marked __attribute__ ((escape_sink)) on a
   prototype with no body is kept by the callee; a local's address passed
   there is a queue finding naming the callee.  */
/* { dg-do compile } */

void keep (void *p __attribute__ ((escape_sink)));
int keep_str (const char *s __attribute__ ((escape_sink)));

void
warn_keep_scalar (void)
{
  int x = 0;
  keep (&x); /* { dg-warning "address of local variable 'x' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_keep_array (void)
{
  char name[16] = "label";
  return keep_str (name); /* { dg-warning "address of local variable 'name' is passed to 'keep_str', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_keep_copy (void)
{
  double d = 0;
  void *p = &d;
  keep (p); /* { dg-warning "address of local variable 'd' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}
