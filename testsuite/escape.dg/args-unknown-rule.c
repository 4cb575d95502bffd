/* Arguments: an unknown rule name in rules= is a hard error naming the
   valid rules.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return,bar" } */
/* { dg-error "escape: unknown rule 'bar' in 'rules'; valid rules are return, store, queue, fnptr" "unknown rule" { target *-*-* } 0 } */

int
nowarn_unused (int a)
{
  return a;
}
