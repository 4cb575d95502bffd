/* Arguments: an unknown -fplugin-arg-escape-KEY is a hard error naming
   the valid arguments.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-foo" } */
/* { dg-error "escape: unknown argument 'foo'; valid arguments are \[^\n\]*rules" "unknown argument" { target *-*-* } 0 } */

int
nowarn_unused (int a)
{
  return a;
}
