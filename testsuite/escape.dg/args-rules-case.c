/* Arguments: rule names are lower case; rules=Return is an unknown rule.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=Return" } */
/* { dg-regexp "cc1: error: escape: unknown rule 'Return' in 'rules'; valid rules are return, store, queue, fnptr, all" "unknown rule" } */

#include "args-error.h"
