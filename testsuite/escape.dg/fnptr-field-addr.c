/* Fnptr rule, positive: the address of a field or element of a local
   aggregate passed through a function pointer escapes the aggregate,
   which is the object named.  */
/* { dg-do compile } */

struct frame { int regs[8]; struct { long sp, pc; } ctl; };

typedef void (*reg_fn) (int *reg);
typedef void (*ctl_fn) (long *word);

void
warn_field (ctl_fn f)
{
  struct frame fr = { { 0 }, { 0, 0 } };
  f (&fr.ctl.pc); /* { dg-warning "address of local variable 'fr' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_element (reg_fn f, int i)
{
  int regs[8] = { 0 };
  f (&regs[i & 7]); /* { dg-warning "address of local variable 'regs' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_interior_array (reg_fn f)
{
  struct frame fr = { { 0 }, { 0, 0 } };
  f (fr.regs + 2); /* { dg-warning "address of local variable 'fr' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
