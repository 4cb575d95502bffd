/* Fnptr rule: a function-pointer type whose first parameter is declared
   noescape and whose second is not.  The local passed as the first
   argument is trusted, the one passed as the second is reported.  */
/* { dg-do compile } */

typedef void (*copy_fn) (const int *src __attribute__ ((noescape)), int *dst);

void
warn_second_not_noescape (copy_fn copy)
{
  int src = 1;
  int dst = 0;
  copy (&src, &dst); /* { dg-warning "address of local variable 'dst' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  /* { dg-bogus "local variable 'src'" "src is noescape" { target *-*-* } .-1 } */
}

void
nowarn_only_first_local (copy_fn copy, int *out)
{
  int src = 2;
  copy (&src, out); /* { dg-bogus "escape" } */
}
