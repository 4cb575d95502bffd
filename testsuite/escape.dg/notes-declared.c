/* Notes: every return finding is followed by a note at the object's
   declaration: "'x' declared here" for named objects (locals, parameters,
   VLAs), "compound literal declared here" and "alloca storage allocated
   here" for unnamed ones.  */
/* { dg-do compile } */

#include <alloca.h>

int *
warn_local (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_local'" } */
}

int *
warn_param (int a) /* { dg-message "'a' declared here" } */
{
  return &a; /* { dg-warning "address of parameter 'a' is returned from 'warn_param'" } */
}

char *
warn_vla (int n)
{
  char buf[n]; /* { dg-message "'buf' declared here" } */
  buf[0] = 0;
  return buf; /* { dg-warning "address of variable length array 'buf' is returned from 'warn_vla'" } */
}

int *
warn_compound (void)
{
  return (int[]) { 1, 2 }; /* { dg-warning "address of compound literal is returned from 'warn_compound'" } */
  /* { dg-message "compound literal declared here" "compound literal declared here" { target *-*-* } .-1 } */
}

char *
warn_alloca (void)
{
  char *p = alloca (16); /* { dg-message "alloca storage allocated here" } */
  p[0] = 0;
  return p; /* { dg-warning "address of alloca storage is returned from 'warn_alloca'" } */
}
