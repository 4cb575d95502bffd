/* Fnptr rule, positive: a compound literal's address passed through a
   function pointer is reported with the noun "compound literal".  */
/* { dg-do compile } */

struct point { int x, y; };

typedef int (*draw_fn) (const struct point *p);

int
warn_compound_point (draw_fn draw, int x, int y)
{
  return draw (&(struct point) { x, y }); /* { dg-warning "address of compound literal is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
warn_compound_array (int (*sum) (const int *v, int n))
{
  return sum ((const int[]) { 1, 2, 3 }, 3); /* { dg-warning "address of compound literal is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
