/* Arguments: severity without a value is an error with an example.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity" } */
/* { dg-regexp "cc1: error: escape: argument 'severity' needs a value, e\\.g\\. 'severity=store:error'" "severity needs a value" } */

#include "args-error.h"
