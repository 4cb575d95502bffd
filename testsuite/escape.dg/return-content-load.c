/* Return rule: a same-file helper that returns an element of the array
   its argument points to, at an index it computes (its summary says the
   result is "*(v + ?)"), returns what the caller stored there: an array
   holding a local's address is reported, one of globals' addresses is
   not.  */
/* { dg-do compile } */

int g1, g2;

static void *
get (void **v, int i)
{
  return v[i];
}

void *
warn_element_of_local_array (int i)
{
  int x = 0;
  void *a[2] = { &x, &g1 };
  return get (a, i); /* { dg-warning "address of local variable 'x' is returned from 'warn_element_of_local_array'" } */
  /* { dg-bogus "variable 'a'" "the array itself is not returned" { target *-*-* } .-1 } */
}

void *
nowarn_element_of_globals (int i)
{
  void *a[2] = { &g1, &g2 };
  return get (a, i); /* { dg-bogus "escape" } */
}
