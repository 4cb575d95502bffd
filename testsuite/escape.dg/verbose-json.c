/* Verbose notes as JSON: with -fdiagnostics-format=json (which the
   harness's -fdiagnostics-plain-output does not override) the facts
   come out as GCC's JSON diagnostics, top-level objects of kind
   "note" with no children, each at its line; a finding stays a
   "warning" whose children are its notes.

   GCC prints the whole array on one line, and GCC 11 and 12 print the
   keys of an object in hash order, not a documented one, so the one
   dg-regexp below (which must match the whole line, and removes it:
   anything else printed is an excess error) has one lookahead per
   diagnostic, (?=.*D), and D checks keys of one object whatever their
   order: (?=S"kind": "note")(?=S"message": "...")... where S, the text
   between a place in an object and one of its keys, is
     S0 = [^{}]*   S1 = (?:[^{}]|\{S0\})*   S2 = (?:[^{}]|\{S1\})*
   (nested objects skipped as balanced braces; S3 for the warning,
   whose children nest deeper).  The line of a diagnostic is checked as
   "locations": [{ S1 "caret": { [^{}]* "line": N.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1 -fdiagnostics-format=json" } */

#include <stdlib.h>

int *g;

int
nowarn_local (void)
{
  int x = 1;
  int *p = &x;
  return *p;
}

void
warn_store (void)
{
  int y = 0;
  g = &y;
}

int
nowarn_hint (void)
{
  char *b = malloc (8);
  if (!b)
    return -1;
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

/* { dg-regexp "\\\[(?=.*(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"kind\": \"note\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"children\": \\\[\\\])(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"message\": \"local variable 'x' does not escape\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"locations\": \\\[.(?:\[^{}\]|\\{\[^{}\]*\\})*\"caret\": .\[^{}\]*\"line\": 28\[^0-9\]))(?=.*(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\\})*\"kind\": \"warning\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\\})*\"message\": \"address of local variable 'y' is stored into global 'g', which outlives 'warn_store' \\\[escape:store\\\]\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\\})*\"locations\": \\\[.(?:\[^{}\]|\\{\[^{}\]*\\})*\"caret\": .\[^{}\]*\"line\": 37\[^0-9\])(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\\})*\"children\": \\\[.(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"message\": \"'y' declared here\"))(?=.*(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"kind\": \"note\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"children\": \\\[\\\])(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"message\": \"local variable 'y' escapes \\(store\\)\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"locations\": \\\[.(?:\[^{}\]|\\{\[^{}\]*\\})*\"caret\": .\[^{}\]*\"line\": 36\[^0-9\]))(?=.*(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"kind\": \"note\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"children\": \\\[\\\])(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"message\": \"heap allocation of 8 bytes by 'malloc' could be an automatic object: it does not escape and is freed on every path\")(?=(?:\[^{}\]|\\{(?:\[^{}\]|\\{\[^{}\]*\\})*\\})*\"locations\": \\\[.(?:\[^{}\]|\\{\[^{}\]*\\})*\"caret\": .\[^{}\]*\"line\": 43\[^0-9\])).*\\\]" "the facts and the finding as JSON" } */
