/* Findings made by a macro's statements are reported at the expansion
   point in the user's file, never at the #define line, with the macro's
   definition as a note (the note's caret is on the #define).  */
/* { dg-do compile } */

void *g_macro_keep;

#define STORE_LOCAL(p) (g_macro_keep = (p)) /* { dg-bogus "\\\[escape:" } */
/* { dg-message "in definition of macro 'STORE_LOCAL'" "definition note" { target *-*-* } .-1 } */
#define RETURN_ADDR(v) return &(v) /* { dg-bogus "\\\[escape:" } */
/* { dg-message "in definition of macro 'RETURN_ADDR'" "definition note" { target *-*-* } .-1 } */
#define CLEAR() (g_macro_keep = 0)

void
warn_store_in_macro (void)
{
  int x = 1;
  STORE_LOCAL (&x); /* { dg-warning "address of local variable 'x' is stored into global 'g_macro_keep', which outlives 'warn_store_in_macro' \\\[escape:store\\\]" } */
}

int *
warn_return_in_macro (void)
{
  int y = 2;
  RETURN_ADDR (y); /* { dg-warning "address of local variable 'y' is returned from 'warn_return_in_macro' \\\[escape:return\\\]" } */
}

/* The twin: the macro's store undone by another macro before the return
   is not reported.  */
void
nowarn_store_cleared_by_macro (void)
{
  int z = 3;
  STORE_LOCAL (&z); /* { dg-bogus "\\\[escape:" } */
  CLEAR ();
}
