/* Arguments: an unknown rule in a severity item is an error naming the
   valid rules (all among them).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=stores:error" } */
/* { dg-regexp "cc1: error: escape: unknown rule 'stores' in 'severity'; valid rules are return, store, queue, fnptr, all" "unknown rule" } */

#include "args-error.h"
