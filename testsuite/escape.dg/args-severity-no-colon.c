/* Arguments: a severity item without ':' (a rule alone) is malformed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=store" } */
/* { dg-regexp "cc1: error: escape: bad value 'store' in 'severity'; expected RULE:SEVERITY, e\\.g\\. 'store:error'" "RULE:SEVERITY expected" } */

#include "args-error.h"
