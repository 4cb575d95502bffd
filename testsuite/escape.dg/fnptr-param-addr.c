/* Fnptr rule, positive: the address of a parameter (scalar or struct
   passed by value) passed through a function pointer is reported with
   the noun "parameter".  */
/* { dg-do compile } */

struct opts { int verbose; int depth; };

void
warn_param_scalar (int n, void (*cb) (int *))
{
  cb (&n); /* { dg-warning "address of parameter 'n' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
warn_param_struct (struct opts o, int (*apply) (const struct opts *))
{
  return apply (&o); /* { dg-warning "address of parameter 'o' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
