/* escape_accept on a parameter: findings about the parameter's own
   storage (its address taken and escaping) are accepted; an unannotated
   parameter of the same function is still reported.  */
/* { dg-do compile } */

int *g;
void (*g_callback) (int *);

void
warn_params (int accepted __attribute__ ((escape_accept ("reset before return"))),
	     int plain)
{
  g = &accepted; /* { dg-bogus "escape" } */
  g = &plain; /* { dg-warning "address of parameter 'plain' is stored into global 'g', which outlives 'warn_params' \\\[escape:store\\\]" } */
}

int *
nowarn_param_returned (int v __attribute__ ((escape_accept ("test helper"))))
{
  return &v; /* { dg-bogus "escape" } */
}

void
nowarn_param_fnptr (double d __attribute__ ((escape_accept ("synchronous"))))
{
  g_callback ((int *) &d); /* { dg-bogus "escape" } */
}
