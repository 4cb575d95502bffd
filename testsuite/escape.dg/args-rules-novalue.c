/* Arguments: rules without a value is an error with an example; the
   analysis does not run.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules" } */
/* { dg-regexp "cc1: error: escape: argument 'rules' needs a value, e\\.g\\. 'rules=return,store'" "rules needs a value" } */

#include "args-error.h"
