/* Notes: an indirect flow gets one note per step after the declaration
   note: where the address is taken, each copy, and the return.  A direct
   `return &x;' gets no flow notes.  */
/* { dg-do compile } */

int *
warn_flow_copy (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  int *p = &x; /* { dg-message "address of 'x' is taken here" } */
  int *q = p; /* { dg-message "copied into 'q'" } */
  return q; /* { dg-warning "address of local variable 'x' is returned from 'warn_flow_copy'" } */
  /* { dg-message "returned here" "returned here" { target *-*-* } .-1 } */
}

int *
warn_direct_no_flow (void)
{
  int y = 0; /* { dg-message "'y' declared here" } */
  return &y; /* { dg-warning "address of local variable 'y' is returned from 'warn_direct_no_flow'" } */
  /* { dg-bogus "taken here|copied into|returned here" "no flow notes for a direct return" { target *-*-* } .-1 } */
}
