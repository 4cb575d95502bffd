/* #pragma escape: each malformed pragma is an error at the pragma, with
   what was expected.  */
/* { dg-do compile } */

#pragma escape /* { dg-error "escape: expected 'rule', 'push' or 'pop' after '#pragma escape'" } */
#pragma escape frob /* { dg-error "escape: expected 'rule', 'push' or 'pop' after '#pragma escape'" } */
#pragma escape rule /* { dg-error "escape: expected a rule name in '#pragma escape rule'; valid rules are return, store, queue, fnptr, all" } */
#pragma escape rule bogus off /* { dg-error "escape: unknown rule 'bogus' in '#pragma escape rule'; valid rules are return, store, queue, fnptr, all" } */
#pragma escape rule store /* { dg-error "escape: expected ',' or a setting \\(off, note, warning, error, default\\) after the rules in '#pragma escape rule'" } */
#pragma escape rule store maybe /* { dg-error "escape: unknown setting 'maybe' in '#pragma escape rule'; valid settings are off, note, warning, error, default" } */
#pragma escape rule store, off /* { dg-error "escape: unknown rule 'off' in '#pragma escape rule'" } */
#pragma escape rule store off junk /* { dg-error "escape: junk at end of '#pragma escape rule'" } */
#pragma escape rule store 1 /* { dg-error "escape: expected ',' or a setting" } */
#pragma escape push now /* { dg-error "escape: junk at end of '#pragma escape push'" } */
#pragma escape pop /* { dg-error "escape: '#pragma escape pop' without a '#pragma escape push'" } */
#pragma escape push
#pragma escape pop
#pragma escape pop /* { dg-error "escape: '#pragma escape pop' without a '#pragma escape push'" } */

int x;
