/* Arguments: a misspelt key (rule= for rules=) is an error that names
   every valid key; the analysis does not run and the compilation fails.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rule=return" } */
/* { dg-regexp "cc1: error: escape: unknown argument 'rule'; valid arguments are rules, severity, sink, xml, baseline, verbose, stack-limit, version" "unknown key" } */

#include "args-error.h"
