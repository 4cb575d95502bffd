/* Arguments: a trailing comma in severity= leaves an empty item, which
   is malformed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=store:error," } */
/* { dg-regexp "cc1: error: escape: bad value '' in 'severity'; expected RULE:SEVERITY, e\\.g\\. 'store:error'" "empty item" } */

#include "args-error.h"
