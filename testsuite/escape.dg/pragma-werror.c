/* #pragma escape under -Werror: an off or note region fails nothing; an
   error region fails the compile whatever -Werror says.  */
/* { dg-do compile } */
/* { dg-options "-Werror" } */

int *g;

#pragma escape rule all off
void
nowarn_off (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "\\\[escape:" } */
}
#pragma escape rule store note
void
note_store (void)
{
  int y = 0;
  g = &y; /* { dg-message "address of local variable 'y' is stored into global 'g'" } */
  /* { dg-bogus "error:" "a note, not an error" { target *-*-* } .-1 } */
}
#pragma escape rule store default
void
error_by_werror (void)
{
  int z = 0;
  g = &z; /* { dg-error "address of local variable 'z' is stored into global 'g'" } */
}
