/* Notes: a flow through memory shows the store into the local container
   and the load out of it.  */
/* { dg-do compile } */

struct holder { long n; int *p; };

int *
warn_flow_memory (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  struct holder s;
  s.n = 0;
  s.p = &x; /* { dg-message "stored into 's'" } */
  int *q = s.p; /* { dg-message "loaded into 'q'" } */
  return q; /* { dg-warning "address of local variable 'x' is returned from 'warn_flow_memory'" } */
  /* { dg-message "returned here" "returned here" { target *-*-* } .-1 } */
}
