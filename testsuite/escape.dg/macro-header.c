/* A macro defined in a header the user's file includes: the finding is
   at the expansion in this file, its note at the header's #define.
   Nested macros: one note per macro, outermost first.  */
/* { dg-do compile } */

#include "macro-defs.h"

void
warn_header_macro (void)
{
  int x = 1;
  MACRO_KEEP (&x); /* { dg-warning "address of local variable 'x' is stored into global 'g_macro_keep', which outlives 'warn_header_macro' \\\[escape:store\\\]" } */
}
/* The note is at line 7 of macro-defs.h (the line number is matched
   whatever the file).  */
/* { dg-message "in definition of macro 'MACRO_KEEP'" "header note" { target *-*-* } 7 } */

void
warn_nested_macro (void)
{
  int y = 2;
  MACRO_KEEP_TWICE (&y); /* { dg-warning "address of local variable 'y' is stored into global 'g_macro_keep', which outlives 'warn_nested_macro' \\\[escape:store\\\]" } */
}
/* { dg-message "in definition of macro 'MACRO_KEEP_TWICE'" "outer note at macro-defs.h:8" { target *-*-* } 8 } */

int *
warn_header_return (void)
{
  int z = 3;
  MACRO_RETURN_ADDR (z); /* { dg-warning "address of local variable 'z' is returned from 'warn_header_return' \\\[escape:return\\\]" } */
}

/* The declaration made by a macro is noted at its expansion too.  */
void
warn_declared_by_macro (void)
{
  MACRO_LOCAL_AND_KEEP (w); /* { dg-warning "address of local variable 'w' is stored into global 'g_macro_keep'" } */
  /* { dg-message "'w' declared here" "declaration at the expansion" { target *-*-* } .-1 } */
}

/* No finding at the header's #define lines 7 to 10.  */
/* { dg-bogus "\\\[escape:" "nothing at macro-defs.h:7" { target *-*-* } 7 } */
/* { dg-bogus "\\\[escape:" "nothing at macro-defs.h:8" { target *-*-* } 8 } */
/* { dg-bogus "\\\[escape:" "nothing at macro-defs.h:9" { target *-*-* } 9 } */
/* { dg-bogus "\\\[escape:" "nothing at macro-defs.h:10" { target *-*-* } 10 } */

void
nowarn_global_through_macro (void)
{
  static int s;
  MACRO_KEEP (&s); /* { dg-bogus "\\\[escape:" } */
}
