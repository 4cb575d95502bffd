/* -Werror: the finding becomes an error, its notes stay notes.  */
/* { dg-do compile } */
/* { dg-options "-Werror" } */

int *
warn_werror_notes (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  int *p = &x;
  return p; /* { dg-error "address of local variable 'x' is returned from 'warn_werror_notes'" } */
}
