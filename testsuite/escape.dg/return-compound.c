/* Return rule, positive: compound literals at block scope have automatic
   storage; their address returned directly, as an array, and through a
   pointer.  Compound literals have no name.  */
/* { dg-do compile } */

struct pt { int x, y; };

int *
warn_compound_scalar (void)
{
  return &(int) { 1 }; /* { dg-warning "address of compound literal is returned from 'warn_compound_scalar'" } */
}

int *
warn_compound_array (void)
{
  return (int[]) { 1, 2 }; /* { dg-warning "address of compound literal is returned from 'warn_compound_array'" } */
}

struct pt *
warn_compound_struct (int x)
{
  struct pt *p = &(struct pt) { x, 0 };
  return p; /* { dg-warning "address of compound literal is returned from 'warn_compound_struct'" } */
}

const char *
warn_compound_chars (void)
{
  const char *s = (char[]) { 'o', 'k', 0 };
  return s; /* { dg-warning "address of compound literal is returned from 'warn_compound_chars'" } */
}
