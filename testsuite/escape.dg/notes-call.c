/* Notes: a flow through a same-file helper shows the argument passed and
   the value returned by the helper.  */
/* { dg-do compile } */

static int *
id (int *p)
{
  return p;
}

int *
warn_flow_call (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  int *r = id (&x); /* { dg-message "passed to 'id' as argument 1" } */
  /* { dg-message "returned by 'id'" "returned by 'id'" { target *-*-* } .-1 } */
  return r; /* { dg-warning "address of local variable 'x' is returned from 'warn_flow_call'" } */
  /* { dg-message "returned here" "returned here" { target *-*-* } .-1 } */
}
