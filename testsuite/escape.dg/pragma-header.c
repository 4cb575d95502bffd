/* #pragma escape in a header: as for GCC's diagnostic pragmas, a setting
   goes on in the including file after the #include unless the header
   pops it; a macro's finding is in the region of its expansion.  */
/* { dg-do compile } */

#include "pragma-defs.h" /* { dg-bogus "\\\[escape:" } */

void (*cb_hook) (int *);
int *g;

void
warn_fnptr_after_pop (void)
{
  int a = 0;
  cb_hook (&a); /* { dg-warning "address of local variable 'a' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int *
note_return_left_on (void)
{
  int b = 0;
  return &b; /* { dg-message "address of local variable 'b' is returned from 'note_return_left_on' \\\[escape:return\\\]" } */
  /* { dg-bogus "warning:" "a note, not a warning" { target *-*-* } .-1 } */
}

#define KEEP(p) (g = (p))
#pragma escape push
#pragma escape rule store off
void
nowarn_macro_in_region (void)
{
  int c = 0;
  KEEP (&c); /* { dg-bogus "\\\[escape:" } */
}
#pragma escape pop

void
warn_macro_after_region (void)
{
  int d = 0;
  KEEP (&d); /* { dg-warning "address of local variable 'd' is stored into global 'g', which outlives 'warn_macro_after_region' \\\[escape:store\\\]" } */
}
