/* Arguments: an empty item in the rules list (two commas) is an unknown
   rule '', not skipped.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return,,store" } */
/* { dg-regexp "cc1: error: escape: unknown rule '' in 'rules'; valid rules are return, store, queue, fnptr, all" "empty rule" } */

#include "args-error.h"
