/* Arguments: an unknown severity is an error naming the valid ones;
   severities are lower case.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=return:ERROR" } */
/* { dg-regexp "cc1: error: escape: unknown severity 'ERROR' in 'severity'; valid severities are off, note, warning, error" "unknown severity" } */

#include "args-error.h"
