/* -Werror: the plugin's warnings use option index 0, so -Werror turns a
   return finding into an error with the same text and tag; clean
   functions stay clean.  */
/* { dg-do compile } */
/* { dg-options "-Werror" } */

int *
warn_werror (void)
{
  int x = 0;
  return &x; /* { dg-error "address of local variable 'x' is returned from 'warn_werror' \\\[escape:return\\\]" } */
}

int *
warn_werror_copy (int c)
{
  char buf[8];
  char *p = c ? buf : 0;
  return (int *) p; /* { dg-error "address of local variable 'buf' is returned from 'warn_werror_copy'" } */
}

int *
nowarn_werror (int *p)
{
  return p; /* { dg-bogus "escape" } */
}
