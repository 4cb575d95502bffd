/* Return rule, positive: the address is held in a local pointer that is
   itself reached through a pointer to pointer.  Only the pointed-to
   local escapes, not the pointer variable.  */
/* { dg-do compile } */

int *
warn_deref_pp (void)
{
  int x = 0;
  int *p = &x;
  int **pp = &p;
  return *pp; /* { dg-warning "address of local variable 'x' is returned from 'warn_deref_pp'" } */
}

int *
warn_store_through_pp (void)
{
  int x = 0;
  int *p = 0;
  int **pp = &p;
  *pp = &x;
  return p; /* { dg-warning "address of local variable 'x' is returned from 'warn_store_through_pp'" } */
}

int *
warn_three_levels (void)
{
  int x = 0;
  int *p = &x;
  int **pp = &p;
  int ***ppp = &pp;
  return **ppp; /* { dg-warning "address of local variable 'x' is returned from 'warn_three_levels'" } */
}
